import { Perceptron } from '../ml/perceptron.js';
import { FeatureBuffer } from '../ml/features.js';
import { fast1, fast3, hashString, templateKey } from '../ml/hash.js';
import type { ModelBundle, ModelCard } from '../ml/model-file.js';
import { CompactTable, type CompactBundle, type Scorer } from '../ml/compact.js';
import { foldWord } from './word-features.js';
import { ParseState, SHIFT, LEFT, RIGHT, N_MOVES } from './parse-state.js';
import { LABELS, LEFT_DIR, MOVES, NONE, RIGHT_DIR, labelValues, moveValues, type SentenceHashes } from './parser-features.js';
import { seededRandom, shuffle } from './random.js';
import { FormTable, type FormIds } from '../text/vocab.js';

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

const ROOT_WORD = hashString('<root>');
const ROOT_TAG = hashString('<ROOT>');
/** The key of the candidate-label lookup (not a model feature). */
const CANDIDATE_KEY = templateKey(90);
/** Distinct forms whose hashes are kept (the cache is cleared when full). */
const FORM_CACHE_LIMIT = 100_000;

export class Parser {
  readonly model: ParserModel;
  readonly state = new ParseState();
  private readonly hashes: SentenceHashes;
  /** Per form: [folded word hash, its last three letters' hash]. */
  private readonly forms = new Map<string, [number, number]>();
  private readonly byId = new FormTable<[number, number]>();
  private readonly moveSlots = MOVES.values();
  private readonly labelSlots = LABELS.values();
  private readonly features = new FeatureBuffer(MOVES.size);
  private readonly labelFeatures = new FeatureBuffer(LABELS.size);
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
    const size = 64;
    this.hashes = {
      words: new Int32Array(size),
      tags: new Int32Array(size),
      wordTags: new Int32Array(size),
      suffixes: new Int32Array(size),
      labelHash: Int32Array.from(model.labels, (l) => hashString(l)),
    };
    this.labelScores = new Float32Array(model.labels.length);
  }

  /** Loads a sentence's word and tag hashes (tag hashes are hashString of the tag). */
  private load(forms: ArrayLike<string>, tagHashes: ArrayLike<number>, n: number, formIds?: FormIds, offset = 0): void {
    const h = this.hashes;
    if (n + 1 > h.words.length) {
      const size = (n + 1) * 2;
      h.words = new Int32Array(size);
      h.tags = new Int32Array(size);
      h.suffixes = new Int32Array(size);
      h.wordTags = new Int32Array(size);
    }
    if (formIds) this.byId.use(formIds.generation);
    for (let i = 0; i < n; i++) {
      let e: [number, number] | undefined;
      if (formIds) {
        const id = formIds.ids[offset + i];
        e = this.byId.get(id);
        if (e === undefined) this.byId.set(id, (e = formHashesOf(forms[i])));
      } else e = this.formHashes(forms[i]);
      const [word, suffix] = e;
      h.words[i] = word;
      h.suffixes[i] = suffix;
      h.tags[i] = tagHashes[i];
      h.wordTags[i] = fast1(word, tagHashes[i]);
    }
    h.words[n] = ROOT_WORD;
    h.tags[n] = ROOT_TAG;
    h.suffixes[n] = ROOT_WORD;
    h.wordTags[n] = fast1(ROOT_WORD, ROOT_TAG);
    this.state.reset(n);
  }

  /** The folded word's hash and its suffix's, computed once per distinct form. */
  private formHashes(form: string): [number, number] {
    let e = this.forms.get(form);
    if (e === undefined) {
      e = formHashesOf(form);
      if (this.forms.size >= FORM_CACHE_LIMIT) this.forms.clear();
      this.forms.set(form, e);
    }
    return e;
  }

  /**
   * Parses one sentence. Writes heads (word index, -1 for root) and label indices into
   * the output arrays.
   */
  parseInto(forms: ArrayLike<string>, tagHashes: ArrayLike<number>, n: number, heads: Int32Array, labels: Int32Array, formIds?: FormIds, offset = 0): void {
    this.load(forms, tagHashes, n, formIds, offset);
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
    const tags = this.hashes.tags;
    const list = this.candidateLists.get(candidateKey(d < 0 ? NONE : tags[d], h < 0 ? NONE : tags[h], d < h ? LEFT_DIR : RIGHT_DIR));
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

  /** The transition features of the current state. */
  private extract(): void {
    moveValues(this.state, this.hashes, this.moveSlots);
    MOVES.fill(this.moveSlots, this.features);
  }

  /** Features naming the relation of the arc h -> d. */
  private extractLabel(d: number, h: number): void {
    labelValues(this.state, this.hashes, d, h, this.labelSlots);
    LABELS.fill(this.labelSlots, this.labelFeatures);
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

/** A form's folded word hash and its last three letters' hash. */
function formHashesOf(form: string): [number, number] {
  const lower = foldWord(form);
  return [hashString(lower) | 0, hashString(lower.slice(-3)) | 0];
}

function candidateKey(dt: number, ht: number, dir: number): number {
  return fast3(CANDIDATE_KEY, dt, ht, dir);
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
