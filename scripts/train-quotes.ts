/**
 * Trains the quote content-boundary ranker (src/extract/quotes/boundary.ts) on PolNeAR brat
 * annotations and writes models/quotes.model. For each reported or mixed attribution the
 * rules find, the gold Content it overlaps most gives the right first and last token; the
 * perceptron learns to rank the candidate boundaries so that these come first.
 *   node dist/scripts/train-quotes.js GOLD_DIR [OUT] [EPOCHS] [HELD_OUT_DIR | --fold]
 * GOLD_DIR holds text/NAME.txt and attributions/NAME_*.ann (the first .ann of a document is
 * used). HELD_OUT_DIR, laid out alike, only measures; --fold trains on four fifths of GOLD_DIR and
 * measures on the rest (for tuning without looking at dev).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Perceptron } from '../src/ml/perceptron.js';
import { FeatureBuffer } from '../src/ml/features.js';
import type { Scorer } from '../src/ml/compact.js';
import { loadModels, modelPath, writeModelFile } from '../src/io/models.js';
import { defaultPipeline } from '../src/analyze/default.js';
import { makeDoc, type Doc } from '../src/text/doc.js';
import { parseBratAttributions } from '../src/io/brat.js';
import { draftQuotes } from '../src/extract/quotes/index.js';
import {
  BoundaryFeatures, SIDE_END, SIDE_START, draftTokens, endCandidates, refinable, startCandidates,
} from '../src/extract/quotes/boundary.js';
import { seededRandom, shuffle } from '../src/nlp/random.js';

/** One ranking decision: the candidates' features and the right one. */
interface Ranking {
  feats: Uint32Array[];
  truth: number;
  /** The rules' own choice. */
  rule: number;
}

/** A gold Content's first and last character. */
interface GoldContent {
  s: number;
  e: number;
}

interface GoldDoc {
  doc: Doc;
  gold: GoldContent[];
}

const [goldDir, outArg, epochsArg, heldDir] = process.argv.slice(2);
if (!goldDir) {
  process.stderr.write('usage: node dist/scripts/train-quotes.js GOLD_DIR [OUT] [EPOCHS] [HELD_OUT_DIR | --fold]\n');
  process.exit(2);
}
const out = outArg || modelPath('quotes');
const epochs = Number(epochsArg || 8);
const models = loadModels();
const pipe = defaultPipeline({ pos: models.pos, parser: models.parser });

/** Every annotated document of a directory, tagged and parsed. */
function annotated(dir: string): GoldDoc[] {
  const anns = readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const docs: GoldDoc[] = [];
  for (const file of readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const base = file.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(base + '_') || a === base + '.ann');
    if (!ann) continue;
    const text = readFileSync(path.join(dir, 'text', file), 'utf8');
    const gold = parseBratAttributions(readFileSync(path.join(dir, 'attributions', ann), 'utf8'), text)
      .map((g) => ({ s: g.content[0][0], e: g.content[g.content.length - 1][1] }));
    const doc = makeDoc(text);
    for (const stage of pipe.stages) stage.annotate(doc);
    docs.push({ doc, gold });
  }
  return docs;
}

/** The boundary decisions of every reported or mixed draft that overlaps a gold Content. */
function rankings(docs: GoldDoc[], name: string): Ranking[] {
  const instances: Ranking[] = [];
  let drafts = 0;
  let matched = 0;
  const unreachable = [0, 0];
  for (const { doc, gold } of docs) {
    const f = new BoundaryFeatures(doc);
    for (const d of draftQuotes(doc).drafts) {
      if (!refinable(d)) continue;
      const v = draftTokens(doc, d);
      if (!v) continue;
      drafts++;
      let g: GoldContent | null = null;
      let bestIoU = 0;
      for (const c of gold) {
        const inter = Math.min(c.e, d.end) - Math.max(c.s, d.start);
        if (inter <= 0) continue;
        const iou = inter / (Math.max(c.e, d.end) - Math.min(c.s, d.start));
        if (iou > bestIoU) {
          bestIoU = iou;
          g = c;
        }
      }
      if (!g) continue;
      matched++;
      const starts = startCandidates(d, v);
      let ts = 0;
      starts.forEach((c, k) => {
        if (Math.abs(doc.tokens[c].start - g.s) < Math.abs(doc.tokens[starts[ts]].start - g.s)) ts = k;
      });
      instances.push({ feats: starts.map((c) => f.boundary(SIDE_START, c, d, v, v.a, v.b).ids.slice(0, f.fb.length)), truth: ts, rule: starts.indexOf(v.a) });
      if (Math.abs(doc.tokens[starts[ts]].start - g.s) > 1) unreachable[0]++;
      const s = starts[ts];
      const ends = endCandidates(d, v, s);
      let te = 0;
      ends.forEach((c, k) => {
        if (Math.abs(doc.tokens[c - 1].end - g.e) < Math.abs(doc.tokens[ends[te] - 1].end - g.e)) te = k;
      });
      if (Math.abs(doc.tokens[ends[te] - 1].end - g.e) > 1) unreachable[1]++;
      instances.push({ feats: ends.map((c) => f.boundary(SIDE_END, c, d, v, v.b, s).ids.slice(0, f.fb.length)), truth: te, rule: ends.indexOf(v.b) });
    }
  }
  process.stderr.write(`${name}: ${drafts} reported/mixed drafts, ${matched} overlap a gold content; ${instances.length} decisions; unreachable start ${unreachable[0]}, end ${unreachable[1]}\n`);
  return instances;
}

const random = seededRandom(12345);
const buf = new FeatureBuffer(1);
const scores = new Float32Array(2);
function load(ids: Uint32Array): FeatureBuffer {
  buf.ids = ids;
  buf.length = ids.length;
  return buf;
}

/** A candidate's score: class 1 minus class 0. */
function margin(p: Scorer, ids: Uint32Array): number {
  p.score(load(ids), scores);
  return scores[1] - scores[0];
}

function trainRanker(instances: Ranking[]): Perceptron {
  const p = new Perceptron(2, 18);
  const value = (ids: Uint32Array): number => margin(p, ids);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let right = 0;
    shuffle(instances, random);
    for (const inst of instances) {
      p.tick();
      const guess = best(inst, value);
      if (guess === inst.truth) {
        right++;
        continue;
      }
      p.update(1, 0, load(inst.feats[inst.truth]));
      p.update(0, 1, load(inst.feats[guess]));
    }
    process.stderr.write(`boundary epoch ${epoch + 1}: ${(right / instances.length).toFixed(4)} of boundaries right\n`);
  }
  p.average();
  return p;
}

function best(inst: Ranking, value: (ids: Uint32Array) => number): number {
  let guess = 0;
  let bestScore = -Infinity;
  inst.feats.forEach((ids, c) => {
    const s = value(ids);
    if (s > bestScore) {
      bestScore = s;
      guess = c;
    }
  });
  return guess;
}

const figures: Record<string, number> = {};
const sets: Array<[string, GoldDoc[]]> = [['train', annotated(goldDir)]];
if (heldDir === '--fold') {
  // Tuning without dev: every fifth training document is held out.
  const all = sets[0][1];
  sets[0][1] = all.filter((_, k) => k % 5 !== 0);
  sets.push(['train fold', all.filter((_, k) => k % 5 === 0)]);
} else if (heldDir) sets.push(['held-out', annotated(heldDir)]);
const trainRankings = rankings(sets[0][1], 'train');
const boundary = trainRanker(trainRankings);
for (const [name, docs] of sets) {
  // The card records how often the chosen boundary is the gold one, the rules' and the model's.
  const r = name === 'train' ? trainRankings : rankings(docs, name);
  const value = (ids: Uint32Array): number => margin(boundary, ids);
  const rule = r.filter((i) => i.rule === i.truth).length / r.length;
  const model = r.filter((i) => best(i, value) === i.truth).length / r.length;
  process.stderr.write(`${name}: boundaries right, rules ${rule.toFixed(4)}, model ${model.toFixed(4)}\n`);
  figures[`boundaries right, rules (${name})`] = Number(rule.toFixed(4));
  figures[`boundaries right, model (${name})`] = Number(model.toFixed(4));
}
const bytes = writeModelFile(out, {
  header: {
    kind: 'quotes',
    card: {
      name: 'quotes',
      description: 'Content-boundary ranker for reported and mixed quotes (averaged perceptron over hashed features)',
      trainedOn: ['PolNeAR train (brat attributions)'],
      licenses: ['research use only (PolNeAR)'],
      figures,
      built: new Date().toISOString().slice(0, 10),
      command: `node dist/scripts/train-quotes.js ${goldDir} ${outArg ?? ''} ${epochs}${heldDir ? ` ${heldDir}` : ''}`.replace(/ {2,}/g, ' '),
    },
    labels: {},
    settings: {},
  },
  tables: { boundary },
}, { precision: 16, prune: 0.01 });
process.stderr.write(`wrote ${out} (${bytes} bytes)\n`);
