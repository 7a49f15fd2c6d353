/**
 * How far apart do people annotating the same articles land, by the measure Parley's quote
 * targets use? Takes the articles of a PolNeAR-style directory that several annotators did
 * (NAME_XXXX.ann files side by side), treats the first annotator (by file name, as
 * score-attribution.mjs does) as gold and scores each other annotator's attributions, as if
 * they were a system's quotes, with ../shared/tools/score-attribution.mjs; then scores
 * Parley on the same articles.
 *   node dist/scripts/attribution-agreement.js [DIR]      (default ../shared/data/polnear/train)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBratAttributions, type GoldAttribution } from '../src/io/brat.js';
import type { Quote } from '../src/extract/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'tools', 'score-attribution.mjs');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const dir = resolve(process.argv[2] ?? join(shared, 'data', 'polnear', 'train'));

interface Figures {
  f1: number;
  speakerAccuracy: number;
  endToEnd: number;
}

/** Runs the scorer on a prediction file; the last line of its output holds every figure. */
function score(gold: string, pred: string): { direct: Figures; all: Figures } {
  const p = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (p.status !== 0) throw new Error(`score-attribution.mjs failed: ${p.stderr.slice(-400)}`);
  const lines = p.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as { direct: Figures; all: Figures };
}

/** An annotator's attributions as contract quotes: direct when the content holds a quotation mark. */
function asQuotes(text: string, atts: GoldAttribution[]): Quote[] {
  return atts.map((g, i) => {
    const start = g.content[0][0];
    const end = g.content[g.content.length - 1][1];
    const body = g.content.map(([a, b]) => text.slice(a, b)).join(' ');
    const span = (f: Array<[number, number]> | null) => (f ? { start: f[0][0], end: f[f.length - 1][1] } : null);
    return {
      id: `Q${i + 1}`,
      kind: /["“”«»„]|''|‘[^’]*’/u.test(body) ? 'direct' : 'indirect',
      start,
      end,
      speaker: null,
      speakerMention: span(g.source),
      cue: g.cue ? { start: g.cue[0][0], end: g.cue[0][1] } : null,
    };
  });
}

const fmt = (f: Figures): string => `F1 ${f.f1.toFixed(3)}, speaker ${f.speakerAccuracy.toFixed(3)}, end-to-end ${f.endToEnd.toFixed(3)}`;

if (!existsSync(scorer) || !existsSync(join(dir, 'attributions'))) {
  process.stdout.write(`attribution-agreement: skipped: ${scorer} or ${dir}/attributions is absent\n`);
  process.exit(0);
}
const byArticle = new Map<string, string[]>();
for (const a of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
  const base = a.replace(/_[^_]*\.ann$/u, '');
  byArticle.set(base, [...(byArticle.get(base) ?? []), a]);
}
const shared_ = [...byArticle].filter(([base, anns]) => anns.length > 1 && existsSync(join(dir, 'text', `${base}.txt`)));
if (shared_.length === 0) {
  process.stdout.write(`attribution-agreement: no article of ${dir} has more than one annotator\n`);
  process.exit(0);
}
const tmp = mkdtempSync(join(tmpdir(), 'parley-agreement-'));
try {
  const gold = join(tmp, 'gold');
  mkdirSync(join(gold, 'text'), { recursive: true });
  mkdirSync(join(gold, 'attributions'));
  const others = new Map<number, string[]>();
  for (const [base, anns] of shared_) {
    const text = readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
    copyFileSync(join(dir, 'text', `${base}.txt`), join(gold, 'text', `${base}.txt`));
    copyFileSync(join(dir, 'attributions', anns[0]), join(gold, 'attributions', anns[0]));
    anns.slice(1).forEach((a, k) => {
      const quotes = asQuotes(text, parseBratAttributions(readFileSync(join(dir, 'attributions', a), 'utf8'), text));
      others.set(k, [...(others.get(k) ?? []), JSON.stringify({ id: base, text, entities: [], quotes })]);
    });
  }
  process.stdout.write(`${shared_.length} articles with several annotators in ${dir}; the first annotator is gold\n`);
  const direct: Figures[] = [];
  for (const [k, lines] of others) {
    const pred = join(tmp, `annotator-${k + 2}.jsonl`);
    writeFileSync(pred, lines.join('\n') + '\n');
    const s = score(gold, pred);
    direct.push(s.direct);
    process.stdout.write(`annotator ${k + 2} (${lines.length} articles): direct ${fmt(s.direct)}; all ${fmt(s.all)}\n`);
  }
  const mean = (key: keyof Figures): number => direct.reduce((n, f) => n + f[key], 0) / direct.length;
  process.stdout.write(`annotators, mean: direct F1 ${mean('f1').toFixed(3)}, speaker ${mean('speakerAccuracy').toFixed(3)}, end-to-end ${mean('endToEnd').toFixed(3)}\n`);
  const input = join(tmp, 'input.jsonl');
  const pred = join(tmp, 'parley.jsonl');
  spawnSync(process.execPath, [scorer, '--gold', gold, '--make-input', input], { encoding: 'utf8' });
  const run = spawnSync(process.execPath, [cli, 'analyze', '--jsonl', input], { encoding: 'utf8', maxBuffer: 1 << 28 });
  writeFileSync(pred, run.stdout);
  const s = score(gold, pred);
  process.stdout.write(`parley: direct ${fmt(s.direct)}; all ${fmt(s.all)}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
