import type { Analysis } from '../analyze/analysis.js';
import { analyzeWith } from '../analyze/pipeline.js';
import { loadDefaultPipeline } from '../io/pipeline.js';
import { formatProblem } from '../io/problems.js';
import { readInputs } from '../io/read.js';
import { formatAnalysis, prettyAnalysis, type OutputFormat } from '../io/write.js';

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
  for await (const item of input) {
    if ('problem' in item) {
      problems++;
      process.stderr.write(formatProblem(item.problem) + '\n');
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analyzeWith(pipeline, item.document);
    } catch (err) {
      problems++;
      const where = item.line !== undefined ? `${item.file}:${item.line}` : item.file;
      process.stderr.write(`parley: ${where}: skipped: analysis failed: ${(err as Error).message}\n`);
      continue;
    }
    if (format === 'json') buffered.push(analysis);
    else await write((format === 'pretty' ? prettyAnalysis(analysis, color) + '\n' : formatAnalysis(analysis, format)) + '\n');
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
