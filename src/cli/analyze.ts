import type { Document } from '../analyze/analysis.js';
import { availableParallelism } from 'node:os';
import { AnalysisPool } from '../io/analysis-pool.js';
import { formatProblem } from '../io/problems.js';
import { readInputs } from '../io/read.js';
import { joinJsonElements, type OutputFormat } from '../io/write.js';

/** Documents per batch: enough to keep each model's tables warm, few enough to stream. */
const BATCH_SIZE = 32;

export interface AnalyzeOptions {
  format?: OutputFormat;
  jsonl?: string;
  /** Analysis threads (default: one per core, at most 4); 0 analyses in this thread. */
  workers?: number;
}

/** Batches queued per thread: one being analysed and one waiting, so no thread idles between them. */
const IN_FLIGHT_PER_THREAD = 2;
/**
 * Batches read before threads start. Each thread first loads the models and warms up (its
 * first batches run at about half speed), and two threads on two cores share one memory
 * bus: on PolNeAR's 840 articles (26 batches) two threads gained nothing here, on 2,520
 * they took 23.4 s against 29.4 s.
 */
const THREADS_AFTER = 16;
/** Threads by default: one per core, at most this many (each holds the models, about 350 MB). */
const MAX_DEFAULT_THREADS = 4;

interface Batch {
  items: Array<{ document: Document; where: string }>;
  /** Each document's analysis as printed (renderAnalysis), or its error. */
  results: Promise<Array<string | Error>>;
}

/** `parley analyze`: returns the exit code (0 clean, 2 when some input was skipped or warned about). */
export async function analyzeCommand(files: string[], opts: AnalyzeOptions): Promise<number> {
  const paths = opts.jsonl !== undefined ? [opts.jsonl, ...files] : files;
  if (paths.length === 0) {
    process.stderr.write('parley analyze: give one or more files or directories, or --jsonl FILE (- for standard input)\n');
    return 1;
  }
  const threads = opts.workers ?? Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
  if (!Number.isInteger(threads) || threads < 0) {
    process.stderr.write(`parley analyze: --workers wants a whole number of threads, 0 or more, got ${String(opts.workers)}\n`);
    return 1;
  }
  const format: OutputFormat = opts.format ?? (opts.jsonl !== undefined ? 'jsonl' : 'json');
  const color = format === 'pretty' && process.stdout.isTTY === true;
  let problems = 0;
  // json prints one object for one article, an array for several: elements wait to the end.
  const buffered: string[] = [];
  const input = readInputs(paths, { jsonl: opts.jsonl !== undefined && opts.jsonl !== '-' ? true : undefined });

  // Documents go through the models in batches (see runPipelineBatch), on worker threads
  // once there are THREADS_AFTER batches to share; output keeps input order.
  // Size 0 analyses in this thread; it gives way to threads once they pay off.
  let pool = new AnalysisPool(0);
  const queued: Batch[] = [];
  const emit = async (batch: Batch): Promise<void> => {
    let results: Array<string | Error>;
    try {
      results = await batch.results;
    } catch (err) {
      // A thread died under this batch: its documents are reported, the rest go on.
      results = batch.items.map(() => err as Error);
    }
    for (let i = 0; i < results.length; i++) {
      const text = results[i];
      if (text instanceof Error) {
        problems++;
        process.stderr.write(`parley: ${batch.items[i].where}: skipped: analysis failed: ${text.message}\n`);
      } else if (format === 'json') buffered.push(text);
      else await write((format === 'pretty' ? text + '\n' : text) + '\n');
    }
  };
  const submit = async (items: Batch['items']): Promise<void> => {
    if (items.length === 0) return;
    const docs = items.map((b) => b.document);
    queued.push({ items, results: pool.renderBatch(docs, format, color) });
    while (queued.length >= Math.max(1, threads * IN_FLIGHT_PER_THREAD)) await emit(queued.shift()!);
  };

  let batch: Batch['items'] = [];
  // The first batches wait until it is clear threads will pay off.
  const held: Array<Batch['items']> = [];
  try {
    for await (const item of input) {
      if ('problem' in item) {
        problems++;
        process.stderr.write(formatProblem(item.problem) + '\n');
        continue;
      }
      batch.push({ document: item.document, where: item.line !== undefined ? `${item.file}:${item.line}` : item.file });
      if (batch.length < BATCH_SIZE) continue;
      if (pool.size === 0 && threads > 0) {
        held.push(batch);
        batch = [];
        if (held.length < THREADS_AFTER) continue;
        pool = new AnalysisPool(threads);
        for (const h of held.splice(0)) await submit(h);
        continue;
      }
      await submit(batch);
      batch = [];
    }
    for (const h of held.splice(0)) await submit(h);
    await submit(batch);
    while (queued.length > 0) await emit(queued.shift()!);
  } finally {
    await pool.close();
  }
  if (format === 'json' && buffered.length > 0) await write((buffered.length === 1 ? buffered[0] : joinJsonElements(buffered)) + '\n');
  return problems > 0 ? 2 : 0;
}

/** Writes respecting back-pressure, so piping a huge batch into `head` stays bounded. */
function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve);
  });
}
