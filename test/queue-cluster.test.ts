/**
 * Distributed ingestion with real servers: a redis-server and a throwaway PostgreSQL
 * cluster on loopback, two `parley worker` processes, one of them killed with SIGKILL
 * mid-way. Every article must end up stored exactly once, with the same record a
 * single-process SQLite ingest of the same input makes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { writeCorpus } from '../scripts/corpus.js';
import type { PgCluster } from '../scripts/pg-cluster.js';
import type { RedisServer } from '../scripts/redis-server.js';
import { countsOf, hashesOf, parley, root, spawnWorker, stopWorker, startQueueServers, storedCount, waitFor, type QueueServers } from './queue-helpers.js';

const N = Number(process.env.PARLEY_QUEUE_TEST_N ?? 400);
const dir = mkdtempSync(join(tmpdir(), 'parley-queue-'));
let servers: QueueServers | undefined;
let redis: RedisServer | undefined;
let cluster: PgCluster | undefined;
let skip: string | undefined;

before(async () => {
  servers = await startQueueServers('queue tests');
  ({ redis, cluster, skip } = servers);
});
after(async () => {
  await servers?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test(`${N} articles through two workers, one killed with kill -9: each stored once, same record as SQLite`, { timeout: 300_000 }, async (t) => {
  if (!redis || !cluster) return t.skip(skip);
  const t0 = Date.now();
  const mark = (what: string) => t.diagnostic(`${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const corpus = join(dir, 'corpus');
  writeCorpus(corpus, N, join(root, 'examples'), 11);

  const ref = join(dir, 'ref.db');
  const single = parley(dir, 'ingest', corpus, '--db', ref, '--quiet', '--workers', '1');
  assert.equal(single.status, 0, single.stderr);

  mark('SQLite reference stored');
  const db = cluster.url('parley_queue');
  const put = parley(dir, 'ingest', '--queue', redis.url, corpus);
  assert.equal(put.status, 0, put.stderr);
  assert.match(put.stderr, new RegExp(`put ${N} articles on the queue`));
  // Enqueueing the same input again adds nothing: the job id is the content hash.
  assert.equal(parley(dir, 'ingest', '--queue', redis.url, corpus, '--quiet').status, 0);
  const queued = JSON.parse(parley(dir, 'queue', 'status', '--queue', redis.url, '--json').stdout) as { waiting: number };
  assert.equal(queued.waiting, N);

  const a = spawnWorker(dir, redis.url, db);
  const b = spawnWorker(dir, redis.url, db);
  try {
    await waitFor('a quarter of the articles stored', 90_000, async () => (await storedCount(db)) >= N / 4, [a, b]);
    mark('killing worker A');
    a.child.kill('SIGKILL');
    await a.exited;
    const atKill = await storedCount(db);
    assert.ok(atKill < N, `worker killed mid-way (${atKill} of ${N} stored)`);
    assert.match(a.log(), /parley worker: pid/, 'the killed worker had started');

    // The survivor takes over the killed worker's claimed jobs once their lock expires.
    await waitFor('every article stored', 100_000, async () => (await storedCount(db)) >= N, [b]).catch(async (err: Error) => {
      const s = parley(dir, 'queue', 'status', '--queue', redis!.url).stdout;
      throw new Error(`${err.message}; ${await storedCount(db)} stored; queue: ${s}; survivor's log: ${b.log()}`);
    });
    mark('all stored');
    await waitFor('the queue drained', 20_000, async () => {
      const s = JSON.parse(parley(dir, 'queue', 'status', '--queue', redis!.url, '--json').stdout) as { waiting: number; active: number; delayed: number };
      return s.waiting + s.active + s.delayed === 0;
    });
  } finally {
    await stopWorker(a);
    await stopWorker(b);
  }
  assert.match(b.log(), /stopped: \d+ stored/);

  const status = JSON.parse(parley(dir, 'queue', 'status', '--queue', redis.url, '--json').stdout) as { failed: number; completed: number };
  assert.equal(status.failed, 0);
  assert.ok(status.completed >= N - 50, `completed ${status.completed}`);

  assert.deepEqual(await hashesOf(db), await hashesOf(ref), 'the same articles, each stored once');
  const pgCounts = await countsOf(db);
  const liteCounts = await countsOf(ref);
  assert.equal(pgCounts.documents, N);
  for (const table of ['documents', 'entities', 'mentions', 'quotes', 'events', 'meetings', 'stories']) {
    assert.equal(pgCounts[table], liteCounts[table], `${table}: PostgreSQL via the queue ${pgCounts[table]}, SQLite single process ${liteCounts[table]}`);
  }
});
