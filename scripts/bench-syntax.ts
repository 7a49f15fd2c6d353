/**
 * Words per second of the tokenizer, the tagger and the parser on the text files given
 * (default: the PolNeAR dev articles in ../shared, when present), with the models in
 * models/ (or --models DIR). Usage: node dist/scripts/bench-syntax.js [--models DIR] [FILE...]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { makeDoc } from '../src/text/doc.js';
import { loadModels, packageModelsDir } from '../src/io/models.js';
import { defaultPipeline } from '../src/analyze/default.js';

const args = process.argv.slice(2);
let dir = packageModelsDir();
const m = args.indexOf('--models');
if (m >= 0) {
  dir = args[m + 1];
  args.splice(m, 2);
}
let files = args;
if (files.length === 0) {
  const d = path.resolve('../shared/data/polnear/dev/text');
  if (!existsSync(d)) throw new Error('give text files to read');
  files = readdirSync(d).map((f) => path.join(d, f));
}
const texts = files.map((f) => readFileSync(f, 'utf8'));
const t0 = performance.now();
const models = loadModels(dir, ['pos', 'parser']);
const pipeline = defaultPipeline({ pos: models.pos, parser: models.parser });
const loadMs = performance.now() - t0;
const words = texts.reduce((n, t) => n + makeDoc(t).tokens.length, 0);
const time = (label: string, stages: number): void => {
  // one warm-up pass, then the best of three
  let best = Infinity;
  for (let round = 0; round < 4; round++) {
    const start = performance.now();
    for (const t of texts) {
      const doc = makeDoc(t);
      for (let k = 0; k < stages; k++) pipeline.stages[k].annotate(doc);
    }
    const ms = performance.now() - start;
    if (round > 0) best = Math.min(best, ms);
  }
  console.log(`${label}: ${Math.round(words / (best / 1000))} words/s (${words} tokens, ${best.toFixed(0)} ms)`);
};
console.log(`models loaded in ${loadMs.toFixed(0)} ms: ${pipeline.stages.map((s) => s.name).join(', ')}`);
time('tokenizer + sentences', 0);
if (pipeline.stages.length > 0) time('+ tagger', 1);
if (pipeline.stages.length > 1) time('+ parser', 2);
