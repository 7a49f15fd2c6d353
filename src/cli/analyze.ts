import type { Analysis, Document } from '../analyze/analysis.js';
import { availableParallelism } from 'node:os';
import { analyzeBatchWith } from '../analyze/pipeline.js';
import { AnalysisPool } from '../io/analysis-pool.js';
import { loadDefaultPipeline } from '../io/pipeline.js';
import { formatProblem } from '../io/problems.js';
import { readInputs } from '../io/read.js';
import { formatAnalysis, prettyAnalysis, type OutputFormat } from '../io/write.js';

/** Documents per batch: enough to keep each model's tables warm, few enough to stream. */
const BATCH_SIZE = 32;

export interface AnalyzeOptions {
  format?: OutputFormat;
  jsonl?: string;
  /** Analysis threads (default: one per core); 0 analyses in this thread. */
  workers?: number;
}

/** Batches queued per thread: one being analysed and one waiting, so no thread idles between them. */
const IN_FLIGHT_PER_THREAD = 2;
/**
 * Batches read before threads start: each thread first spends most of a second loading
 * the models, which a few batches (about 25,000 words each) would not win back.
 */
const THREADS_AFTER = 4;

interface Batch {
  items: Array<{ document: Document; where: string }>;
  results: Promise<Array<Analysis | Error>>;
}

/** `parley analyze`: returns the exit code (0 clean, 2 when some input was skipped or warned about). */
export async function analyzeCommand(files: string[], opts: AnalyzeOptions): Promise<number> {
  const paths = opts.jsonl !== undefined ? [opts.jsonl, ...files] : files;
  if (paths.length === 0) {
    process.stderr.write('parley analyze: give one or more files or directories, or --jsonl FILE (- for standard input)\n');
    return 1;
  }
  const threads = opts.workers ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 0) {
    process.stderr.write(`parley analyze: --workers wants a whole number of threads, 0 or more, got ${String(opts.workers)}\n`);
    return 1;
  }
  const format: OutputFormat = opts.format ?? (opts.jsonl !== undefined ? 'jsonl' : 'json');
  const color = format === 'pretty' && process.stdout.isTTY === true;
  let problems = 0;
  const buffered: Analysis[] = [];
  const input = readInputs(paths, { jsonl: opts.jsonl !== undefined && opts.jsonl !== '-' ? true : undefined });

  // Documents go through the models in batches (see runPipelineBatch), on worker threads
  // once there are THREADS_AFTER batches to share; output keeps input order.
  let pool: AnalysisPool | null = null;
  const inline = (docs: Document[]): Promise<Array<Analysis | Error>> => {
    try {
      return Promise.resolve(analyzeBatchWith(loadDefaultPipeline(), docs));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  };
  const queued: Batch[] = [];
  const emit = async (batch: Batch): Promise<void> => {
    let results: Array<Analysis | Error>;
    try {
      results = await batch.results;
    } catch (err) {
      // A thread died under this batch: its documents are reported, the rest go on.
      results = batch.items.map(() => err as Error);
    }
    for (let i = 0; i < results.length; i++) {
      const analysis = results[i];
      if (analysis instanceof Error) {
        problems++;
        process.stderr.write(`parley: ${batch.items[i].where}: skipped: analysis failed: ${analysis.message}\n`);
      } else if (format === 'json') buffered.push(analysis);
      else await write((format === 'pretty' ? prettyAnalysis(analysis, color) + '\n' : formatAnalysis(analysis, format)) + '\n');
    }
  };
  const submit = async (items: Batch['items']): Promise<void> => {
    if (items.length === 0) return;
    const docs = items.map((b) => b.document);
    queued.push({ items, results: pool ? pool.analyzeBatch(docs) : inline(docs) });
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
      if (pool === null && threads > 0) {
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
    await pool?.close();
  }
  if (format === 'json' && buffered.length > 0) {
    await write((buffered.length === 1 ? formatAnalysis(buffered[0], 'json') : JSON.stringify(buffered, null, 2)) + '\n');
  }
  return problems > 0 ? 2 : 0;
}

/** Writes respecting back-pressure, so piping a huge batch into `head` stays bounded. */
function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve);
  });
}
