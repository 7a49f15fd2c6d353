import { FeatureBuffer } from '../ml/features.js';
import { feat1, feat2, feat3 } from '../ml/hash.js';
import { Perceptron } from '../ml/perceptron.js';
import type { ModelBundle, ModelCard } from '../ml/model-file.js';
import { CompactTable, type CompactBundle, type Scorer } from '../ml/compact.js';
import { BILOU_CLASSES, N_CLASSES, prefixOf, typeOf, validTransition } from './entity-tags.js';
import { GAZ_CLASSES, TokenAttributes, type NerInput } from './ner-features.js';

/**
 * The named-entity tagger: an averaged perceptron over hashed features, decoding each
 * sentence greedily left to right in BILOU over PER, ORG, LOC and MISC, with only valid
 * transitions allowed. Besides the word and its neighbours, it reads word shape,
 * capitalisation, gazetteer matches, and two kinds of document-level evidence: how the
 * word is written elsewhere in the document, and which entity type the tagger gave the
 * same word earlier in it (so "Lavrov" keeps the type "Sergei Lavrov" got).
 */

export const NER_KIND = 'ner-bilou';
const DEFAULT_BITS = 20;

/** VALID[(prev + 1) * N + cur]: 1 when class cur may follow class prev (-1 at a sentence start). */
const VALID = new Uint8Array((N_CLASSES + 1) * N_CLASSES);
for (let p = -1; p < N_CLASSES; p++) for (let c = 0; c < N_CLASSES; c++) VALID[(p + 1) * N_CLASSES + c] = validTransition(p, c) ? 1 : 0;
/** OPEN[c]: 1 for B- and I- classes, which cannot end a sentence. */
const OPEN = Uint8Array.from({ length: N_CLASSES }, (_, c) => (prefixOf(c) === 1 || prefixOf(c) === 2 ? 1 : 0));
/**
 * The classes that may follow each previous class (index prev + 1), in class order, and
 * those that may also end a sentence: the beam walks these lists (about 7 of the 17
 * classes after an O) instead of testing every class.
 */
const FOLLOWERS = Array.from({ length: N_CLASSES + 1 }, (_, p) => Int8Array.from({ length: N_CLASSES }, (_, c) => c).filter((c) => VALID[p * N_CLASSES + c] === 1));
const FINAL_FOLLOWERS = FOLLOWERS.map((list) => list.filter((c) => OPEN[c] === 0));

// Feature templates: each one's id is mixed into the hash of its values.
const enum T {
  Bias, Low, Word, Shape, Pre2, Pre3, Suf2, Suf3, Suf4, LowM1, LowM2, LowP1, LowP2, ShapeM1, ShapeP1, Shape3,
  BigramM, BigramP, Prev, Prev2, PrevLow, PrevShape, InitShape, CapDoc, Gaz, GazM1, GazP1, History, HistoryM1, HistoryP1,
  HeadShape, LowM1Shape, ShapeLowP1, CapRun, GazShape, LowHead, SufM1, PrevInit,
}

export class NerTagger {
  /** A Perceptron while training (and right after); a CompactTable when loaded from a file. */
  readonly model: Scorer;
  private readonly attrs = new TokenAttributes();
  private readonly fb = new FeatureBuffer(96);
  private readonly dfb = new FeatureBuffer(8);
  private readonly scores = new Float32Array(N_CLASSES);
  private readonly dynScores = new Float32Array(N_CLASSES);
  private back = new Int32Array(0);
  private tags = new Uint8Array(0);
  private beamScore = new Float64Array(0);
  private beamPrev = new Int32Array(0);
  private beamPrev2 = new Int32Array(0);
  private candScore = new Float64Array(0);
  private candItem = new Int32Array(0);
  private candClass = new Int32Array(0);
  private nextPrev2 = new Int32Array(64);
  /**
   * Beam decoding shares the dynamic features' scores: those of (prev, prev2) alone come
   * from a table over all tag pairs, and those of (prev, token) are scored once per
   * distinct prev at a token, not once per beam item.
   */
  private pairScores: Float32Array | null = null;
  private readonly tokenScores = new Float32Array((N_CLASSES + 1) * N_CLASSES);
  private readonly tokenStamp = new Int32Array(N_CLASSES + 1);
  private stamp = 0;
  /** Beam width when tagging (1 is greedy); training is always greedy. */
  beamWidth = 1;
  /** Per lower-cased word hash: counts of the entity types given to it so far in the document. */
  private readonly history = new Map<number, Uint16Array>();

  constructor(model?: Scorer) {
    this.model = model ?? new Perceptron(N_CLASSES, DEFAULT_BITS);
    if (this.model.nClasses !== N_CLASSES) throw new Error(`NER model has ${this.model.nClasses} classes, expected ${N_CLASSES}`);
  }

  static fromBundle(bundle: ModelBundle | CompactBundle): NerTagger {
    if (bundle.header.kind !== NER_KIND) throw new Error(`not a named-entity model (kind ${bundle.header.kind})`);
    const classes = bundle.header.labels.classes;
    if (classes.join(' ') !== BILOU_CLASSES.join(' ')) throw new Error('named-entity model has unexpected classes');
    const p = bundle.tables.ner;
    if (!p) throw new Error('named-entity model lacks its "ner" table');
    const tagger = new NerTagger(p);
    tagger.beamWidth = Math.max(1, Number(bundle.header.settings.beam ?? 1));
    return tagger;
  }

  /** The trainable table (throws for a tagger loaded for prediction only). */
  get perceptron(): Perceptron {
    if (!(this.model instanceof Perceptron)) throw new Error('this named-entity tagger was loaded for prediction only; it cannot be trained or saved');
    return this.model;
  }

  toBundle(card: ModelCard): ModelBundle {
    return { header: { kind: NER_KIND, card, labels: { classes: BILOU_CLASSES }, settings: { beam: this.beamWidth } }, tables: { ner: this.perceptron } };
  }

  /** Tags a document; returns one BILOU class id (index into BILOU_CLASSES) per token. */
  tag(input: NerInput, out = new Uint8Array(input.words.length)): Uint8Array {
    this.run(input, out, null);
    return out;
  }

  /** One online training pass over a document; returns the number of tokens tagged wrong. */
  train(input: NerInput, gold: Uint8Array): number {
    const out = new Uint8Array(input.words.length);
    this.run(input, out, gold);
    let wrong = 0;
    for (let i = 0; i < gold.length; i++) if (out[i] !== gold[i]) wrong++;
    return wrong;
  }

  private run(input: NerInput, out: Uint8Array, gold: Uint8Array | null): void {
    this.attrs.fill(input);
    this.history.clear();
    const width = gold ? 1 : this.beamWidth;
    for (const s of input.sentences) {
      if (s.tokenEnd <= s.tokenStart) continue;
      if (width > 1 && (this.pairScores === null || !(this.model instanceof CompactTable))) this.buildPairScores();
      if (width <= 1) this.greedy(s.tokenStart, s.tokenEnd, out, gold);
      else this.beam(s.tokenStart, s.tokenEnd, out, width);
      this.remember(out, s.tokenStart, s.tokenEnd);
    }
  }

  /** May class c stand at token i after class prev in a sentence ending at `to`? */
  private allowed(prev: number, c: number, i: number, to: number): boolean {
    // A sentence cannot end inside a name.
    return VALID[(prev + 1) * N_CLASSES + c] === 1 && (i < to - 1 || !OPEN[c]);
  }

  private greedy(from: number, to: number, out: Uint8Array, gold: Uint8Array | null): void {
    const model = this.model;
    const scores = this.scores;
    const dyn = this.dynScores;
    let prev = -1;
    let prev2 = -1;
    for (let i = from; i < to; i++) {
      this.staticFeatures(i, from, to);
      model.score(this.fb, scores);
      this.dynamicFeatures(i, prev, prev2);
      model.score(this.dfb, dyn);
      let best = -1;
      let bestScore = -Infinity;
      let free = 0;
      let freeScore = -Infinity;
      for (let c = 0; c < N_CLASSES; c++) {
        const v = scores[c] + dyn[c];
        if (v > freeScore) {
          freeScore = v;
          free = c;
        }
        if (v > bestScore && this.allowed(prev, c, i, to)) {
          bestScore = v;
          best = c;
        }
      }
      if (gold) {
        // Training follows its own (constrained) guesses, as it will have to when tagging.
        const p = this.perceptron;
        p.tick();
        p.update(gold[i], free, this.fb);
        p.update(gold[i], free, this.dfb);
      }
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
  }

  /**
   * Beam search over whole tag sequences, scoring a sequence by the sum of its tokens'
   * scores: it repairs what greedy decoding cannot (a name opened that should not have been).
   * The features that do not read earlier tags are scored once per token, shared by the beam.
   */
  private beam(from: number, to: number, out: Uint8Array, width: number): void {
    const model = this.model;
    const scores = this.scores;
    const dyn = this.dynScores;
    const n = to - from;
    if (this.back.length < n * width) {
      this.back = new Int32Array(n * width * 2);
      this.tags = new Uint8Array(n * width * 2);
    }
    if (this.beamScore.length < width) {
      this.beamScore = new Float64Array(width);
      this.beamPrev = new Int32Array(width);
      this.beamPrev2 = new Int32Array(width);
      this.candScore = new Float64Array(width);
      this.candItem = new Int32Array(width);
      this.candClass = new Int32Array(width);
    }
    const { beamScore, beamPrev, beamPrev2, candScore, candItem, candClass, back, tags } = this;
    let size = 1;
    beamScore[0] = 0;
    beamPrev[0] = -1;
    beamPrev2[0] = -1;
    const pairScores = this.pairScores!;
    const tokenScores = this.tokenScores;
    for (let i = from; i < to; i++) {
      this.staticFeatures(i, from, to);
      model.score(this.fb, scores);
      this.stamp++;
      let found = 0;
      for (let b = 0; b < size; b++) {
        const prev = beamPrev[b];
        const tokenAt = (prev + 1) * N_CLASSES;
        if (this.tokenStamp[prev + 1] !== this.stamp) {
          this.tokenStamp[prev + 1] = this.stamp;
          this.tokenFeatures(i, prev);
          model.score(this.dfb, dyn);
          this.tokenScores.set(dyn, tokenAt);
        }
        const pairAt = ((prev + 1) * (N_CLASSES + 1) + beamPrev2[b] + 1) * N_CLASSES;
        const base = beamScore[b];
        const followers = i < to - 1 ? FOLLOWERS[prev + 1] : FINAL_FOLLOWERS[prev + 1];
        for (let f = 0; f < followers.length; f++) {
          const c = followers[f];
          const v = base + scores[c] + pairScores[pairAt + c] + tokenScores[tokenAt + c];
          if (found === width && v <= candScore[width - 1]) continue;
          // Insert into the sorted top-`width` candidates.
          let k = found < width ? found++ : width - 1;
          while (k > 0 && candScore[k - 1] < v) {
            candScore[k] = candScore[k - 1];
            candItem[k] = candItem[k - 1];
            candClass[k] = candClass[k - 1];
            k--;
          }
          candScore[k] = v;
          candItem[k] = b;
          candClass[k] = c;
        }
      }
      const t = (i - from) * width;
      for (let k = 0; k < found; k++) {
        back[t + k] = candItem[k];
        tags[t + k] = candClass[k];
        // beamPrev of the parent is read before it is overwritten: parents are indexed in the old arrays.
        this.nextPrev2[k] = beamPrev[candItem[k]];
      }
      for (let k = 0; k < found; k++) {
        beamScore[k] = candScore[k];
        beamPrev[k] = candClass[k];
        beamPrev2[k] = this.nextPrev2[k];
      }
      size = found;
    }
    let slot = 0;
    for (let t = n - 1; t >= 0; t--) {
      out[from + t] = tags[t * width + slot];
      slot = back[t * width + slot];
    }
  }

  /** Records the entity types given to capitalised words of a tagged sentence. */
  private remember(out: Uint8Array, from: number, to: number): void {
    const a = this.attrs;
    for (let i = from; i < to; i++) {
      if (a.cap[i] < 2 || prefixOf(out[i]) === 0) continue;
      let counts = this.history.get(a.low[i]);
      if (!counts) {
        counts = new Uint16Array(4);
        this.history.set(a.low[i], counts);
      }
      counts[typeOf(out[i])]++;
    }
  }

  /** The most frequent type given earlier to the word at i, +1 (0 when none). */
  private historyOf(i: number, from: number, to: number): number {
    if (i < from || i >= to || this.attrs.cap[i] < 2) return 0;
    const counts = this.history.get(this.attrs.low[i]);
    if (!counts) return 0;
    let best = 0;
    for (let t = 1; t < 4; t++) if (counts[t] > counts[best]) best = t;
    return best + 1;
  }

  /** The scores of the features that read only the two previous tags, for every pair. */
  private buildPairScores(): void {
    const n1 = N_CLASSES + 1;
    const table = new Float32Array(n1 * n1 * N_CLASSES);
    const fb = this.dfb;
    for (let p = -1; p < N_CLASSES; p++) {
      for (let q = -1; q < N_CLASSES; q++) {
        fb.clear();
        fb.add(feat1(T.Prev, p + 1));
        fb.add(feat2(T.Prev2, p + 1, q + 1));
        this.model.score(fb, this.dynScores);
        table.set(this.dynScores, ((p + 1) * n1 + q + 1) * N_CLASSES);
      }
    }
    this.pairScores = table;
  }

  /** The dynamic features that read the previous tag and the token. */
  private tokenFeatures(i: number, prev: number): void {
    const a = this.attrs;
    const fb = this.dfb;
    fb.clear();
    fb.add(feat2(T.PrevLow, prev + 1, a.low[i]));
    fb.add(feat2(T.PrevShape, prev + 1, a.shape[i]));
  }

  /** Features that read earlier tags: scored once per beam item. */
  private dynamicFeatures(i: number, prev: number, prev2: number): void {
    const a = this.attrs;
    const fb = this.dfb;
    fb.clear();
    fb.add(feat1(T.Prev, prev + 1));
    fb.add(feat2(T.Prev2, prev + 1, prev2 + 1));
    fb.add(feat2(T.PrevLow, prev + 1, a.low[i]));
    fb.add(feat2(T.PrevShape, prev + 1, a.shape[i]));
  }

  /** Features of the token and its context, independent of the tags before it. */
  private staticFeatures(i: number, from: number, to: number): void {
    const a = this.attrs;
    const fb = this.fb;
    fb.clear();
    const NONE = 0x5bd1e995;
    const low = a.low[i];
    const shape = a.shape[i];
    const m1 = i - 1 < from ? 1 : a.low[i - 1];
    const p1 = i + 1 >= to ? 2 : a.low[i + 1];
    const sm1 = i - 1 < from ? 1 : a.shape[i - 1];
    const sp1 = i + 1 >= to ? 2 : a.shape[i + 1];
    const m2 = i - 2 < from ? 1 : a.low[i - 2];
    const p2 = i + 2 >= to ? 2 : a.low[i + 2];
    fb.add(feat1(T.Bias, 0));
    fb.add(feat1(T.Low, low));
    fb.add(feat1(T.Word, a.word[i]));
    fb.add(feat1(T.Shape, shape));
    fb.add(feat1(T.Pre2, a.pre2[i]));
    fb.add(feat1(T.Pre3, a.pre3[i]));
    fb.add(feat1(T.Suf2, a.suf2[i]));
    fb.add(feat1(T.Suf3, a.suf3[i]));
    fb.add(feat1(T.Suf4, a.suf4[i]));
    fb.add(feat1(T.LowM1, m1));
    fb.add(feat1(T.LowM2, m2));
    fb.add(feat1(T.LowP1, p1));
    fb.add(feat1(T.LowP2, p2));
    fb.add(feat1(T.ShapeM1, sm1));
    fb.add(feat1(T.ShapeP1, sp1));
    fb.add(feat3(T.Shape3, sm1, shape, sp1));
    fb.add(feat2(T.BigramM, m1, low));
    fb.add(feat2(T.BigramP, low, p1));
    fb.add(feat2(T.InitShape, a.initial[i], shape));
    fb.add(feat3(T.CapDoc, a.cap[i], a.initial[i] | (a.headline[i] << 1), a.docInfo[i]));
    fb.add(feat2(T.HeadShape, a.headline[i], shape));
    fb.add(feat2(T.LowM1Shape, m1, shape));
    fb.add(feat2(T.ShapeLowP1, shape, p1));
    fb.add(feat2(T.CapRun, a.capRun[i], a.cap[i]));
    fb.add(feat2(T.SufM1, i > from ? a.suf3[i - 1] : NONE, shape));
    if (a.headline[i]) fb.add(feat1(T.LowHead, low));
    for (let c = 0; c < GAZ_CLASSES; c++) {
      const g = a.gazAt(i, c);
      if (g !== 0) {
        fb.add(feat2(T.Gaz, c, g));
        fb.add(feat3(T.GazShape, c, g, a.cap[i]));
      }
      if (i > from) {
        const gm = a.gazAt(i - 1, c);
        if (gm !== 0) fb.add(feat2(T.GazM1, c, gm));
      }
      if (i + 1 < to) {
        const gp = a.gazAt(i + 1, c);
        if (gp !== 0) fb.add(feat2(T.GazP1, c, gp));
      }
    }
    const h = this.historyOf(i, from, to);
    if (h !== 0) fb.add(feat2(T.History, h, a.cap[i]));
    const hm = this.historyOf(i - 1, from, to);
    if (hm !== 0) fb.add(feat1(T.HistoryM1, hm));
    const hp = this.historyOf(i + 1, from, to);
    if (hp !== 0) fb.add(feat1(T.HistoryP1, hp));
  }
}
