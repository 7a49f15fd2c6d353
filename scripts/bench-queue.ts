/**
 * Throughput of distributed ingestion: a throwaway redis-server and PostgreSQL cluster,
 * N generated articles put on the queue, then 1 and 2 `parley worker` processes (one
 * analysis thread each) until all are stored. Run: node dist/scripts/bench-queue.js [N]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { writeCorpus } from './corpus.js';
import { startPostgres } from './pg-cluster.js';
import { startRedis } from './redis-server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/src/cli/main.js');
const N = Number(process.argv[2] ?? 3000);

function run(args: string[]): Promise<number> {
  return new Promise((res) => spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'] }).on('exit', (c) => res(c ?? 1)));
}

async function stored(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => undefined);
  try {
    await c.connect();
    return Number((await c.query<{ n: string }>('select count(*) as n from documents')).rows[0].n);
  } catch {
    return 0;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const redis = await startRedis();
const cluster = await startPostgres();
if ('skip' in redis || 'skip' in cluster) {
  console.error(`bench-queue: ${'skip' in redis ? redis.skip : ''} ${'skip' in cluster ? cluster.skip : ''}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'parley-benchq-'));
try {
  writeCorpus(join(dir, 'corpus'), N, join(root, 'examples'), 5);
  for (const workers of [1, 2]) {
    const name = `bench-${workers}`;
    const db = cluster.url(`bench_${workers}`);
    let t0 = performance.now();
    await run(['ingest', '--queue', redis.url, '--queue-name', name, join(dir, 'corpus'), '--quiet']);
    const enqueueS = (performance.now() - t0) / 1000;
    // Create the schema first so that start-up is not timed.
    await run(['events', '--db', db, '--limit', '1']);
    t0 = performance.now();
    const procs = Array.from({ length: workers }, () => run(['worker', '--queue', redis.url, '--queue-name', name, '--db', db, '--concurrency', '1', '--until-empty']));
    await Promise.all(procs);
    const s = (performance.now() - t0) / 1000;
    const n = await stored(db);
    console.log(`${workers} worker(s): ${n}/${N} stored in ${s.toFixed(1)} s = ${(n / s).toFixed(0)} articles/s (enqueue: ${(N / enqueueS).toFixed(0)} articles/s)`);
  }
} finally {
  await redis.stop();
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
