import type { Analysis, Document } from '../analyze/analysis.js';
import { analyzeBatchWith } from '../analyze/pipeline.js';
import { loadDefaultPipeline } from '../io/pipeline.js';
import { formatProblem } from '../io/problems.js';
import { readInputs } from '../io/read.js';
import { formatAnalysis, prettyAnalysis, type OutputFormat } from '../io/write.js';

/** Documents per batch: enough to keep each model's tables warm, few enough to stream. */
const BATCH_SIZE = 32;

export interface AnalyzeOptions {
  format?: OutputFormat;
  jsonl?: string;
}

/** `parley analyze`: returns the exit code (0 clean, 2 when some input was skipped or warned about). */
export async function analyzeCommand(files: string[], opts: AnalyzeOptions): Promise<number> {
  const paths = opts.jsonl !== undefined ? [opts.jsonl, ...files] : files;
  if (paths.length === 0) {
    process.stderr.write('parley analyze: give one or more files or directories, or --jsonl FILE (- for standard input)\n');
    return 1;
  }
  const format: OutputFormat = opts.format ?? (opts.jsonl !== undefined ? 'jsonl' : 'json');
  const pipeline = loadDefaultPipeline();
  const color = format === 'pretty' && process.stdout.isTTY === true;
  let problems = 0;
  const buffered: Analysis[] = [];
  const input = readInputs(paths, { jsonl: opts.jsonl !== undefined && opts.jsonl !== '-' ? true : undefined });
  // Documents go through the models in batches (see runPipelineBatch); output keeps input order.
  let batch: Array<{ document: Document; where: string }> = [];
  const flush = async (): Promise<void> => {
    const results = analyzeBatchWith(pipeline, batch.map((b) => b.document));
    for (let i = 0; i < results.length; i++) {
      const analysis = results[i];
      if (analysis instanceof Error) {
        problems++;
        process.stderr.write(`parley: ${batch[i].where}: skipped: analysis failed: ${analysis.message}\n`);
      } else if (format === 'json') buffered.push(analysis);
      else await write((format === 'pretty' ? prettyAnalysis(analysis, color) + '\n' : formatAnalysis(analysis, format)) + '\n');
    }
    batch = [];
  };
  for await (const item of input) {
    if ('problem' in item) {
      problems++;
      process.stderr.write(formatProblem(item.problem) + '\n');
      continue;
    }
    batch.push({ document: item.document, where: item.line !== undefined ? `${item.file}:${item.line}` : item.file });
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
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
