import { Queue, Worker, type Job } from 'bullmq';
import type { Analysis } from '../analyze/analysis.js';
import { AnalysisPool } from '../io/analysis-pool.js';
import { Store } from '../store/store.js';
import { DEFAULT_QUEUE_NAME, redisConnection } from './connection.js';
import type { ArticleJob } from './jobs.js';
import { SaveBatcher } from './save-batcher.js';
import { isTransientStoreError } from './transient.js';

export interface WorkerOptions {
  redisUrl: string;
  db: string;
  queueName?: string;
  /** Analysis threads (0: analyse on the main thread). */
  threads: number;
  /** How long a job stays claimed by a silent worker before another takes it over (ms). */
  lockDurationMs?: number;
  /** How long a save keeps retrying while the database is away before the job fails (ms). */
  storeOutageMs?: number;
  log?: (line: string) => void;
}

export interface WorkerTally {
  stored: number;
  unchanged: number;
  failed: number;
}

export interface RunningWorker {
  tally: WorkerTally;
  /** Resolves when the queue has nothing waiting, delayed or active. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A queue worker: takes article jobs from Redis, analyses them on a thread pool, and
 * saves them into the store (which takes turns with the other writers). An analysis that throws fails the job (BullMQ
 * retries it, then parks it in the failed set); a database that is away makes the save
 * wait and retry, without using up the job's attempts. Saves are idempotent by content
 * hash, so a job delivered again after a crash is stored once.
 */
export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const log = opts.log ?? (() => undefined);
  const outage = opts.storeOutageMs ?? 10 * 60_000;
  const store = await openPatiently(opts.db, outage, log);
  // Store.saveBatch takes turns with every other writer of the database.
  const batcher = new SaveBatcher((as) => store.saveBatch(as), isTransientStoreError);
  const pool = new AnalysisPool(opts.threads);
  const tally: WorkerTally = { stored: 0, unchanged: 0, failed: 0 };
  let lastOutageLog = 0;

  const saveWithRetry = async (a: Analysis): Promise<string> => {
    const t0 = Date.now();
    for (let wait = 250; ; wait = Math.min(wait * 2, 5000)) {
      try {
        return (await batcher.save(a)).status;
      } catch (err) {
        if (!isTransientStoreError(err) || Date.now() - t0 > outage) throw err;
        if (Date.now() - lastOutageLog > 5000) {
          lastOutageLog = Date.now();
          log(`parley worker: database away (${(err as Error).message}); retrying`);
        }
        await sleep(wait);
      }
    }
  };

  const processor = async (job: Job<ArticleJob>): Promise<string> => {
    const doc = job.data.document;
    const analysis = await pool.analyze(doc);
    return saveWithRetry(analysis);
  };

  const worker = new Worker<ArticleJob, string>(opts.queueName ?? DEFAULT_QUEUE_NAME, processor, {
    connection: redisConnection(opts.redisUrl, 'worker'),
    // Enough jobs in flight to keep every thread busy while a batch is being saved.
    concurrency: Math.max(2, opts.threads * 4),
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: Math.max(1000, Math.floor((opts.lockDurationMs ?? 30_000) / 2)),
    // A job whose worker died twice is parked rather than passed around forever.
    maxStalledCount: 2,
    metrics: { maxDataPoints: 60 * 24 * 7 },
  });
  worker.on('completed', (_job, status) => {
    if (status === 'stored') tally.stored++;
    else tally.unchanged++;
  });
  worker.on('failed', (job, err) => {
    tally.failed++;
    const parked = job && job.attemptsMade >= (job.opts.attempts ?? 1);
    log(`parley worker: ${job?.data.document.id ?? '?'}: ${parked ? 'parked after ' + job?.attemptsMade + ' attempts' : 'will retry'}: ${err.message}`);
  });
  // Connection trouble is reported, never fatal: ioredis reconnects and the worker carries on.
  let lastRedisLog = 0;
  worker.on('error', (err) => {
    if (Date.now() - lastRedisLog > 5000) {
      lastRedisLog = Date.now();
      log(`parley worker: queue connection: ${err.message}; reconnecting`);
    }
  });
  await worker.waitUntilReady();
  const counter = new Queue(worker.name, { connection: redisConnection(opts.redisUrl, 'worker') });
  counter.on('error', () => undefined);

  const idle = async (): Promise<void> => {
    for (;;) {
      const c = await counter.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children').catch(() => null);
      if (c && c.waiting + c.active + c.delayed + c.prioritized + c['waiting-children'] === 0) return;
      await sleep(500);
    }
  };

  return {
    tally,
    idle,
    close: async () => {
      await worker.close();
      await counter.close();
      await pool.close();
      await store.close();
    },
  };
}

/** A worker started while the database restarts waits for it rather than exiting. */
async function openPatiently(db: string, outageMs: number, log: (l: string) => void): Promise<Store> {
  const t0 = Date.now();
  for (let wait = 250; ; wait = Math.min(wait * 2, 5000)) {
    try {
      return await Store.open(db);
    } catch (err) {
      if (!isTransientStoreError(err) || Date.now() - t0 > outageMs) throw err;
      log(`parley worker: database not reachable yet (${(err as Error).message}); retrying`);
      await sleep(wait);
    }
  }
}
