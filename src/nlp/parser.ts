import { Perceptron } from '../ml/perceptron.js';
import type { FeatureBuffer } from '../ml/features.js';
import { fast3, hashString, templateKey } from '../ml/hash.js';
import type { ModelBundle, ModelCard } from '../ml/model-file.js';
import { CompactTable, type CompactBundle, type Scorer } from '../ml/compact.js';
import { foldWord } from './word-features.js';
import { ParseState, SHIFT, LEFT, RIGHT, N_MOVES } from './parse-state.js';
import { FormCache, type FormIds } from '../text/vocab.js';
import { clustersFromLines, clustersToLines, coarseClassHash, wordClassHash } from './word-clusters.js';
import { ParserFeatures, type FormHashes } from './parser-features.js';

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
  /**
   * Tags the parser sees, as parserTag() makes them (XPOS, or XPOS|UPOS); at training
   * time ideally predicted ones.
   */
  tags: string[];
  /** Gold heads, -1 for the root. */
  heads: number[];
  deprels: string[];
  /** The tagger's close runner-up Penn tag per word ('' for none), for models reading it. */
  alts?: string[];
}

export { altTagHash } from './parser-features.js';

export interface ParserModel {
  labels: string[];
  /**
   * The relations seen for each (dependent tag, head tag, direction), as
   * "DEPTAG HEADTAG L|R" -> label indices; the labeller scores only those.
   */
  candidates: Map<string, number[]>;
  moves: Scorer;
  labeller: Scorer;
  /**
   * Distributional word classes (folded form -> class number), learnt from raw text, so
   * the lexical features have a back-off for words seen rarely in the treebank.
   */
  clusters?: Map<string, number>;
  /**
   * The coarse class of each word class (fine class number -> coarse number), for models
   * reading word classes at two granularities.
   */
  coarseClasses?: Int32Array;
  /**
   * Whether the parser reads the Penn tag alone or the Penn tag with the universal one
   * ("IN|SCONJ" vs "IN|ADP", "VBZ|AUX" vs "VBZ|VERB"): the universal tag splits Penn tags
   * whose words take different relations (mark or case, aux or root).
   */
  withUpos?: boolean;
  /**
   * Whether the parser also reads the tagger's close runner-up Penn tags (ParsedSentence
   * alts, Doc xposAlt), which tell it where a tag may be wrong.
   */
  readsAlts?: boolean;
}

/** The tag string a parser model reads for a token. */
export function parserTag(model: Pick<ParserModel, 'withUpos'>, xpos: string, upos: string): string {
  return model.withUpos ? `${xpos}|${upos}` : xpos;
}

/** A parser model fresh from training, whose tables can still be written to a file. */
export interface TrainedParserModel extends ParserModel {
  moves: Perceptron;
  labeller: Perceptron;
}

const CANDIDATES = templateKey(90);
const LEFT_DIR = 1;
const RIGHT_DIR = 2;

export class Parser {
  readonly model: ParserModel;
  readonly state = new ParseState();
  /** The feature templates and the sentence's per-token hashes they read. */
  private readonly feats: ParserFeatures;
  private readonly moveFeatures: FeatureBuffer;
  private readonly labelFeatures: FeatureBuffer;
  private readonly moveScores = new Float32Array(N_MOVES);
  private readonly labelScores: Float32Array;

  /** Word, suffix and class hashes per form: news vocabulary is Zipfian, so most tokens skip the string work. */
  private readonly forms = new FormCache<FormHashes>((form) => this.formHashes(form));

  /** Candidate label lists keyed by candidateKey(dep tag hash, head tag hash, direction). */
  private readonly candidateLists = new Map<number, Int32Array>();

  constructor(model: ParserModel) {
    this.model = model;
    for (const [key, list] of model.candidates) {
      const [dt, ht, dir] = key.split(' ');
      this.candidateLists.set(candidateKey(hashString(dt), hashString(ht), dir === 'L' ? LEFT_DIR : RIGHT_DIR), Int32Array.from(list));
    }
    this.labelScores = new Float32Array(model.labels.length);
    this.feats = new ParserFeatures(this.state, Int32Array.from(model.labels, (l) => hashString(l)), model.readsAlts === true);
    this.moveFeatures = this.feats.moveFeatures;
    this.labelFeatures = this.feats.labelFeatures;
  }

  /** Loads a sentence's word and tag hashes (tag hashes are hashString of the tag). */
  private load(forms: ArrayLike<string>, tagHashes: ArrayLike<number>, n: number, formIds?: FormIds, offset = 0, alts?: ArrayLike<number>): void {
    if (formIds) this.forms.use(formIds.generation);
    this.feats.load(forms, tagHashes, n, (i) => this.forms.get(forms[i], formIds ? formIds.ids[offset + i] : -1), alts);
    this.state.reset(n);
  }

  /** A form's folded word hash, its suffix's and its word class's (signed: no heap numbers). */
  private formHashes(form: string): FormHashes {
    const lower = foldWord(form);
    const cls = wordClassHash(this.model.clusters, lower);
    const coarse = this.model.coarseClasses ? coarseClassHash(this.model.clusters, this.model.coarseClasses, lower) : cls;
    return { word: hashString(lower) | 0, suffix: hashString(lower.slice(-3)) | 0, cls, coarse };
  }

  /**
   * Parses one sentence. Writes heads (word index, -1 for root) and label indices into
   * the output arrays. `formIds` (from the Doc, the sentence starting at `offset`) saves
   * looking the forms up; `alts` are the runner-up tags' altTagHash (for models that read them).
   */
  parseInto(forms: ArrayLike<string>, tagHashes: ArrayLike<number>, n: number, heads: Int32Array, labels: Int32Array, formIds?: FormIds, offset = 0, alts?: ArrayLike<number>): void {
    this.load(forms, tagHashes, n, formIds, offset, alts);
    const st = this.state;
    const moves = this.model.moves;
    while (!st.done) {
      let move: number;
      // Where only one move is valid (empty stack; buffer down to the root) there is nothing to score.
      if (st.sp === 0) move = SHIFT;
      else if (st.b === st.n) move = st.sp === 1 ? LEFT : RIGHT;
      else {
        this.feats.extractMoves();
        moves.score(this.moveFeatures, this.moveScores);
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
    const list = this.candidateLists.get(candidateKey(this.feats.tagOf(d), this.feats.tagOf(h), d < h ? LEFT_DIR : RIGHT_DIR));
    if (list !== undefined && list.length === 1 && !training) return list[0];
    this.feats.extractLabel(d, h);
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

  /** One training pass over a sentence with the dynamic oracle; returns correct heads. */
  trainSentence(s: ParsedSentence, gold: Int32Array, goldLabels: Int32Array, tagHashes: Uint32Array, explore: boolean, moves: Perceptron, labeller: Perceptron, alts?: Int32Array): number {
    const n = s.forms.length;
    this.load(s.forms, tagHashes, n, undefined, 0, alts);
    const st = this.state;
    const costs = new Int32Array(N_MOVES);
    while (!st.done) {
      this.feats.extractMoves();
      moves.tick();
      moves.score(this.moveFeatures, this.moveScores);
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
      if (costs[guess] > minCost) moves.update(best, guess, this.moveFeatures);
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
  return fast3(CANDIDATES, dt, ht, dir);
}

export function parserToBundle(model: TrainedParserModel, card: ModelCard): ModelBundle {
  return {
    header: {
      kind: 'parser',
      card,
      labels: {
        deprels: model.labels,
        candidates: [...model.candidates].map(([k, list]) => `${k}\t${list.join(',')}`),
        ...(model.clusters ? { clusters: clustersToLines(model.clusters) } : {}),
        ...(model.coarseClasses ? { coarseClasses: Array.from(model.coarseClasses, String) } : {}),
      },
      settings: { system: 'arc-hybrid', ...(model.withUpos ? { tags: 'xpos|upos' } : {}), ...(model.readsAlts ? { alts: 'runner-up' } : {}) },
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
  const clusterLines = bundle.header.labels.clusters;
  const clusters = clusterLines ? clustersFromLines(clusterLines) : undefined;
  const coarseLines = bundle.header.labels.coarseClasses;
  return { labels: bundle.header.labels.deprels, candidates, moves: bundle.tables.moves, labeller: bundle.tables.labeller, ...(clusters ? { clusters } : {}), ...(coarseLines ? { coarseClasses: Int32Array.from(coarseLines, Number) } : {}), ...(bundle.header.settings.tags === 'xpos|upos' ? { withUpos: true } : {}), ...(bundle.header.settings.alts === 'runner-up' ? { readsAlts: true } : {}) };
}
