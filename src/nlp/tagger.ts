import { Perceptron } from '../ml/perceptron.js';
import { FeatureBuffer } from '../ml/features.js';
import { feat1, feat2, feat3, hashString } from '../ml/hash.js';
import type { ModelBundle, ModelCard } from '../ml/model-file.js';
import { CompactTable, type CompactBundle, type Scorer } from '../ml/compact.js';
import { WordHashes, START, END, foldWord } from './word-features.js';
import { FormCache, type FormIds } from '../text/vocab.js';
import { clustersFromLines, clustersToLines, wordClassHash } from './word-clusters.js';

/**
 * The part-of-speech tagger: greedy left to right, one averaged perceptron for the Penn
 * tag (XPOS) and a second, small one for the universal tag (UPOS) that also sees the
 * XPOS just chosen (XPOS alone does not fix UPOS: IN is ADP or SCONJ, RB is ADV or PART).
 * Frequent words that always carry the same pair of tags skip scoring (Honnibal's tag
 * dictionary), which is both faster and slightly more accurate.
 */

export interface TaggedSentence {
  forms: string[];
  xpos: string[];
  upos: string[];
}

export interface TaggerModel {
  xposTags: string[];
  uposTags: string[];
  xpos: Scorer;
  upos: Scorer;
  /** Lower-cased word -> xposIndex * 256 + uposIndex for unambiguous frequent words. */
  dictionary: Map<string, number>;
  /**
   * Ambiguity classes: lower-cased word -> the tag pairs (xposIndex * 256 + uposIndex,
   * sorted) it was seen with, for words seen often enough that an unseen tag is unlikely;
   * only those classes are scored.
   */
  ambiguity: Map<string, Int32Array>;
  /** For each XPOS index, the UPOS indices seen with it (one for most: NN is always NOUN). */
  uposOf: Int32Array[];
  /**
   * Distributional word classes (folded form -> class), learnt from raw text: a back-off
   * for words the treebank shows rarely. Models without them use no class features.
   */
  clusters?: Map<string, number>;
  /**
   * Whether the tagger reads the tag sets of the next two words (from the tag dictionary
   * and the ambiguity classes): a look to the right that a left-to-right tagger otherwise
   * lacks ("that" before a verb is a subordinator, before a noun a determiner).
   */
  lookahead?: boolean;
}

/**
 * The hash of the Penn tags a word was seen with, from the dictionary and the ambiguity
 * classes (0 for a word seen too rarely to have either).
 */
export function tagSetHash(model: Pick<TaggerModel, 'dictionary' | 'ambiguity'>, folded: string): number {
  const known = model.dictionary.get(folded);
  if (known !== undefined) return hashString(`=${known >> 8}`) | 0;
  const pairs = model.ambiguity.get(folded);
  if (pairs === undefined) return 0;
  return hashString(`=${xposOfPairs(pairs).join(',')}`) | 0;
}

/** The Penn tags (indices) of an ambiguity class's tag pairs, in order, each once. */
function xposOfPairs(pairs: Int32Array): Int32Array {
  return Int32Array.from(new Set(Array.from(pairs, (p) => p >> 8)));
}

/**
 * A runner-up Penn tag scoring within this much of the chosen one is reported as the
 * word's alternative (tagInto's `alt`), for the parser to weigh: at this margin about a
 * twenty-fifth of the words get one, and half of those carry a wrong tag.
 */
export const ALT_MARGIN = 8;

/** The hash of a word's class, or 0 for a model without classes (which reads no class features). */
function classHash(clusters: Map<string, number> | undefined, folded: string): number {
  return clusters ? wordClassHash(clusters, folded) : 0;
}


interface WordEntry {
  /** xposIndex * 256 + uposIndex from the tag dictionary, or -1. */
  known: number;
  word: number;
  lower: number;
  suffix2: number;
  suffix3: number;
  shape: number;
  cls: number;
  /** The word's tag-set hash (tagSetHash), for models that look ahead. */
  tagSet: number;
  /** Scores of the word-only features (null for dictionary words, which skip scoring). */
  x: Float32Array | null;
  u: Float32Array | null;
  /** The XPOS candidates of a word with an ambiguity class, else null (score all). */
  classes: Int32Array | null;
  /** Its tag pairs (xposIndex * 256 + uposIndex, sorted), else null. */
  pairs: Int32Array | null;
}


/** The features that read only the word at i itself. */
function addWordFeatures(f: FeatureBuffer, h: WordHashes, i: number, withClasses: boolean): void {
  if (withClasses) f.add(feat1(60, h.cls[i]));
  f.add(feat1(0, 0));
  f.add(feat1(1, h.word[i]));
  f.add(feat1(2, h.lower[i]));
  f.add(feat1(3, h.suffix3[i]));
  f.add(feat1(4, h.suffix2[i]));
  f.add(feat1(5, h.suffix1[i]));
  f.add(feat1(6, h.prefix1[i]));
  f.add(feat1(7, h.prefix3[i]));
  f.add(feat1(8, h.shape[i]));
  f.add(feat1(24, h.suffix4[i]));
}

/** A tagger model fresh from training, whose tables can still be written to a file. */
export interface TrainedTaggerModel extends TaggerModel {
  xpos: Perceptron;
  upos: Perceptron;
}

export class Tagger {
  readonly model: TaggerModel;
  private readonly hashes = new WordHashes();
  /** A one-word scratch for computing a cache entry. */
  private readonly one = new WordHashes();
  private readonly wordFeatures = new FeatureBuffer(16);
  /** Per form: its attributes and word-only scores (news vocabulary is Zipfian). */
  private readonly forms = new FormCache<WordEntry>((form) => this.computeEntry(form));
  private readonly entries: Array<WordEntry | undefined> = [];
  private readonly features = new FeatureBuffer(64);
  private readonly xScores: Float32Array;
  private readonly uScores: Float32Array;
  private readonly tagHash: Uint32Array;
  private readonly uposHash: Uint32Array;
  private readonly uList = new Int32Array(256);

  /** Whether the model reads word classes. */
  private readonly withClasses: boolean;
  /** Whether the model reads the next words' tag sets; and those of the sentence. */
  private readonly lookahead: boolean;
  private tagSets = new Int32Array(64);

  constructor(model: TaggerModel) {
    this.model = model;
    this.withClasses = model.clusters !== undefined && model.clusters.size > 0;
    this.lookahead = model.lookahead === true;
    this.xScores = new Float32Array(model.xposTags.length);
    this.uScores = new Float32Array(model.uposTags.length);
    this.tagHash = Uint32Array.from(model.xposTags, (t) => hashString(t));
    this.uposHash = Uint32Array.from(model.uposTags, (t) => hashString(t));
  }

  /**
   * Tags one sentence of `count` forms into `xpos` and `upos` (tag indices). `formIds`
   * (from the Doc, the sentence starting at `offset`) saves looking the forms up. `alt`,
   * if given, gets each word's close runner-up Penn tag (within ALT_MARGIN), else -1.
   */
  tagInto(forms: ArrayLike<string>, count: number, xpos: Int32Array, upos: Int32Array, formIds?: FormIds, offset = 0, alt?: Int32Array): void {
    const h = this.hashes;
    const { xpos: xp, upos: up } = this.model;
    h.length = count;
    if (count > h.word.length) h.compute(forms, count);
    // Per-form attributes and the scores of the features that read only the word itself
    // come from a cache: news vocabulary is Zipfian, so most tokens skip a third of the
    // table reads and all the string work.
    const entries = this.entries;
    if (entries.length < count) entries.length = count;
    if (formIds) this.forms.use(formIds.generation);
    if (this.tagSets.length < count) this.tagSets = new Int32Array(count * 2);
    for (let i = 0; i < count; i++) {
      const e = this.forms.get(forms[i], formIds ? formIds.ids[offset + i] : -1);
      entries[i] = e;
      h.word[i] = e.word;
      h.lower[i] = e.lower;
      h.suffix2[i] = e.suffix2;
      h.suffix3[i] = e.suffix3;
      h.shape[i] = e.shape;
      h.cls[i] = e.cls;
      this.tagSets[i] = e.tagSet;
    }
    const xs = this.xScores;
    const us = this.uScores;
    const nx = xp.nClasses;
    const nu = up.nClasses;
    const uposOf = this.model.uposOf;
    for (let i = 0; i < count; i++) {
      const e = entries[i]!;
      if (alt !== undefined) alt[i] = -1;
      if (e.known >= 0) {
        xpos[i] = e.known >> 8;
        upos[i] = e.known & 255;
        continue;
      }
      const wx = e.x!;
      let x: number;
      const cls = e.classes;
      let extracted = false;
      if (cls !== null && cls.length === 1) x = cls[0];
      else if (cls !== null && xp instanceof CompactTable) {
        this.features.clear();
        this.extractContext(i, xpos, upos);
        extracted = true;
        // Only the tags this word was seen with: a few sums instead of one per tag.
        xp.scoreClasses(this.features, cls, cls.length, xs);
        x = cls[0];
        let best = xs[x] + wx[x];
        let second = -Infinity;
        let runner = -1;
        for (let k = 1; k < cls.length; k++) {
          const c = cls[k];
          const v = xs[c] + wx[c];
          if (v > best) {
            second = best;
            runner = x;
            best = v;
            x = c;
          } else if (v > second) {
            second = v;
            runner = c;
          }
        }
        if (alt !== undefined && best - second < ALT_MARGIN) alt[i] = runner;
      } else {
        this.features.clear();
        this.extractContext(i, xpos, upos);
        extracted = true;
        xp.score(this.features, xs);
        for (let c = 0; c < nx; c++) xs[c] += wx[c];
        x = Perceptron.argmax(xs, nx);
        if (alt !== undefined) {
          let runner = -1;
          for (let c = 0; c < nx; c++) if (c !== x && (runner < 0 || xs[c] > xs[runner])) runner = c;
          if (runner >= 0 && xs[x] - xs[runner] < ALT_MARGIN) alt[i] = runner;
        }
      }
      xpos[i] = x;
      // The universal tag is often fixed by the Penn one (NNS is NOUN), or by the Penn
      // one for this word ("said" VBD is VERB); score UPOS only where it is not.
      let ucls = uposOf[x];
      let ucount = ucls === undefined ? 0 : ucls.length;
      const pairs = e.pairs;
      if (pairs !== null) {
        let from = 0;
        while (from < pairs.length && pairs[from] >> 8 !== x) from++;
        let to = from;
        while (to < pairs.length && pairs[to] >> 8 === x) to++;
        if (to > from) {
          ucls = this.uList;
          ucount = to - from;
          for (let k = from; k < to; k++) ucls[k - from] = pairs[k] & 255;
        }
      }
      if (ucount === 1) {
        upos[i] = ucls![0];
        continue;
      }
      if (!extracted) {
        this.features.clear();
        this.extractContext(i, xpos, upos);
      }
      this.addCurrent(x, i);
      const wu = e.u!;
      if (ucount > 1 && up instanceof CompactTable) {
        up.scoreClasses(this.features, ucls!, ucount, us);
        let u = ucls![0];
        let best = us[u] + wu[u];
        for (let k = 1; k < ucount; k++) {
          const c = ucls![k];
          const v = us[c] + wu[c];
          if (v > best) {
            best = v;
            u = c;
          }
        }
        upos[i] = u;
      } else {
        up.score(this.features, us);
        for (let c = 0; c < nu; c++) us[c] += wu[c];
        upos[i] = Perceptron.argmax(us, nu);
      }
    }
  }

  /** The attributes and word-only scores of a form. */
  private computeEntry(form: string): WordEntry {
    const lower = foldWord(form);
    const known = this.model.dictionary.get(lower);
    const h = this.one;
    h.compute([form], 1);
    h.cls[0] = classHash(this.model.clusters, lower);
    const e: WordEntry = { known: known ?? -1, word: h.word[0], lower: h.lower[0], suffix2: h.suffix2[0], suffix3: h.suffix3[0], shape: h.shape[0], cls: h.cls[0], tagSet: this.lookahead ? tagSetHash(this.model, lower) : 0, x: null, u: null, classes: null, pairs: null };
    if (known === undefined) {
      const pairs = this.model.ambiguity.get(lower);
      if (pairs !== undefined) {
        e.pairs = pairs;
        e.classes = xposOfPairs(pairs);
      }
      const f = this.wordFeatures;
      f.clear();
      addWordFeatures(f, h, 0, this.withClasses);
      e.x = new Float32Array(this.model.xpos.nClasses);
      this.model.xpos.score(f, e.x);
      e.u = new Float32Array(this.model.upos.nClasses);
      this.model.upos.score(f, e.u);
    }
    return e;
  }

  /** Convenience form: tags a sentence of strings; `alt` holds the close runner-up Penn tags ('' for none). */
  tag(forms: string[]): { xpos: string[]; upos: string[]; alt: string[] } {
    const x = new Int32Array(forms.length);
    const u = new Int32Array(forms.length);
    const a = new Int32Array(forms.length);
    this.tagInto(forms, forms.length, x, u, undefined, 0, a);
    return { xpos: Array.from(x, (k) => this.model.xposTags[k]), upos: Array.from(u, (k) => this.model.uposTags[k]), alt: Array.from(a, (k) => (k < 0 ? '' : this.model.xposTags[k])) };
  }

  /** Features for position i given the tags already chosen to its left. */
  extract(i: number, xpos: Int32Array, upos: Int32Array): void {
    this.features.clear();
    addWordFeatures(this.features, this.hashes, i, this.withClasses);
    this.extractContext(i, xpos, upos);
  }

  /** The features that read the neighbours or the tags chosen before (not cacheable per word). */
  private extractContext(i: number, xpos: Int32Array, upos: Int32Array): void {
    const h = this.hashes;
    const n = h.length;
    const f = this.features;
    const p1 = i > 0 ? this.tagHash[xpos[i - 1]] : START;
    const p2 = i > 1 ? this.tagHash[xpos[i - 2]] : START;
    const pu = i > 0 ? this.uposHash[upos[i - 1]] : START;
    const w = h.lower[i];
    const wm1 = i > 0 ? h.lower[i - 1] : START;
    const wm2 = i > 1 ? h.lower[i - 2] : START;
    const wp1 = i + 1 < n ? h.lower[i + 1] : END;
    const wp2 = i + 2 < n ? h.lower[i + 2] : END;
    f.add(feat1(9, p1));
    f.add(feat1(10, p2));
    f.add(feat2(11, p1, p2));
    f.add(feat2(12, p1, w));
    f.add(feat1(13, wm1));
    f.add(feat1(14, i > 0 ? h.suffix3[i - 1] : START));
    f.add(feat1(15, wm2));
    f.add(feat1(16, wp1));
    f.add(feat1(17, i + 1 < n ? h.suffix3[i + 1] : END));
    f.add(feat1(18, wp2));
    f.add(feat1(19, i + 1 < n ? h.shape[i + 1] : END));
    f.add(feat2(20, wm1, w));
    f.add(feat2(21, w, wp1));
    f.add(feat2(22, p1, wp1));
    f.add(feat1(23, i > 0 ? h.shape[i - 1] : START));
    f.add(feat2(25, pu, h.suffix3[i]));
    f.add(feat2(26, h.shape[i], i === 0 ? 1 : 0));
    f.add(feat3(27, p1, w, wp1));
    if (this.withClasses) {
      const c = h.cls[i];
      const cm1 = i > 0 ? h.cls[i - 1] : START;
      const cp1 = i + 1 < n ? h.cls[i + 1] : END;
      f.add(feat1(61, cm1));
      f.add(feat1(62, cp1));
      f.add(feat2(63, p1, c));
      f.add(feat2(64, c, cp1));
      f.add(feat2(65, cm1, c));
    }
    if (this.lookahead) {
      const s1 = i + 1 < n ? this.tagSets[i + 1] : END;
      const s2 = i + 2 < n ? this.tagSets[i + 2] : END;
      f.add(feat1(70, s1));
      f.add(feat2(71, s1, s2));
      f.add(feat2(72, p1, s1));
      f.add(feat2(73, w, s1));
    }
  }

  /** The UPOS table also sees the XPOS chosen for the word. */
  private addCurrent(x: number, i: number): void {
    const t = this.tagHash[x];
    this.features.add(feat1(40, t));
    this.features.add(feat2(41, t, this.hashes.lower[i]));
    this.features.add(feat2(42, t, this.hashes.suffix2[i]));
  }

  /** One training pass over a sentence; returns the number of XPOS and UPOS errors. */
  trainSentence(s: TaggedSentence, xGold: Int32Array, uGold: Int32Array, xpos: Int32Array, upos: Int32Array, xp: Perceptron, up: Perceptron): [number, number] {
    const n = s.forms.length;
    this.hashes.compute(s.forms, n);
    if (this.withClasses) for (let i = 0; i < n; i++) this.hashes.cls[i] = classHash(this.model.clusters, foldWord(s.forms[i]));
    if (this.lookahead) {
      if (this.tagSets.length < n) this.tagSets = new Int32Array(n * 2);
      for (let i = 0; i < n; i++) this.tagSets[i] = tagSetHash(this.model, foldWord(s.forms[i]));
    }
    let xErr = 0;
    let uErr = 0;
    for (let i = 0; i < n; i++) {
      this.extract(i, xpos, upos);
      xp.tick();
      xp.score(this.features, this.xScores);
      const x = Perceptron.argmax(this.xScores, xp.nClasses);
      xp.update(xGold[i], x, this.features);
      if (x !== xGold[i]) xErr++;
      xpos[i] = x;
      // Train UPOS on the XPOS guess, as it will be at prediction time.
      this.addCurrent(x, i);
      up.tick();
      up.score(this.features, this.uScores);
      const u = Perceptron.argmax(this.uScores, up.nClasses);
      up.update(uGold[i], u, this.features);
      if (u !== uGold[i]) uErr++;
      upos[i] = u;
    }
    return [xErr, uErr];
  }
}

export function taggerToBundle(model: TrainedTaggerModel, card: ModelCard): ModelBundle {
  const dict = [...model.dictionary].map(([w, v]) => `${w}\t${v >> 8}\t${v & 255}`);
  return {
    header: { kind: 'pos', card, labels: {
        xpos: model.xposTags,
        upos: model.uposTags,
        dictionary: dict,
        ambiguity: [...model.ambiguity].map(([w, list]) => `${w}\t${list.join(',')}`),
        uposOf: model.uposOf.map((list) => list.join(',')),
        ...(model.clusters ? { clusters: clustersToLines(model.clusters) } : {}),
      }, settings: model.lookahead ? { lookahead: 'tag-sets' } : {} },
    tables: { xpos: model.xpos, upos: model.upos },
  };
}

export function taggerFromBundle(bundle: ModelBundle | CompactBundle): TaggerModel {
  if (bundle.header.kind !== 'pos') throw new Error(`expected a POS model, found kind ${bundle.header.kind}`);
  const dictionary = new Map<string, number>();
  for (const line of bundle.header.labels.dictionary ?? []) {
    const [w, x, u] = line.split('\t');
    dictionary.set(w, Number(x) * 256 + Number(u));
  }
  const ambiguity = new Map<string, Int32Array>();
  for (const line of bundle.header.labels.ambiguity ?? []) {
    const [w, list] = line.split('\t');
    ambiguity.set(w, Int32Array.from(list.split(','), Number));
  }
  return {
    xposTags: bundle.header.labels.xpos,
    uposTags: bundle.header.labels.upos,
    xpos: bundle.tables.xpos,
    upos: bundle.tables.upos,
    dictionary,
    ambiguity,
    uposOf: (bundle.header.labels.uposOf ?? []).map((line) => Int32Array.from(line.split(','), Number)),
    ...(bundle.header.labels.clusters ? { clusters: clustersFromLines(bundle.header.labels.clusters) } : {}),
    ...(bundle.header.settings.lookahead === 'tag-sets' ? { lookahead: true } : {}),
  };
}
