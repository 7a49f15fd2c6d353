/** Shared by the queue tests: the CLI as child processes, and polling the stores. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Store } from '../src/store/store.js';
import { startPostgres, type PgCluster } from '../scripts/pg-cluster.js';
import { startRedis, type RedisServer } from '../scripts/redis-server.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cli = join(root, 'dist/src/cli/main.js');

export function parley(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface WorkerProcess {
  child: ChildProcess;
  log: () => string;
  exited: Promise<number | null>;
}

/** Starts `parley worker` as its own process (so kill -9 is real). */
export function spawnWorker(cwd: string, redisUrl: string, db: string, extra: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [cli, 'worker', '--queue', redisUrl, '--db', db, '--concurrency', '1', '--lock-duration', '3000', ...extra], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, log: () => err, exited };
}

export async function stopWorker(w: WorkerProcess): Promise<void> {
  if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  await w.exited;
}

/** Documents stored so far (0 while the database is not there yet or is restarting). */
export async function storedCount(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    const r = await c.query<{ n: string }>('select count(*) as n from documents');
    return Number(r.rows[0].n);
  } catch {
    return 0;
  } finally {
    await c.end().catch(() => undefined);
  }
}

export async function waitFor(what: string, ms: number, check: () => Promise<boolean>, alive: WorkerProcess[] = []): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    const dead = alive.find((w) => w.child.exitCode !== null);
    if (dead) throw new Error(`worker exited (code ${dead.child.exitCode}) while waiting for ${what}: ${dead.log()}`);
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

export async function countsOf(target: string): Promise<Record<string, number>> {
  const s = await Store.open(target);
  try {
    return await s.counts();
  } finally {
    await s.close();
  }
}

/** Article hashes per document id, to show the same articles were stored, each once. */
export async function hashesOf(target: string): Promise<string[]> {
  const s = await Store.open(target);
  try {
    const rows = await s.db.selectFrom('documents').select(['hash']).orderBy('hash').execute();
    return rows.map((r) => r.hash);
  } finally {
    await s.close();
  }
}

/** A redis-server and a throwaway PostgreSQL cluster for one test file, or why they could not start. */
export interface QueueServers {
  redis?: RedisServer;
  cluster?: PgCluster;
  skip?: string;
  stop(): Promise<void>;
}

/** Starts both servers on loopback (`label` names the tests in the skip message). */
export async function startQueueServers(label: string, redisOptions: { persist?: boolean } = {}): Promise<QueueServers> {
  const servers: QueueServers = {
    async stop() {
      await servers.redis?.stop();
      servers.cluster?.stop();
    },
  };
  const r = await startRedis(redisOptions);
  if ('skip' in r) servers.skip = `${label} skipped: ${r.skip}`;
  else {
    servers.redis = r;
    const c = await startPostgres();
    if ('skip' in c) servers.skip = `${label} skipped: PostgreSQL: ${c.skip}`;
    else servers.cluster = c;
  }
  if (servers.skip) process.stderr.write(servers.skip + '\n');
  return servers;
}
