/**
 * Faults under distributed ingestion, with real servers: Redis restarted mid-run, the
 * PostgreSQL server restarted mid-run, and a poison job whose analysis crashes. Workers
 * carry on; nothing is lost or counted twice; the poison job is retried a bounded number
 * of times and parked in the failed set that `parley queue status` shows.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Queue } from 'bullmq';
import { writeCorpus } from '../scripts/corpus.js';
import type { PgCluster } from '../scripts/pg-cluster.js';
import type { RedisServer } from '../scripts/redis-server.js';
import type { Document } from '../src/analyze/analysis.js';
import { DEFAULT_QUEUE_NAME, redisConnection } from '../src/queue/connection.js';
import { jobOptions, MAX_ATTEMPTS, type ArticleJob } from '../src/queue/jobs.js';
import { countsOf, hashesOf, parley, root, spawnWorker, stopWorker, startQueueServers, storedCount, waitFor, type QueueServers } from './queue-helpers.js';

const N = 600;
const dir = mkdtempSync(join(tmpdir(), 'parley-qfault-'));
let servers: QueueServers | undefined;
let redis: RedisServer | undefined;
let cluster: PgCluster | undefined;
let skip: string | undefined;

before(async () => {
  // The queue must outlive a Redis restart: this server keeps an append-only file.
  servers = await startQueueServers('queue fault tests', { persist: true });
  ({ redis, cluster, skip } = servers);
});
after(async () => {
  await servers?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('Redis and PostgreSQL restarted mid-run, a poison job parked: nothing lost, nothing counted twice', { timeout: 300_000 }, async (t) => {
  if (!redis || !cluster) return t.skip(skip);
  const corpus = join(dir, 'corpus');
  writeCorpus(corpus, N, join(root, 'examples'), 23);
  const ref = join(dir, 'ref.db');
  assert.equal(parley(dir, 'ingest', corpus, '--db', ref, '--quiet', '--workers', '1').status, 0);

  // A job from some other producer whose text is not text: analysis throws on it.
  const poison = { id: 'poison-1', text: null, date: '2025-01-01' } as unknown as Document;
  const q = new Queue<ArticleJob>(DEFAULT_QUEUE_NAME, { connection: redisConnection(redis.url, 'producer') });
  await q.add('article', { document: poison, from: 'test' }, { ...jobOptions({ id: 'poison-1', text: '', date: null }), backoff: { type: 'fixed', delay: 200 } });
  await q.close();
  assert.equal(parley(dir, 'ingest', '--queue', redis.url, corpus, '--quiet').status, 0);

  const db = cluster.url('parley_faults');
  const workers = [spawnWorker(dir, redis.url, db), spawnWorker(dir, redis.url, db)];
  try {
    await waitFor('a quarter stored', 60_000, async () => (await storedCount(db)) >= N / 4, workers);
    await redis.restart(1000);
    const afterRedis = await storedCount(db);
    await waitFor('progress after the Redis restart', 60_000, async () => (await storedCount(db)) >= Math.min(N, afterRedis + N / 4), workers);
    await cluster.restart(1000);
    await waitFor('every article stored', 90_000, async () => (await storedCount(db)) >= N, workers);
    await waitFor('the queue drained', 30_000, async () => {
      const s = JSON.parse(parley(dir, 'queue', 'status', '--queue', redis!.url, '--json').stdout) as { waiting: number; active: number; delayed: number };
      return s.waiting + s.active + s.delayed === 0;
    });
  } finally {
    for (const w of workers) await stopWorker(w);
  }
  const logs = workers.map((w) => w.log()).join('\n');
  assert.match(logs, /parked after 3 attempts/);

  const status = parley(dir, 'queue', 'status', '--queue', redis.url);
  assert.equal(status.status, 0, status.stderr);
  assert.match(status.stdout, /failed 1\n/);
  assert.match(status.stdout, /failed \(parked\) jobs:/);
  assert.match(status.stdout, /poison-1\s+test\s+3\s+\S+\s+.*Cannot read properties of null/);
  const json = JSON.parse(parley(dir, 'queue', 'status', '--queue', redis.url, '--json').stdout) as { parked: { document: string; attempts: number }[] };
  assert.deepEqual(json.parked.map((p) => [p.document, p.attempts]), [['poison-1', MAX_ATTEMPTS]]);

  assert.deepEqual(await hashesOf(db), await hashesOf(ref), 'every article stored exactly once');
  const a = await countsOf(db);
  const b = await countsOf(ref);
  for (const table of ['documents', 'entities', 'mentions', 'quotes', 'events', 'meetings', 'stories']) assert.equal(a[table], b[table], table);
});
