import { Perceptron } from '../ml/perceptron.js';
import { hashString } from '../ml/hash.js';
import { N_MOVES } from './parse-state.js';
import { Parser, altTagHash, type ParsedSentence, type TrainedParserModel } from './parser.js';
import { seededRandom, shuffle } from './random.js';
import { projectivize } from './projectivize.js';

/** Training the parser: the epochs of dynamic-oracle passes, and the labeller's candidate lists. */

/** Relations seen at least twice per (dependent tag, head tag, direction) in gold trees. */
function collectCandidates(sentences: ParsedSentence[], labelIndex: Map<string, number>): Map<string, number[]> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    s.heads.forEach((h, d) => {
      const key = `${s.tags[d]} ${h < 0 ? '<ROOT>' : s.tags[h]} ${h < 0 || d < h ? 'L' : 'R'}`;
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      const l = labelIndex.get(s.deprels[d])!;
      m.set(l, (m.get(l) ?? 0) + 1);
    });
  }
  const out = new Map<string, number[]>();
  for (const [key, m] of counts) {
    const list = [...m].filter(([, c]) => c >= 2).map(([l]) => l).sort((a, b) => a - b);
    if (list.length > 0) out.set(key, list);
  }
  return out;
}

export interface TrainParserOptions {
  epochs?: number;
  bits?: number;
  labelBits?: number;
  seed?: number;
  /** Share of training sentences parsed by following the model's own moves (after epoch 1). */
  explore?: number;
  /** Train on projective versions of the gold trees (non-projective arcs lifted; see projectivize). */
  projectivize?: boolean;
  /** The first epoch with error exploration (default 2). */
  exploreFrom?: number;
  /** Word classes to read (see ParserModel.clusters). */
  clusters?: Map<string, number>;
  /** Coarse classes of the word classes (see ParserModel.coarseClasses). */
  coarseClasses?: Int32Array;
  /** The sentences' tags are XPOS|UPOS (see ParserModel.withUpos). */
  withUpos?: boolean;
  /** Read the tagger's runner-up tags (the sentences' alts; ParserModel.readsAlts). */
  readsAlts?: boolean;
  log?: (line: string) => void;
  /** Called after each epoch with the model still in training (weights not yet averaged). */
  afterEpoch?: (epoch: number, model: TrainedParserModel) => void;
}

/** Trains a parser; sentences carry the tags it should learn to read (predicted ones are best). */
export function trainParser(sentences: ParsedSentence[], opts: TrainParserOptions = {}): TrainedParserModel {
  const epochs = opts.epochs ?? 10;
  const explore = opts.explore ?? 0.9;
  const exploreFrom = opts.exploreFrom ?? 2;
  const random = seededRandom(opts.seed ?? 1);
  const labels = [...new Set(sentences.flatMap((s) => s.deprels))].sort();
  const labelIndex = new Map(labels.map((l, k) => [l, k]));
  const model: TrainedParserModel = {
    labels,
    candidates: collectCandidates(sentences, labelIndex),
    moves: new Perceptron(N_MOVES, opts.bits ?? 20),
    labeller: new Perceptron(labels.length, opts.labelBits ?? 19),
    ...(opts.clusters ? { clusters: opts.clusters } : {}),
    ...(opts.coarseClasses ? { coarseClasses: opts.coarseClasses } : {}),
    ...(opts.withUpos ? { withUpos: true } : {}),
    ...(opts.readsAlts ? { readsAlts: true } : {}),
  };
  const parser = new Parser(model);
  const prepared = sentences.map((s) => ({
    s,
    gold: Int32Array.from(opts.projectivize ? projectivize(s.heads).heads : s.heads, (h) => (h < 0 ? s.forms.length : h)),
    labels: Int32Array.from(s.deprels, (l) => labelIndex.get(l)!),
    tags: Uint32Array.from(s.tags, (t) => hashString(t)),
    alts: opts.readsAlts && s.alts ? Int32Array.from(s.alts, (t) => altTagHash(t)) : undefined,
  }));
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(prepared, random);
    let correct = 0;
    let total = 0;
    for (const p of prepared) {
      // Error exploration from the second epoch on, on most sentences (Goldberg & Nivre 2012).
      correct += parser.trainSentence(p.s, p.gold, p.labels, p.tags, epoch >= exploreFrom && random() < explore, model.moves, model.labeller, p.alts);
      total += p.s.forms.length;
    }
    opts.log?.(`epoch ${epoch}: train UAS ${((100 * correct) / total).toFixed(2)}`);
    opts.afterEpoch?.(epoch, model);
  }
  model.moves.average();
  model.labeller.average();
  return model;
}
