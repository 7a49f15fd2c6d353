import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { readInputs } from '../io/read.js';
import { QueueUrlError, redactRedisUrl } from '../queue/connection.js';
import { enqueue } from '../queue/producer.js';
import { queueStatus } from '../queue/status.js';
import { watchFeeds } from '../queue/watch.js';
import { startWorker } from '../queue/worker.js';
import { Store } from '../store/store.js';
import { StoreError } from '../store/errors.js';
import { render } from './table.js';

const say = (line: string): void => {
  process.stderr.write(line + '\n');
};

/** Queue and store failures become one line and an exit code (3: store, 4: queue). */
async function guarded(fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof StoreError) {
      say(`parley: ${err.message}`);
      return 3;
    }
    if (err instanceof QueueUrlError || err instanceof Error) {
      say(`parley: ${err.message}`);
      return 4;
    }
    throw err;
  }
}

/** `parley ingest --queue URL PATHS…`: what the ingest command runs when given a queue. */
export async function enqueueCommand(paths: string[], opts: { queue: string; queueName?: string; quiet?: boolean }): Promise<number> {
  return guarded(async () => {
    const stats = await enqueue(opts.queue, readInputs(paths), { queueName: opts.queueName, onProblem: say });
    if (!opts.quiet) say(`parley ingest: put ${stats.enqueued} articles on the queue at ${redactRedisUrl(opts.queue)}${stats.problems ? ` (${stats.problems} inputs skipped or warned about)` : ''}`);
    return stats.problems > 0 ? 2 : 0;
  });
}

export function registerQueueCommands(program: Command): void {
  program
    .command('worker')
    .description('take articles from a BullMQ queue, analyse them and store them (run any number, on any machines)')
    .requiredOption('--queue <url>', 'redis://HOST:PORT of the queue')
    .option('--db <target>', 'postgres:// URL (or SQLite file, one worker only) to store into', process.env.PARLEY_DB)
    .option('--concurrency <n>', 'analysis threads (default: one per core)', (v) => Number.parseInt(v, 10))
    .option('--queue-name <name>', 'queue name', undefined)
    .option('--lock-duration <ms>', 'how long a silent worker keeps its jobs before others take them over', (v) => Number.parseInt(v, 10), 30_000)
    .option('--until-empty', 'exit once the queue holds nothing waiting, delayed or active')
    .action(async (opts: { queue: string; db?: string; concurrency?: number; queueName?: string; lockDuration: number; untilEmpty?: boolean }) => {
      process.exitCode = await guarded(async () => {
        if (!opts.db) throw new Error('worker: give --db postgres://… (or set PARLEY_DB)');
        const threads = opts.concurrency ?? availableParallelism();
        const w = await startWorker({ redisUrl: opts.queue, db: opts.db, queueName: opts.queueName, threads, lockDurationMs: opts.lockDuration, log: say });
        say(`parley worker: pid ${process.pid}, ${threads} analysis threads, queue ${redactRedisUrl(opts.queue)}`);
        const stop = new Promise<void>((resolve) => {
          process.once('SIGTERM', resolve);
          process.once('SIGINT', resolve);
        });
        await (opts.untilEmpty ? Promise.race([stop, w.idle()]) : stop);
        await w.close();
        say(`parley worker: stopped: ${w.tally.stored} stored, ${w.tally.unchanged} already stored, ${w.tally.failed} failed attempts`);
        return 0;
      });
    });

  const queue = program.command('queue').description('inspect the ingestion queue');
  queue
    .command('status')
    .description('waiting, active, completed and failed counts, and the failed (parked) jobs with their error')
    .requiredOption('--queue <url>', 'redis://HOST:PORT of the queue')
    .option('--queue-name <name>', 'queue name')
    .option('--json', 'print JSON')
    .action(async (opts: { queue: string; queueName?: string; json?: boolean }) => {
      process.exitCode = await guarded(async () => {
        const s = await queueStatus(opts.queue, { queueName: opts.queueName });
        if (opts.json) {
          process.stdout.write(JSON.stringify(s, null, 2) + '\n');
          return 0;
        }
        process.stdout.write(`waiting ${s.waiting}  active ${s.active}  delayed ${s.delayed}  completed ${s.completed}  failed ${s.failed}\n`);
        if (s.parked.length > 0) {
          process.stdout.write('\nfailed (parked) jobs:\n');
          process.stdout.write(render(s.parked, [
            { header: 'document', value: (r) => r.document, max: 40 },
            { header: 'from', value: (r) => r.from ?? null, max: 40 },
            { header: 'attempts', value: (r) => r.attempts },
            { header: 'failed at', value: (r) => r.failedAt },
            { header: 'error', value: (r) => r.error, max: 80 },
          ], 'table'));
        }
        return 0;
      });
    });

  program
    .command('watch')
    .description('poll RSS/Atom feeds (URLs or files) and ingest only the items not seen before (remembered in the store)')
    .argument('<feeds...>', 'feed URLs or files')
    .option('--db <target>', 'SQLite file or postgres:// URL (default: $PARLEY_DB or parley.db)')
    .option('--interval <seconds>', 'seconds between polls', (v) => Number.parseFloat(v), 300)
    .option('--once', 'poll once and exit')
    .option('--queue <url>', 'put new items on the BullMQ queue at redis://HOST:PORT instead of storing them here')
    .option('--queue-name <name>', 'queue name (with --queue)')
    .action(async (feeds: string[], opts: { db?: string; interval: number; once?: boolean; queue?: string; queueName?: string }) => {
      process.exitCode = await guarded(async () => {
        if (!(opts.interval > 0)) throw new Error('watch: --interval wants a positive number of seconds');
        const store = await Store.open(opts.db ?? process.env.PARLEY_DB ?? 'parley.db');
        const stop = new AbortController();
        process.once('SIGINT', () => stop.abort());
        process.once('SIGTERM', () => stop.abort());
        let failed = false;
        try {
          await watchFeeds(store, feeds, {
            intervalMs: opts.interval * 1000,
            once: opts.once,
            signal: stop.signal,
            queue: opts.queue,
            queueName: opts.queueName,
            onProblem: say,
            onPoll: (r) => {
              if (r.error) {
                failed = true;
                say(`parley watch: ${r.error}`);
              } else say(`parley watch: ${r.feed}: ${r.items} items, ${r.fresh} new, ${r.stored} ${opts.queue ? 'queued' : 'stored'}${r.problems ? `, ${r.problems} problems` : ''}`);
            },
          });
        } finally {
          await store.close();
        }
        return opts.once && failed ? 2 : 0;
      });
    });
}
