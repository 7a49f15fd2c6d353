import type { Analysis, Document } from '../analyze/analysis.js';
import type { InputItem } from '../io/read.js';
import { formatProblem } from '../io/problems.js';
import { AnalysisPool } from '../io/analysis-pool.js';
import { articleHash, type Store } from './store.js';

export interface IngestStats {
  /** Articles read from the input. */
  read: number;
  stored: number;
  /** Already in the store (same content hash): left as they were. */
  unchanged: number;
  /** Stored as another copy of an earlier story. */
  duplicates: number;
  /** Inputs skipped or warned about, and analyses that failed. */
  problems: number;
  seconds: number;
}

export interface IngestOptions {
  /** Analysis threads; 0 analyses on the main thread. */
  workers?: number;
  /** Articles per transaction. */
  batchSize?: number;
  onProblem?: (message: string) => void;
  onProgress?: (s: IngestStats) => void;
  /** Milliseconds, for elapsed time (injected so tests can pin it). */
  now?: () => number;
}

/**
 * Streams articles into the store: a bounded window of analyses in flight on the pool,
 * results committed in input order in small transactions. Articles already stored are
 * not analysed again, so a rerun after a crash picks up where the last commit ended.
 */
export async function ingest(store: Store, input: AsyncIterable<InputItem>, opts: IngestOptions = {}): Promise<IngestStats> {
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  const stats: IngestStats = { read: 0, stored: 0, unchanged: 0, duplicates: 0, problems: 0, seconds: 0 };
  const pool = new AnalysisPool(opts.workers ?? 0);
  const window = Math.max(4, (opts.workers ?? 0) * 8);
  const batchSize = Math.max(1, opts.batchSize ?? 16);
  const inflight: { hash: string; where: string; result: Promise<Analysis | Error> }[] = [];
  const inflightHashes = new Set<string>();
  let batch: Analysis[] = [];
  const problem = (msg: string): void => {
    stats.problems++;
    opts.onProblem?.(msg);
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const outcomes = await store.saveBatch(batch);
    batch = [];
    for (const o of outcomes) {
      if (o.status === 'unchanged') stats.unchanged++;
      else {
        stats.stored++;
        if (!o.newStory) stats.duplicates++;
      }
    }
    stats.seconds = (now() - t0) / 1000;
    opts.onProgress?.(stats);
  };
  const settleHead = async (): Promise<void> => {
    const head = inflight.shift()!;
    inflightHashes.delete(head.hash);
    const r = await head.result;
    if (r instanceof Error) problem(`parley: ${head.where}: skipped: analysis failed: ${r.message}`);
    else batch.push(r);
    if (batch.length >= batchSize) await flush();
  };
  try {
    for await (const item of input) {
      if ('problem' in item) {
        problem(formatProblem(item.problem));
        continue;
      }
      stats.read++;
      const doc: Document = item.document;
      const hash = articleHash(doc);
      if (inflightHashes.has(hash) || batch.some((a) => articleHash(a) === hash) || (await store.has(hash))) {
        stats.unchanged++;
        continue;
      }
      inflightHashes.add(hash);
      const where = item.line !== undefined ? `${item.file}:${item.line}` : item.file;
      inflight.push({ hash, where, result: pool.analyze(doc).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))) });
      while (inflight.length >= window) await settleHead();
    }
    while (inflight.length > 0) await settleHead();
    await flush();
  } finally {
    await pool.close();
  }
  stats.seconds = (now() - t0) / 1000;
  return stats;
}
