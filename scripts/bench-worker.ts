/**
 * One benchmark run in its own process (so peak memory is that system's alone):
 *   node dist/scripts/bench-worker.js SYSTEM CORPUS.json
 * prints {system, words, seconds, cpuSeconds, maxRssMB, loadMs} as JSON (loadMs, readyMs: start-up, for Parley's systems).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tokenize } from '../src/text/tokenize.js';
import { splitSentences } from '../src/text/sentences.js';
import { analyzeBatchWith, analyzeWith } from '../src/analyze/pipeline.js';
import type { Analysis, Document } from '../src/analyze/analysis.js';
import { makeDoc } from '../src/text/doc.js';
import { useSimd } from '../src/ml/simd/kernel.js';
import { loadModels } from '../src/io/models.js';
import { defaultPipeline } from '../src/analyze/default.js';
import type { Pipeline } from '../src/analyze/pipeline.js';
import { countWords } from './bench-corpus.js';

/** Runs a system over a batch of texts (numbered from `first`); returns a checksum. */
type Runner = (batch: string[], first: number) => number;
/**
 * Documents per batch, as `parley analyze` passes them (see runPipelineBatch);
 * PARLEY_BENCH_BATCH=N measures another size (1, 8, 16, 32, 64 in README).
 */
const BATCH = Number(process.env.PARLEY_BENCH_BATCH ?? 32);

/** A runner that takes the texts one at a time. */
const eachOf = (f: (text: string, i: number) => number): Runner => (batch, first) => batch.reduce((n, t, k) => n + f(t, first + k), 0);
const docs = (batch: string[], first: number, upper = false): Document[] => batch.map((t, k) => ({ id: String(first + k), text: upper ? t.toUpperCase() : t, date: '2025-01-01' }));
const entityCount = (results: Array<Analysis | Error>): number => results.reduce((n, a) => n + (a instanceof Error ? 0 : a.entities.length), 0);

/**
 * Start-up, for Parley's systems: the model files read into their tables (loadModels), and
 * the pipeline assembled on them (word classes, tag dictionaries, label lists decoded).
 */
let loadMs: number | null = null;
let readyMs: number | null = null;
function timedPipeline(): Pipeline {
  const t0 = performance.now();
  const models = loadModels();
  loadMs = performance.now() - t0;
  const pipeline = defaultPipeline(models);
  readyMs = performance.now() - t0;
  return pipeline;
}

async function runner(system: string): Promise<Runner> {
  switch (system) {
    case 'tokenizer':
      return eachOf((text) => splitSentences(tokenize(text)).length);
    case 'parley': {
      // The full analysis in batches, as `parley analyze` and analyzeBatch run it (ingest still goes one article at a time).
      const pipeline = timedPipeline();
      return (batch, first) => entityCount(analyzeBatchWith(pipeline, docs(batch, first)));
    }
    case 'parley-single': {
      // The full analysis one document at a time, as `analyze(text)` or one API request runs it.
      const pipeline = timedPipeline();
      return eachOf((text, i) => analyzeWith(pipeline, { id: String(i), text, date: '2025-01-01' }).entities.length);
    }
    case 'parley-models': {
      // The models alone (tokenizer, tagger, parser, named entities), stage by stage over the batch: the models issue's measure.
      const { stages } = timedPipeline();
      return (batch) => {
        const ds = batch.map((text) => makeDoc(text));
        for (const stage of stages) for (const doc of ds) stage.annotate(doc);
        return ds.reduce((n, d) => n + d.tokens.length, 0);
      };
    }
    case 'parley-nosimd': {
      // The full analysis with the plain-JavaScript scoring loops instead of the SIMD kernel.
      useSimd(false);
      const pipeline = timedPipeline();
      return (batch, first) => entityCount(analyzeBatchWith(pipeline, docs(batch, first)));
    }
    case 'parley-caps': {
      // Bad input at speed: the same corpus in capitals (the actors issue asks for speed within 20%).
      const pipeline = timedPipeline();
      return (batch, first) => entityCount(analyzeBatchWith(pipeline, docs(batch, first, true)));
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      return eachOf((text) => {
        const doc = nlp(text);
        return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length + doc.quotations().out('array').length;
      });
    }
    default:
      throw new Error(`unknown system ${system}`);
  }
}

const [system, corpusFile] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(corpusFile, 'utf8')) as string[];
const run = await runner(system);
const words = texts.reduce((n, t) => n + countWords(t), 0);
// One untimed pass first, for every system alike: the timed pass then measures the steady
// state a long ingest runs in (compiled code, filled per-form caches), not JIT warm-up.
const pass = (): number => {
  let sum = 0;
  for (let i = 0; i < texts.length; i += BATCH) sum += run(texts.slice(i, i + BATCH), i);
  return sum;
};
pass();
const t0 = performance.now();
const c0 = process.cpuUsage();
const sink = pass();
const seconds = (performance.now() - t0) / 1000;
// CPU time of this process too: on a shared machine wall time also counts other programs' turns.
const c1 = process.cpuUsage(c0);
const cpuSeconds = (c1.user + c1.system) / 1e6;
process.stdout.write(JSON.stringify({ system, words, seconds, cpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024, loadMs, readyMs, sink }) + '\n');
