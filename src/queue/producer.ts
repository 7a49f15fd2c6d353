import { Queue } from 'bullmq';
import type { InputItem } from '../io/read.js';
import { formatProblem } from '../io/problems.js';
import { DEFAULT_QUEUE_NAME, redactRedisUrl, redisConnection } from './connection.js';
import { jobOptions, type ArticleJob } from './jobs.js';

export interface EnqueueStats {
  read: number;
  /** Articles submitted (Redis ignores one whose job, keyed by content hash, it still holds). */
  enqueued: number;
  problems: number;
}

/** Jobs per round trip to Redis. */
const CHUNK = 500;

/** Puts the articles of `input` on the queue, in chunks; input problems are reported and skipped. */
export async function enqueue(
  redisUrl: string,
  input: AsyncIterable<InputItem>,
  opts: { queueName?: string; onProblem?: (m: string) => void } = {},
): Promise<EnqueueStats> {
  const queue = new Queue<ArticleJob>(opts.queueName ?? DEFAULT_QUEUE_NAME, { connection: redisConnection(redisUrl, 'producer') });
  let lastError: Error | undefined;
  queue.on('error', (err) => {
    lastError = err;
  });
  const stats: EnqueueStats = { read: 0, enqueued: 0, problems: 0 };
  let chunk: { name: string; data: ArticleJob; opts: ReturnType<typeof jobOptions> }[] = [];
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const jobs = chunk;
    chunk = [];
    await queue.addBulk(jobs).catch((err: Error) => {
      throw new Error(`cannot put articles on the queue at ${redactRedisUrl(redisUrl)} (${lastError?.message ?? err.message})`, { cause: err });
    });
    stats.enqueued += jobs.length;
  };
  try {
    for await (const item of input) {
      if ('problem' in item) {
        stats.problems++;
        opts.onProblem?.(formatProblem(item.problem));
        continue;
      }
      stats.read++;
      const from = item.line !== undefined ? `${item.file}:${item.line}` : item.file;
      chunk.push({ name: 'article', data: { document: item.document, from }, opts: jobOptions(item.document) });
      if (chunk.length >= CHUNK) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return stats;
}
