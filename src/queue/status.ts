import { Queue } from 'bullmq';
import { DEFAULT_QUEUE_NAME, redactRedisUrl, redisConnection } from './connection.js';
import type { ArticleJob } from './jobs.js';

export interface ParkedJob {
  jobId: string;
  document: string;
  from?: string;
  attempts: number;
  error: string;
  failedAt: string | null;
}

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  /** Completed since the workers started counting (BullMQ metrics), or retained completed jobs. */
  completed: number;
  failed: number;
  parked: ParkedJob[];
}

/** Counts by state, and the failed (parked) jobs with the error that parked them. */
export async function queueStatus(redisUrl: string, opts: { queueName?: string; limit?: number } = {}): Promise<QueueStatus> {
  const queue = new Queue<ArticleJob>(opts.queueName ?? DEFAULT_QUEUE_NAME, { connection: redisConnection(redisUrl, 'producer') });
  let lastError: Error | undefined;
  queue.on('error', (err) => {
    lastError = err;
  });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed').catch((err: Error) => {
      throw new Error(`cannot read the queue at ${redactRedisUrl(redisUrl)} (${lastError?.message ?? err.message})`, { cause: err });
    });
    const metrics = await queue.getMetrics('completed', 0, 0).catch(() => null);
    const failed = await queue.getFailed(0, (opts.limit ?? 50) - 1);
    return {
      waiting: c.waiting + c.prioritized,
      active: c.active,
      delayed: c.delayed,
      completed: Math.max(c.completed, Number(metrics?.meta.count ?? 0)),
      failed: c.failed,
      parked: failed.map((j) => ({
        jobId: String(j.id),
        document: String(j.data?.document?.id ?? '?'),
        ...(j.data?.from ? { from: j.data.from } : {}),
        attempts: j.attemptsMade,
        error: j.failedReason ?? '',
        failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
      })),
    };
  } finally {
    await queue.close();
  }
}
