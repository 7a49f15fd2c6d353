/**
 * `npm run bench [CORPUS]`: words per second and peak memory of Parley's tokenizer alone,
 * Parley's full analysis, and the compromise library (people, places, organisations,
 * quotations) on the same input in the same run; `--systems=...,parley-caps` adds the
 * same corpus in capitals, a bad-input case that must stay within 20% of normal speed, and
 * `parley-nosimd` the full analysis with the plain scoring loops instead of the SIMD kernel.
 * `parley-models` is the tokenizer, tagger, parser and named-entity tagger without the extractors.
 * Parley runs the corpus in batches of 32 documents, stage by stage, as `parley analyze` and
 * `analyzeBatch` do (runPipelineBatch); `parley-single` is the full analysis one document at a
 * time, as `analyze(text)`, a single API request and ingest run it. Each system runs in its own process,
 * several times; medians are reported, since these machines are shared and noisy. Each run
 * makes one untimed pass over the corpus and times the second (steady state).
 * CORPUS: a file or folder of .txt articles; default ../shared/data/polnear/train/text
 * when present, else a corpus generated from examples/.
 * `--store=N` then also ingests N articles into SQLite and into a throwaway PostgreSQL
 * cluster (scripts/bench-store.ts) and prints articles/second and peak memory for each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords, loadCorpus } from './bench-corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const systems = (args.find((a) => a.startsWith('--systems='))?.slice(10) ?? 'tokenizer,parley-models,parley,parley-single,compromise').split(',');
const given = args.find((a) => !a.startsWith('--'));
const polnear = resolve(root, '..', 'shared', 'data', 'polnear', 'train', 'text');
const corpusPath = given ?? (existsSync(polnear) ? polnear : undefined);
const texts = loadCorpus(corpusPath, join(root, 'examples'));
const words = texts.reduce((n, t) => n + countWords(t), 0);
const corpusFile = join(mkdtempSync(join(tmpdir(), 'parley-bench-')), 'corpus.json');
writeFileSync(corpusFile, JSON.stringify(texts));
console.log(`corpus: ${corpusPath ?? 'generated from examples/'}: ${texts.length} articles, ${words.toLocaleString('en')} words; ${runs} runs each, medians; node ${args.includes('--default-heap') ? 'with V8\'s default heap' : '--max-semi-space-size=64, as the parley command runs'}`);

interface Result {
  system: string;
  words: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  loadMs: number | null;
  readyMs: number | null;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/**
 * Every system runs under the heap settings the `parley` command gives itself (its shebang,
 * src/cli/main.ts): semi-spaces up to 64 MB. --default-heap runs them under V8's defaults.
 */
const nodeFlags = args.includes('--default-heap') ? [] : ['--max-semi-space-size=64'];
const table: Array<{ system: string; wps: number; cpuWps: number; seconds: number; rss: number; loadMs: number | null; readyMs: number | null }> = [];
for (const system of systems) {
  const results: Result[] = [];
  for (let r = 0; r < runs; r++) {
    const p = spawnSync(process.execPath, [...nodeFlags, join(here, 'bench-worker.js'), system, corpusFile], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (p.status !== 0) {
      console.error(`${system}: run failed: ${p.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      break;
    }
    results.push(JSON.parse(p.stdout.trim().split('\n').pop()!) as Result);
  }
  if (results.length === 0) continue;
  const wps = median(results.map((x) => x.words / x.seconds));
  const cpuWps = median(results.map((x) => x.words / x.cpuSeconds));
  const startup = (key: 'loadMs' | 'readyMs'): number | null => {
    const xs = results.flatMap((x) => (x[key] === null ? [] : [x[key]]));
    return xs.length ? median(xs) : null;
  };
  table.push({ system, wps, cpuWps, seconds: median(results.map((x) => x.seconds)), rss: median(results.map((x) => x.maxRssMB)), loadMs: startup('loadMs'), readyMs: startup('readyMs') });
}
const label: Record<string, string> = {
  tokenizer: 'parley tokenizer+sentences',
  'parley-models': 'parley tokenizer+tagger+parser+NER',
  'parley-nosimd': 'parley full analysis, no SIMD kernel',
  parley: 'parley full analysis (batches of 32)', 'parley-single': 'parley full analysis, one doc at a time', 'parley-caps': 'parley full analysis, ALL CAPS input', compromise: 'compromise (people/places/orgs/quotes)' };
// words/s is over wall time; CPU words/s over the process's own CPU time (the figure that
// holds on a shared machine, where wall time also counts other programs' turns).
// load ms: the model files read into their tables; ready ms: and the pipeline assembled on them (Parley's systems only).
console.log('\n' + 'system'.padEnd(42) + 'words/s'.padStart(14) + 'CPU words/s'.padStart(14) + 'seconds'.padStart(10) + 'peak MB'.padStart(10) + 'load ms'.padStart(10) + 'ready ms'.padStart(10));
for (const t of table) console.log((label[t.system] ?? t.system).padEnd(42) + Math.round(t.wps).toLocaleString('en').padStart(14) + Math.round(t.cpuWps).toLocaleString('en').padStart(14) + t.seconds.toFixed(2).padStart(10) + t.rss.toFixed(0).padStart(10) + (t.loadMs === null ? '' : t.loadMs.toFixed(0)).padStart(10) + (t.readyMs === null ? '' : t.readyMs.toFixed(0)).padStart(10));
const parley = table.find((t) => t.system === 'parley');
const comp = table.find((t) => t.system === 'compromise');
if (parley && comp) console.log(`\nparley full analysis / compromise speed ratio: ${(parley.wps / comp.wps).toFixed(2)}x (CPU time: ${(parley.cpuWps / comp.cpuWps).toFixed(2)}x); memory ratio ${(parley.rss / comp.rss).toFixed(2)}x`);
console.log(JSON.stringify({ corpusWords: words, results: table }));

const storeArg = args.find((a) => a.startsWith('--store'));
if (storeArg) {
  const n = storeArg.includes('=') ? storeArg.slice(storeArg.indexOf('=') + 1) : '10000';
  console.log(`\ningest: ${n} articles into SQLite and PostgreSQL (scripts/bench-store.ts)`);
  const p = spawnSync(process.execPath, [join(here, 'bench-store.js'), ...(corpusPath ? [corpusPath] : []), '--n', n], { stdio: 'inherit' });
  if (p.status !== 0) console.error(`bench-store failed with status ${p.status}`);
}
