/**
 * One benchmark run in its own process (so peak memory is that system's alone):
 *   node dist/scripts/bench-worker.js SYSTEM CORPUS.json
 * prints {system, words, seconds, cpuSeconds, maxRssMB} as JSON.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tokenize } from '../src/text/tokenize.js';
import { splitSentences } from '../src/text/sentences.js';
import { analyzeWith } from '../src/analyze/pipeline.js';
import { makeDoc } from '../src/text/doc.js';
import { useSimd } from '../src/ml/simd/kernel.js';
import { loadDefaultPipeline } from '../src/io/pipeline.js';
import { countWords } from './bench-corpus.js';

type Runner = (text: string, i: number) => unknown;

async function runner(system: string): Promise<Runner> {
  switch (system) {
    case 'tokenizer':
      return (text) => splitSentences(tokenize(text)).length;
    case 'parley': {
      const pipeline = loadDefaultPipeline();
      return (text, i) => analyzeWith(pipeline, { id: String(i), text, date: '2025-01-01' }).entities.length;
    }
    case 'parley-models': {
      // The models alone (tokenizer, tagger, parser, named entities): the models issue's measure.
      const { stages } = loadDefaultPipeline();
      return (text) => {
        const doc = makeDoc(text);
        for (const stage of stages) stage.annotate(doc);
        return doc.tokens.length;
      };
    }
    case 'parley-nosimd': {
      // The full analysis with the plain-JavaScript scoring loops instead of the SIMD kernel.
      useSimd(false);
      const pipeline = loadDefaultPipeline();
      return (text, i) => analyzeWith(pipeline, { id: String(i), text, date: '2025-01-01' }).entities.length;
    }
    case 'parley-caps': {
      // Bad input at speed: the same corpus in capitals (the actors issue asks for speed within 20%).
      const pipeline = loadDefaultPipeline();
      return (text, i) => analyzeWith(pipeline, { id: String(i), text: text.toUpperCase(), date: '2025-01-01' }).entities.length;
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      return (text) => {
        const doc = nlp(text);
        return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length + doc.quotations().out('array').length;
      };
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
for (let i = 0; i < texts.length; i++) run(texts[i], i);
const t0 = performance.now();
const c0 = process.cpuUsage();
let sink = 0;
for (let i = 0; i < texts.length; i++) sink += Number(run(texts[i], i)) || 0;
const seconds = (performance.now() - t0) / 1000;
// CPU time of this process too: on a shared machine wall time also counts other programs' turns.
const c1 = process.cpuUsage(c0);
const cpuSeconds = (c1.user + c1.system) / 1e6;
process.stdout.write(JSON.stringify({ system, words, seconds, cpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024, sink }) + '\n');
