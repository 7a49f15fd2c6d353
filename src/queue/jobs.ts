import type { JobsOptions } from 'bullmq';
import type { Document } from '../analyze/analysis.js';
import { articleHash } from '../store/store.js';

/** What one job carries: the article to analyse, and where it was read from (for messages). */
export interface ArticleJob {
  document: Document;
  from?: string;
}

/** Attempts before a job that keeps failing is parked in the failed set. */
export const MAX_ATTEMPTS = 3;

/**
 * The job id is the article's content hash: enqueueing the same article again while its
 * job is still known to Redis adds nothing, and the store's save skips it otherwise.
 */
export function jobId(document: Document): string {
  return `a-${articleHash(document)}`;
}

export function jobOptions(document: Document): JobsOptions {
  return {
    jobId: jobId(document),
    attempts: MAX_ATTEMPTS,
    backoff: { type: 'exponential', delay: 1000 },
    // Completed jobs hold the article text: keep only a recent tail for inspection.
    removeOnComplete: { count: 1000 },
    // Failed (parked) jobs stay until someone looks at them.
    removeOnFail: false,
  };
}
