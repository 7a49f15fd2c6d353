import { Perceptron } from '../ml/perceptron.js';
import { FeatureBuffer } from '../ml/features.js';
import { fast1, fast2, fast3, hashString, templateKey } from '../ml/hash.js';
import type { ModelBundle, ModelCard } from '../ml/model-file.js';
import { CompactTable, type CompactBundle, type Scorer } from '../ml/compact.js';
import { foldWord } from './word-features.js';
import { ParseState, SHIFT, LEFT, RIGHT, N_MOVES } from './parse-state.js';
import { seededRandom, shuffle } from './random.js';

/**
 * The dependency parser: greedy arc-hybrid transitions scored by an averaged perceptron
 * with three classes (SHIFT, LEFT, RIGHT), trained with the dynamic oracle and error
 * exploration (Goldberg & Nivre 2012, 2013). A second perceptron names the relation of
 * each arc when it is made; by then the dependent has all its children, so the labeller
 * sees its whole subtree's edges. Keeping the transition table at three classes makes
 * parsing cheap: about twice the word count in three-way decisions.
 */

export interface ParsedSentence {
  forms: string[];
  /** Tags the parser sees (XPOS); at training time ideally predicted ones. */
  tags: string[];
  /** Gold heads, -1 for the root. */
  heads: number[];
  deprels: string[];
}

export interface ParserModel {
  labels: string[];
  /**
   * The relations seen for each (dependent tag, head tag, direction), as
   * "DEPTAG HEADTAG L|R" -> label indices; the labeller scores only those.
   */
  candidates: Map<string, number[]>;
  moves: Scorer;
  labeller: Scorer;
}

/** A parser model fresh from training, whose tables can still be written to a file. */
export interface TrainedParserModel extends ParserModel {
  moves: Perceptron;
  labeller: Perceptron;
}

const NONE = hashString('<none>');
const ROOT_WORD = hashString('<root>');
const ROOT_TAG = hashString('<ROOT>');
/** Per-template keys of the cheap feature mix. */
const K = Uint32Array.from({ length: 100 }, (_, k) => templateKey(k));
const L = Uint32Array.from({ length: 40 }, (_, k) => templateKey(1000 + k));
const LEFT_DIR = 1;
const RIGHT_DIR = 2;

export class Parser {
  readonly model: ParserModel;
  readonly state = new ParseState();
  private words = new Uint32Array(64);
  private tags = new Uint32Array(64);
  /** Last three letters, so the parser can second-guess a wrong tag. */
  private suffixes = new Uint32Array(64);
  /** Word and tag together, mixed once per token. */
  private wordTags = new Uint32Array(64);
  private readonly labelHash: Uint32Array;
  private readonly features = new FeatureBuffer(128);
  private readonly labelFeatures = new FeatureBuffer(64);
  private readonly moveScores = new Float32Array(N_MOVES);
  private readonly labelScores: Float32Array;

  /** Candidate label lists keyed by candidateKey(dep tag hash, head tag hash, direction). */
  private readonly candidateLists = new Map<number, Int32Array>();

  constructor(model: ParserModel) {
    this.model = model;
    for (const [key, list] of model.candidates) {
      const [dt, ht, dir] = key.split(' ');
      this.candidateLists.set(candidateKey(hashString(dt), hashString(ht), dir === 'L' ? LEFT_DIR : RIGHT_DIR), Int32Array.from(list));
    }
    this.labelHash = Uint32Array.from(model.labels, (l) => hashString(l));
    this.labelScores = new Float32Array(model.labels.length);
  }

  /** Loads a sentence's word and tag hashes (tag hashes are hashString of the tag). */
  private load(forms: ArrayLike<string>, tagHashes: ArrayLike<number>, n: number): void {
    if (n + 1 > this.words.length) {
      this.words = new Uint32Array((n + 1) * 2);
      this.tags = new Uint32Array((n + 1) * 2);
      this.suffixes = new Uint32Array((n + 1) * 2);
      this.wordTags = new Uint32Array((n + 1) * 2);
    }
    for (let i = 0; i < n; i++) {
      const lower = foldWord(forms[i]);
      this.words[i] = hashString(lower);
      this.suffixes[i] = hashString(lower.slice(-3));
      this.tags[i] = tagHashes[i];
      this.wordTags[i] = fast1(this.words[i], tagHashes[i]);
    }
    this.words[n] = ROOT_WORD;
    this.tags[n] = ROOT_TAG;
    this.suffixes[n] = ROOT_WORD;
    this.wordTags[n] = fast1(ROOT_WORD, ROOT_TAG);
    this.state.reset(n);
  }

  /**
   * Parses one sentence. Writes heads (word index, -1 for root) and label indices into
   * the output arrays.
   */
  parseInto(forms: ArrayLike<string>, tagHashes: ArrayLike<number>, n: number, heads: Int32Array, labels: Int32Array): void {
    this.load(forms, tagHashes, n);
    const st = this.state;
    const moves = this.model.moves;
    while (!st.done) {
      let move: number;
      // Where only one move is valid (empty stack; buffer down to the root) there is nothing to score.
      if (st.sp === 0) move = SHIFT;
      else if (st.b === st.n) move = st.sp === 1 ? LEFT : RIGHT;
      else {
        this.extract();
        moves.score(this.features, this.moveScores);
        move = this.bestValid();
      }
      const d = st.apply(move);
      if (d >= 0) st.labels[d] = this.predictLabel(d, st.heads[d]);
    }
    for (let i = 0; i < n; i++) {
      heads[i] = st.heads[i] === n ? -1 : st.heads[i];
      labels[i] = st.labels[i];
    }
  }

  /** Convenience form over strings. */
  parse(forms: string[], tags: string[]): { heads: number[]; deprels: string[] } {
    const n = forms.length;
    const h = new Int32Array(n);
    const l = new Int32Array(n);
    this.parseInto(forms, Uint32Array.from(tags, (t) => hashString(t)), n, h, l);
    return { heads: Array.from(h), deprels: Array.from(l, (k) => this.model.labels[k]) };
  }

  private bestValid(): number {
    const st = this.state;
    let best = -1;
    let bestScore = -Infinity;
    for (let m = 0; m < N_MOVES; m++) {
      if (st.valid(m) && this.moveScores[m] > bestScore) {
        bestScore = this.moveScores[m];
        best = m;
      }
    }
    return best;
  }

  /** The label of the arc h -> d; `training` keeps the features even when there is no choice. */
  private predictLabel(d: number, h: number, training = false): number {
    const list = this.candidateLists.get(candidateKey(this.t(d), this.t(h), d < h ? LEFT_DIR : RIGHT_DIR));
    if (list !== undefined && list.length === 1 && !training) return list[0];
    this.extractLabel(d, h);
    const labeller = this.model.labeller;
    if (list === undefined) {
      labeller.score(this.labelFeatures, this.labelScores);
      return Perceptron.argmax(this.labelScores, labeller.nClasses);
    }
    if (list.length === 1) return list[0];
    if (labeller instanceof CompactTable) labeller.scoreClasses(this.labelFeatures, list, list.length, this.labelScores);
    else labeller.score(this.labelFeatures, this.labelScores);
    let best = list[0];
    for (let k = 1; k < list.length; k++) if (this.labelScores[list[k]] > this.labelScores[best]) best = list[k];
    return best;
  }

  private w(x: number): number {
    return x < 0 ? NONE : this.words[x];
  }
  private t(x: number): number {
    return x < 0 ? NONE : this.tags[x];
  }
  private l(x: number): number {
    if (x < 0) return NONE;
    const k = this.state.labels[x];
    return k < 0 ? NONE : this.labelHash[k];
  }

  /**
   * The transition features: the core of Zhang & Nivre (2011) for arc-hybrid positions,
   * cut to the ~50 templates that carry the most (each template is one random table
   * read per move, the parser's main cost). Ids use the one-multiply mix over per-token
   * hashes computed once per sentence in load().
   */
  private extract(): void {
    const st = this.state;
    const f = this.features;
    // Written straight into the id array (its capacity, 128, exceeds the template count).
    const ids = f.ids;
    let n = 0;
    const W = this.words, T = this.tags, WT = this.wordTags, X = this.suffixes;
    const s0 = st.s(0);
    const s1 = st.s(1);
    const s2 = st.s(2);
    const b0 = st.b;
    const b1 = b0 + 1 <= st.n ? b0 + 1 : -1;
    const b2 = b0 + 2 <= st.n ? b0 + 2 : -1;
    const s0w = s0 >= 0 ? W[s0] : NONE, s0t = s0 >= 0 ? T[s0] : NONE, s0wt = s0 >= 0 ? WT[s0] : NONE;
    const s1w = s1 >= 0 ? W[s1] : NONE, s1t = s1 >= 0 ? T[s1] : NONE, s1wt = s1 >= 0 ? WT[s1] : NONE;
    const b0w = W[b0], b0t = T[b0], b0wt = WT[b0];
    const b1w = b1 >= 0 ? W[b1] : NONE, b1t = b1 >= 0 ? T[b1] : NONE;
    const b2t = b2 >= 0 ? T[b2] : NONE, s2t = s2 >= 0 ? T[s2] : NONE;
    const s0lc1 = s0 >= 0 ? st.lc1[s0] : -1, s0lc2 = s0 >= 0 ? st.lc2[s0] : -1;
    const s0rc1 = s0 >= 0 ? st.rc1[s0] : -1, s0rc2 = s0 >= 0 ? st.rc2[s0] : -1;
    const b0lc1 = st.lc1[b0], b0lc2 = st.lc2[b0];
    const s1rc1 = s1 >= 0 ? st.rc1[s1] : -1, s1lc1 = s1 >= 0 ? st.lc1[s1] : -1;
    const s0lc1t = this.t(s0lc1), s0rc1t = this.t(s0rc1), b0lc1t = this.t(b0lc1);
    const s0lc1l = this.l(s0lc1), s0rc1l = this.l(s0rc1), b0lc1l = this.l(b0lc1);
    const d1 = s0 >= 0 ? Math.min(b0 - s0, 10) : 0;
    const d2 = s1 >= 0 ? Math.min(s0 - s1, 10) : 0;
    const s0nl = s0 >= 0 ? st.nLeft[s0] : 0, s0nr = s0 >= 0 ? st.nRight[s0] : 0, b0nl = st.nLeft[b0];
    const s0x = s0 >= 0 ? X[s0] : NONE, b0x = X[b0];

    ids[n++] = fast1(K[0], 0);
    ids[n++] = fast1(K[1], s0w);
    ids[n++] = fast1(K[2], s0t);
    ids[n++] = fast1(K[3], s0wt);
    ids[n++] = fast1(K[4], b0w);
    ids[n++] = fast1(K[5], b0t);
    ids[n++] = fast1(K[6], b0wt);
    ids[n++] = fast1(K[7], b1w);
    ids[n++] = fast1(K[8], b1t);
    ids[n++] = fast1(K[10], b2t);
    ids[n++] = fast1(K[12], s1w);
    ids[n++] = fast1(K[13], s1t);
    ids[n++] = fast1(K[14], s1wt);
    ids[n++] = fast1(K[15], s2t);
    // pairs of stack top and buffer front
    ids[n++] = fast2(K[17], s0wt, b0wt);
    ids[n++] = fast2(K[18], s0wt, b0w);
    ids[n++] = fast2(K[19], s0w, b0wt);
    ids[n++] = fast2(K[20], s0wt, b0t);
    ids[n++] = fast2(K[21], s0t, b0wt);
    ids[n++] = fast2(K[22], s0w, b0w);
    ids[n++] = fast2(K[23], s0t, b0t);
    ids[n++] = fast2(K[24], b0t, b1t);
    // pairs of the two stack tops (RIGHT joins them)
    ids[n++] = fast2(K[26], s1t, s0t);
    ids[n++] = fast2(K[27], s1w, s0w);
    ids[n++] = fast2(K[25], s1wt, s0wt);
    // tag trigrams
    ids[n++] = fast3(K[30], b0t, b1t, b2t);
    ids[n++] = fast3(K[31], s0t, b0t, b1t);
    ids[n++] = fast3(K[32], s1t, s0t, b0t);
    ids[n++] = fast3(K[34], s0t, s0lc1t, b0t);
    ids[n++] = fast3(K[35], s0t, s0rc1t, b0t);
    ids[n++] = fast3(K[36], s0t, b0t, b0lc1t);
    ids[n++] = fast3(K[38], s1t, this.t(s1rc1), s0t);
    ids[n++] = fast3(K[33], s2t, s1t, s0t);
    ids[n++] = fast3(K[37], s1t, s0t, s0lc1t);
    ids[n++] = fast3(K[78], s1t, s0t, b1t);
    // distance
    ids[n++] = fast2(K[43], s0t, d1);
    ids[n++] = fast2(K[45], b0t, d1);
    ids[n++] = fast3(K[46], s0t, b0t, d1);
    ids[n++] = fast3(K[47], s1t, s0t, d2);
    // valency
    ids[n++] = fast2(K[50], s0w, s0nr);
    ids[n++] = fast2(K[51], s0t, s0nr);
    ids[n++] = fast2(K[53], s0t, s0nl);
    ids[n++] = fast2(K[54], b0w, b0nl);
    ids[n++] = fast2(K[55], b0t, b0nl);
    ids[n++] = fast2(K[56], s1t, s1 >= 0 ? st.nRight[s1] : 0);
    ids[n++] = fast2(K[57], s1t, s1 >= 0 ? st.nLeft[s1] : 0);
    // children
    ids[n++] = fast1(K[59], s0lc1t);
    ids[n++] = fast1(K[60], s0lc1l);
    ids[n++] = fast1(K[62], s0rc1t);
    ids[n++] = fast1(K[63], s0rc1l);
    ids[n++] = fast1(K[65], b0lc1t);
    ids[n++] = fast1(K[66], b0lc1l);
    ids[n++] = fast2(K[67], this.t(s0lc2), this.l(s0lc2));
    ids[n++] = fast2(K[68], this.t(s0rc2), this.l(s0rc2));
    ids[n++] = fast2(K[70], this.t(s1lc1), this.l(s1lc1));
    ids[n++] = fast2(K[71], this.t(s1rc1), this.l(s1rc1));
    // label sets
    ids[n++] = fast3(K[73], s0t, s0lc1l, this.l(s0lc2));
    ids[n++] = fast3(K[74], s0t, s0rc1l, this.l(s0rc2));
    ids[n++] = fast3(K[75], b0t, b0lc1l, this.l(b0lc2));
    // suffixes
    ids[n++] = fast1(K[80], s0x);
    ids[n++] = fast1(K[81], b0x);
    ids[n++] = fast2(K[84], s0t, b0x);
    f.length = n;
  }

  /** Features naming the relation of the arc h -> d. */
  private extractLabel(d: number, h: number): void {
    const st = this.state;
    const f = this.labelFeatures;
    // Written straight into the id array (its capacity, 128, exceeds the template count).
    const ids = f.ids;
    let n = 0;
    const dw = this.w(d), dt = this.t(d), hw = this.w(h), ht = this.t(h);
    const dir = d < h ? LEFT_DIR : RIGHT_DIR;
    const dist = Math.min(Math.abs(h - d), 8);
    const lc1 = st.lc1[d], lc2 = st.lc2[d], rc1 = st.rc1[d];
    const hlc1 = st.lc1[h], hrc1 = st.rc1[h];
    ids[n++] = fast1(L[0], 0);
    ids[n++] = fast1(L[1], dw);
    ids[n++] = fast1(L[2], dt);
    ids[n++] = fast2(L[3], dw, dt);
    ids[n++] = fast1(L[4], hw);
    ids[n++] = fast1(L[5], ht);
    ids[n++] = fast2(L[6], hw, ht);
    ids[n++] = fast3(L[7], dt, ht, dir);
    ids[n++] = fast3(L[8], dw, ht, dir);
    ids[n++] = fast3(L[9], dt, hw, dir);
    ids[n++] = fast2(L[10], dw, hw);
    ids[n++] = fast3(L[11], dt, ht, dist * 4 + dir);
    ids[n++] = fast2(L[12], this.l(lc1), dt);
    ids[n++] = fast2(L[13], this.l(rc1), dt);
    ids[n++] = fast3(L[14], dt, st.nLeft[d], st.nRight[d]);
    ids[n++] = fast2(L[15], this.t(lc1), dt);
    ids[n++] = fast2(L[16], this.t(rc1), dt);
    ids[n++] = fast2(L[17], this.w(lc1), dt);
    ids[n++] = fast2(L[18], this.w(lc2), dt);
    ids[n++] = fast3(L[19], this.l(hlc1), ht, dir);
    ids[n++] = fast3(L[20], this.l(hrc1), ht, dir);
    ids[n++] = fast3(L[21], this.t(d - 1), dt, dir);
    ids[n++] = fast3(L[22], dt, d + 1 < st.n ? this.tags[d + 1] : NONE, dir);
    ids[n++] = fast3(L[23], dt, ht, this.w(lc1));
    ids[n++] = fast3(L[24], dt, ht, this.l(lc1));
    ids[n++] = fast3(L[25], dt, ht, this.l(rc1));
    ids[n++] = fast3(L[26], dw, hw, dir);
    ids[n++] = fast3(L[27], dt, this.l(lc1), this.l(lc2));
    ids[n++] = fast3(L[28], dt, ht, this.l(hlc1));
    f.length = n;
  }

  /** One training pass over a sentence with the dynamic oracle; returns correct heads. */
  trainSentence(s: ParsedSentence, gold: Int32Array, goldLabels: Int32Array, tagHashes: Uint32Array, explore: boolean, moves: Perceptron, labeller: Perceptron): number {
    const n = s.forms.length;
    this.load(s.forms, tagHashes, n);
    const st = this.state;
    const costs = new Int32Array(N_MOVES);
    while (!st.done) {
      this.extract();
      moves.tick();
      moves.score(this.features, this.moveScores);
      let minCost = Infinity;
      for (let m = 0; m < N_MOVES; m++) {
        costs[m] = st.valid(m) ? st.cost(m, gold) : 1 << 30;
        if (costs[m] < minCost) minCost = costs[m];
      }
      const guess = this.bestValid();
      let best = -1;
      let bestScore = -Infinity;
      for (let m = 0; m < N_MOVES; m++) {
        if (costs[m] === minCost && this.moveScores[m] > bestScore) {
          bestScore = this.moveScores[m];
          best = m;
        }
      }
      if (costs[guess] > minCost) moves.update(best, guess, this.features);
      const d = st.apply(explore ? guess : best);
      if (d >= 0) {
        const h = st.heads[d];
        labeller.tick();
        const label = this.predictLabel(d, h, true);
        if (h === gold[d]) labeller.update(goldLabels[d], label, this.labelFeatures);
        st.labels[d] = label;
      }
    }
    let correct = 0;
    for (let i = 0; i < n; i++) if (st.heads[i] === gold[i]) correct++;
    return correct;
  }
}

function candidateKey(dt: number, ht: number, dir: number): number {
  return fast3(K[90], dt, ht, dir);
}

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
  log?: (line: string) => void;
}

/** Trains a parser; sentences carry the tags it should learn to read (predicted ones are best). */
export function trainParser(sentences: ParsedSentence[], opts: TrainParserOptions = {}): TrainedParserModel {
  const epochs = opts.epochs ?? 10;
  const explore = opts.explore ?? 0.9;
  const random = seededRandom(opts.seed ?? 1);
  const labels = [...new Set(sentences.flatMap((s) => s.deprels))].sort();
  const labelIndex = new Map(labels.map((l, k) => [l, k]));
  const model: TrainedParserModel = {
    labels,
    candidates: collectCandidates(sentences, labelIndex),
    moves: new Perceptron(N_MOVES, opts.bits ?? 20),
    labeller: new Perceptron(labels.length, opts.labelBits ?? 19),
  };
  const parser = new Parser(model);
  const prepared = sentences.map((s) => ({
    s,
    gold: Int32Array.from(s.heads, (h) => (h < 0 ? s.forms.length : h)),
    labels: Int32Array.from(s.deprels, (l) => labelIndex.get(l)!),
    tags: Uint32Array.from(s.tags, (t) => hashString(t)),
  }));
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(prepared, random);
    let correct = 0;
    let total = 0;
    for (const p of prepared) {
      // Error exploration from the second epoch on, on most sentences (Goldberg & Nivre 2012).
      correct += parser.trainSentence(p.s, p.gold, p.labels, p.tags, epoch > 1 && random() < explore, model.moves, model.labeller);
      total += p.s.forms.length;
    }
    opts.log?.(`epoch ${epoch}: train UAS ${((100 * correct) / total).toFixed(2)}`);
  }
  model.moves.average();
  model.labeller.average();
  return model;
}

export function parserToBundle(model: TrainedParserModel, card: ModelCard): ModelBundle {
  return {
    header: {
      kind: 'parser',
      card,
      labels: { deprels: model.labels, candidates: [...model.candidates].map(([k, list]) => `${k}\t${list.join(',')}`) },
      settings: { system: 'arc-hybrid' },
    },
    tables: { moves: model.moves, labeller: model.labeller },
  };
}

export function parserFromBundle(bundle: ModelBundle | CompactBundle): ParserModel {
  if (bundle.header.kind !== 'parser') throw new Error(`expected a parser model, found kind ${bundle.header.kind}`);
  const candidates = new Map<string, number[]>();
  for (const line of bundle.header.labels.candidates ?? []) {
    const [key, list] = line.split('\t');
    candidates.set(key, list.split(',').map(Number));
  }
  return { labels: bundle.header.labels.deprels, candidates, moves: bundle.tables.moves, labeller: bundle.tables.labeller };
}
