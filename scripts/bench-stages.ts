/**
 * Where the time goes: CPU milliseconds per pipeline stage and per extractor over a corpus,
 * plus model load time. CPU time (process.cpuUsage), not wall time, so figures stay
 * comparable on a shared, busy machine.
 *   node dist/scripts/bench-stages.js [CORPUS] [--limit=N]
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc } from '../src/text/doc.js';
import { loadModels } from '../src/io/models.js';
import { defaultPipeline } from '../src/analyze/default.js';
import type { Analysis } from '../src/analyze/analysis.js';
import { countWords, loadCorpus } from './bench-corpus.js';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const given = args.find((a) => !a.startsWith('--'));
const polnear = resolve(root, '..', 'shared', 'data', 'polnear', 'train', 'text');
const texts = loadCorpus(given ?? (existsSync(polnear) ? polnear : undefined), join(root, 'examples')).slice(0, limit);
const words = texts.reduce((n, t) => n + countWords(t), 0);

const t0 = cpuMs();
const w0 = performance.now();
const pipeline = defaultPipeline(loadModels());
console.log(`models loaded: ${(cpuMs() - t0).toFixed(0)} ms CPU, ${(performance.now() - w0).toFixed(0)} ms wall`);

const names = ['tokenize', ...pipeline.stages.map((s) => s.name), ...pipeline.extractors.map((e, k) => e.name || `extractor${k}`)];
const spent = new Float64Array(names.length);
const runOnce = (record: boolean): void => {
  texts.forEach((text, i) => {
    let t = cpuMs();
    const lap = (k: number): void => {
      const now = cpuMs();
      if (record) spent[k] += now - t;
      t = now;
    };
    const doc = makeDoc(text);
    lap(0);
    pipeline.stages.forEach((s, k) => {
      s.annotate(doc);
      lap(1 + k);
    });
    const analysis: Analysis = { id: String(i), date: '2025-01-01', text, sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })), entities: [], quotes: [], events: [], meetings: [] };
    pipeline.extractors.forEach((e, k) => {
      e(doc, { id: String(i), text, date: '2025-01-01' }, analysis);
      lap(1 + pipeline.stages.length + k);
    });
  });
};
runOnce(false);
runOnce(true);
const total = spent.reduce((a, b) => a + b, 0);
for (let k = 0; k < names.length; k++) console.log(`${names[k].padEnd(16)} ${spent[k].toFixed(0).padStart(7)} ms  ${Math.round(words / (spent[k] / 1000)).toLocaleString('en').padStart(12)} words/s`);
console.log(`${'total'.padEnd(16)} ${total.toFixed(0).padStart(7)} ms  ${Math.round(words / (total / 1000)).toLocaleString('en').padStart(12)} words/s (${texts.length} articles, ${words} words)`);
