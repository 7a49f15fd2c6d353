/**
 * Trains the quote content-boundary ranker (src/extract/quotes/boundary.ts) on PolNeAR brat
 * annotations and writes models/quotes.model.gz.
 *   node dist/scripts/train-quotes.js GOLD_DIR [OUT] [EPOCHS]
 * GOLD_DIR holds text/NAME.txt and attributions/NAME_*.ann (the first .ann of a document is
 * used). For each reported or mixed attribution the rules find, the gold Content it overlaps
 * most gives the right first and last token; the perceptron learns to rank the candidate
 * boundaries so that these come first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Perceptron } from '../src/ml/perceptron.js';
import { FeatureBuffer } from '../src/ml/features.js';
import { loadModels, modelPath, writeModelFile } from '../src/io/models.js';
import { defaultPipeline } from '../src/analyze/default.js';
import { makeDoc } from '../src/text/doc.js';
import { parseBratAttributions } from '../src/io/brat.js';
import { draftQuotes } from '../src/extract/quotes/index.js';
import {
  BoundaryFeatures, SIDE_END, SIDE_START, draftTokens, endCandidates, refinable, startCandidates,
} from '../src/extract/quotes/boundary.js';

interface Instance {
  feats: Uint32Array[];
  truth: number;
  /** The rules' own choice. */
  rule: number;
}

const [goldDir, outArg, epochsArg, heldDir] = process.argv.slice(2);
if (!goldDir) {
  process.stderr.write('usage: node dist/scripts/train-quotes.js GOLD_DIR [OUT] [EPOCHS]\n');
  process.exit(2);
}
const out = outArg || modelPath('quotes');
const epochs = Number(epochsArg || 8);
const models = loadModels();
const pipe = defaultPipeline({ pos: models.pos, parser: models.parser });
function collect(dir: string): Instance[] {
const anns = readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const instances: Instance[] = [];
let drafts = 0;
const unreachable = [0, 0];
let matched = 0;
for (const file of readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
  const base = file.slice(0, -4);
  const ann = anns.find((a) => a.startsWith(base + '_') || a === base + '.ann');
  if (!ann) continue;
  const text = readFileSync(path.join(dir, 'text', file), 'utf8');
  const gold = parseBratAttributions(readFileSync(path.join(dir, 'attributions', ann), 'utf8'), text)
    .map((g) => ({ s: g.content[0][0], e: g.content[g.content.length - 1][1] }));
  const doc = makeDoc(text);
  for (const stage of pipe.stages) stage.annotate(doc);
  const f = new BoundaryFeatures(doc);
  for (const d of draftQuotes(doc).drafts) {
    if (!refinable(d)) continue;
    const v = draftTokens(doc, d);
    if (!v) continue;
    drafts++;
    let best: { s: number; e: number } | null = null;
    let bestIoU = 0;
    for (const g of gold) {
      const inter = Math.min(g.e, d.end) - Math.max(g.s, d.start);
      if (inter <= 0) continue;
      const iou = inter / (Math.max(g.e, d.end) - Math.min(g.s, d.start));
      if (iou > bestIoU) {
        bestIoU = iou;
        best = g;
      }
    }
    if (!best) continue;
    matched++;
    const g = best;
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
process.stderr.write(`${dir}: ${drafts} reported/mixed drafts, ${matched} overlap a gold content; ${instances.length} decisions; unreachable start ${unreachable[0]}, end ${unreachable[1]}\n`);
return instances;
}
const instances = collect(goldDir);
const held = heldDir ? collect(heldDir) : [];

const p = new Perceptron(2, 18);
const buf = new FeatureBuffer(1);
const scores = new Float32Array(2);
const value = (ids: Uint32Array): number => {
  buf.ids = ids as FeatureBuffer['ids'];
  buf.length = ids.length;
  p.score(buf, scores);
  return scores[1] - scores[0];
};
let seed = 12345;
const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
for (let epoch = 0; epoch < epochs; epoch++) {
  let right = 0;
  const order = instances.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const k of order) {
    const inst = instances[k];
    p.tick();
    let guess = 0;
    let bestScore = -Infinity;
    inst.feats.forEach((ids, c) => {
      const s = value(ids);
      if (s > bestScore) {
        bestScore = s;
        guess = c;
      }
    });
    if (guess === inst.truth) {
      right++;
      continue;
    }
    buf.ids = inst.feats[inst.truth] as FeatureBuffer['ids'];
    buf.length = buf.ids.length;
    p.update(1, 0, buf);
    buf.ids = inst.feats[guess] as FeatureBuffer['ids'];
    buf.length = buf.ids.length;
    p.update(0, 1, buf);
  }
  process.stderr.write(`epoch ${epoch + 1}: ${(right / instances.length).toFixed(4)} of boundaries right\n`);
}
p.average();
const best = (inst: Instance): number => {
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
};
const figures: Record<string, number> = {};
for (const [name, set] of [['train', instances], ['held-out', held]] as const) {
  if (!set.length) continue;
  const rule = set.filter((i) => i.rule === i.truth).length / set.length;
  const model = set.filter((i) => best(i) === i.truth).length / set.length;
  process.stderr.write(`${name}: boundaries right, rules ${rule.toFixed(4)}, model ${model.toFixed(4)}\n`);
  // The card records how often the chosen boundary is the gold one, the rules' and the model's.
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
      command: `node dist/scripts/train-quotes.js ${goldDir} ${outArg ?? ''} ${epochs}`.trim(),
    },
    labels: {},
    settings: {},
  },
  tables: { boundary: p },
}, { precision: 16, prune: 0.01 });
process.stderr.write(`wrote ${out} (${bytes} bytes)\n`);
