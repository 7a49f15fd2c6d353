import { FeatureBuffer } from '../ml/features.js';
import { fast1, hashString, templateKey } from '../ml/hash.js';
import type { ParseState } from './parse-state.js';

/**
 * The parser's feature templates: the per-token hashes of a sentence (words, tags,
 * suffixes, word classes, runner-up tags, comma counts), loaded once per sentence, and
 * the two extractors reading them with the parse state: the transition features (one
 * random table read per template per move, the parser's main cost) and the features
 * naming an arc's relation.
 */

/** The hash of a runner-up tag as the parser reads it (the empty string: none). */
export function altTagHash(tag: string): number {
  return hashString(`~${tag}`) | 0;
}

/** A form's hashes as the features read them (signed: no heap numbers). */
export interface FormHashes {
  word: number;
  suffix: number;
  cls: number;
  /** The coarse class (models with two-level classes; else the same as cls). */
  coarse: number;
}

// Hash constants as signed integers, as the hash arrays hold them.
const NONE = hashString('<none>') | 0;
const ROOT_WORD = hashString('<root>');
const ROOT_TAG = hashString('<ROOT>');
const NO_ALT = altTagHash('');
/** Per-template keys of the cheap feature mix. */
const K = Int32Array.from({ length: 126 }, (_, k) => templateKey(k));
const L = Int32Array.from({ length: 40 }, (_, k) => templateKey(1000 + k));
const LEFT_DIR = 1;
const RIGHT_DIR = 2;

export class ParserFeatures {
  private words = new Int32Array(64);
  private tags = new Int32Array(64);
  /** Last three letters, so the parser can second-guess a wrong tag. */
  private suffixes = new Int32Array(64);
  /** Word and tag together, mixed once per token. */
  private wordTags = new Int32Array(64);
  /** The tagger's runner-up tag hashes (altTagHash). */
  private alts = new Int32Array(64);
  /** Word-class hashes (one shared hash for words outside the cluster list). */
  private classes = new Int32Array(64);
  /** Coarse word-class hashes (models with two-level classes). */
  private coarse = new Int32Array(64);
  /** commas[i]: commas among tokens 0..i-1, so any span's comma count is a difference. */
  private commas = new Int32Array(65);
  /** The transition features of the last extractMoves(). */
  readonly moveFeatures = new FeatureBuffer(128);
  /** The relation features of the last extractLabel(). */
  readonly labelFeatures = new FeatureBuffer(64);

  /**
   * `state` is the parse the features read; `labelHash` the hashes of the relation names
   * (by label index); `readsAlts` whether the runner-up tag templates are on.
   */
  constructor(private readonly state: ParseState, private readonly labelHash: Int32Array, private readonly readsAlts: boolean) {}

  /** The tag hash of token x (NONE for -1), as the labeller's candidate lists are keyed. */
  tagOf(x: number): number {
    return this.t(x);
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
   * Loads a sentence's per-token hashes: `hashesOf(i)` gives token i's form hashes, `tagHashes`
   * are hashString of the tags, `alts` the runner-up tags' altTagHash (NO_ALT for all when absent).
   */
  load(forms: ArrayLike<string>, tagHashes: ArrayLike<number>, n: number, hashesOf: (i: number) => FormHashes, alts?: ArrayLike<number>): void {
    if (n + 1 > this.words.length) {
      this.words = new Int32Array((n + 1) * 2);
      this.tags = new Int32Array((n + 1) * 2);
      this.suffixes = new Int32Array((n + 1) * 2);
      this.wordTags = new Int32Array((n + 1) * 2);
      this.classes = new Int32Array((n + 1) * 2);
      this.alts = new Int32Array((n + 1) * 2);
      this.coarse = new Int32Array((n + 1) * 2);
      this.commas = new Int32Array((n + 1) * 2 + 1);
    }
    this.commas[0] = 0;
    for (let i = 0; i < n; i++) {
      const e = hashesOf(i);
      this.words[i] = e.word;
      this.suffixes[i] = e.suffix;
      this.classes[i] = e.cls;
      this.coarse[i] = e.coarse;
      this.tags[i] = tagHashes[i];
      this.alts[i] = alts !== undefined ? alts[i] : NO_ALT;
      this.wordTags[i] = fast1(this.words[i], tagHashes[i]);
      this.commas[i + 1] = this.commas[i] + (forms[i] === ',' ? 1 : 0);
    }
    this.commas[n + 1] = this.commas[n];
    this.words[n] = ROOT_WORD;
    this.tags[n] = ROOT_TAG;
    this.suffixes[n] = ROOT_WORD;
    this.classes[n] = ROOT_WORD;
    this.coarse[n] = ROOT_WORD;
    this.alts[n] = NO_ALT;
    this.wordTags[n] = fast1(ROOT_WORD, ROOT_TAG);
  }

  /**
   * The transition features: the core of Zhang & Nivre (2011) for arc-hybrid positions,
   * cut to the templates that carry the most (each is one random table read per move,
   * the parser's main cost), plus the two candidate heads of the stack top side by side,
   * commas in between, children's words and word classes. Sparse word-pair templates
   * that only memorised the training set (s0 word+tag with b0 word+tag, s0 word with b0
   * word) are left out. Ids use the one-multiply mix over per-token hashes computed once
   * per sentence in load(), finished in one loop by finish().
   */
  extractMoves(): void {
    const st = this.state;
    const f = this.moveFeatures;
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

    ids[n++] = K[0] ^ 0;
    ids[n++] = K[1] ^ s0w;
    ids[n++] = K[2] ^ s0t;
    ids[n++] = K[3] ^ s0wt;
    ids[n++] = K[4] ^ b0w;
    ids[n++] = K[5] ^ b0t;
    ids[n++] = K[6] ^ b0wt;
    ids[n++] = K[7] ^ b1w;
    ids[n++] = K[8] ^ b1t;
    ids[n++] = K[10] ^ b2t;
    ids[n++] = K[12] ^ s1w;
    ids[n++] = K[14] ^ s1wt;
    // pairs of stack top and buffer front
    ids[n++] = K[18] ^ s0wt ^ Math.imul(b0w, M2);
    ids[n++] = K[19] ^ s0w ^ Math.imul(b0wt, M2);
    ids[n++] = K[20] ^ s0wt ^ Math.imul(b0t, M2);
    ids[n++] = K[21] ^ s0t ^ Math.imul(b0wt, M2);
    ids[n++] = K[23] ^ s0t ^ Math.imul(b0t, M2);
    ids[n++] = K[24] ^ b0t ^ Math.imul(b1t, M2);
    // pairs of the two stack tops (RIGHT joins them)
    ids[n++] = K[27] ^ s1w ^ Math.imul(s0w, M2);
    ids[n++] = K[25] ^ s1wt ^ Math.imul(s0wt, M2);
    // tag trigrams
    ids[n++] = K[30] ^ b0t ^ Math.imul(b1t, M2) ^ Math.imul(b2t, M3);
    ids[n++] = K[31] ^ s0t ^ Math.imul(b0t, M2) ^ Math.imul(b1t, M3);
    ids[n++] = K[32] ^ s1t ^ Math.imul(s0t, M2) ^ Math.imul(b0t, M3);
    ids[n++] = K[34] ^ s0t ^ Math.imul(s0lc1t, M2) ^ Math.imul(b0t, M3);
    ids[n++] = K[35] ^ s0t ^ Math.imul(s0rc1t, M2) ^ Math.imul(b0t, M3);
    ids[n++] = K[36] ^ s0t ^ Math.imul(b0t, M2) ^ Math.imul(b0lc1t, M3);
    ids[n++] = K[38] ^ s1t ^ Math.imul(this.t(s1rc1), M2) ^ Math.imul(s0t, M3);
    ids[n++] = K[33] ^ s2t ^ Math.imul(s1t, M2) ^ Math.imul(s0t, M3);
    ids[n++] = K[37] ^ s1t ^ Math.imul(s0t, M2) ^ Math.imul(s0lc1t, M3);
    ids[n++] = K[78] ^ s1t ^ Math.imul(s0t, M2) ^ Math.imul(b1t, M3);
    // distance
    ids[n++] = K[43] ^ s0t ^ Math.imul(d1, M2);
    ids[n++] = K[45] ^ b0t ^ Math.imul(d1, M2);
    ids[n++] = K[46] ^ s0t ^ Math.imul(b0t, M2) ^ Math.imul(d1, M3);
    ids[n++] = K[47] ^ s1t ^ Math.imul(s0t, M2) ^ Math.imul(d2, M3);
    // valency
    ids[n++] = K[50] ^ s0w ^ Math.imul(s0nr, M2);
    ids[n++] = K[51] ^ s0t ^ Math.imul(s0nr, M2);
    ids[n++] = K[53] ^ s0t ^ Math.imul(s0nl, M2);
    ids[n++] = K[54] ^ b0w ^ Math.imul(b0nl, M2);
    ids[n++] = K[55] ^ b0t ^ Math.imul(b0nl, M2);
    ids[n++] = K[56] ^ s1t ^ Math.imul(s1 >= 0 ? st.nRight[s1] : 0, M2);
    ids[n++] = K[57] ^ s1t ^ Math.imul(s1 >= 0 ? st.nLeft[s1] : 0, M2);
    // children
    ids[n++] = K[59] ^ s0lc1t;
    ids[n++] = K[60] ^ s0lc1l;
    ids[n++] = K[62] ^ s0rc1t;
    ids[n++] = K[63] ^ s0rc1l;
    ids[n++] = K[65] ^ b0lc1t;
    ids[n++] = K[66] ^ b0lc1l;
    ids[n++] = K[67] ^ (this.t(s0lc2)) ^ Math.imul(this.l(s0lc2), M2);
    ids[n++] = K[68] ^ (this.t(s0rc2)) ^ Math.imul(this.l(s0rc2), M2);
    ids[n++] = K[70] ^ (this.t(s1lc1)) ^ Math.imul(this.l(s1lc1), M2);
    ids[n++] = K[71] ^ (this.t(s1rc1)) ^ Math.imul(this.l(s1rc1), M2);
    // label sets
    ids[n++] = K[73] ^ s0t ^ Math.imul(s0lc1l, M2) ^ Math.imul(this.l(s0lc2), M3);
    ids[n++] = K[74] ^ s0t ^ Math.imul(s0rc1l, M2) ^ Math.imul(this.l(s0rc2), M3);
    ids[n++] = K[75] ^ b0t ^ Math.imul(b0lc1l, M2) ^ Math.imul(this.l(b0lc2), M3);
    // suffixes
    ids[n++] = K[80] ^ s0x;
    ids[n++] = K[81] ^ b0x;
    ids[n++] = K[84] ^ s0t ^ Math.imul(b0x, M2);
    // further lookahead
    ids[n++] = K[9] ^ (b1 >= 0 ? WT[b1] : NONE);
    ids[n++] = K[11] ^ (b2 >= 0 ? W[b2] : NONE);
    // the two candidate heads of the stack top: s1 (RIGHT) against b0 (LEFT)
    ids[n++] = K[16] ^ s1t ^ Math.imul(b0t, M2);
    ids[n++] = K[28] ^ s1w ^ Math.imul(b0t, M2);
    ids[n++] = K[29] ^ s1t ^ Math.imul(b0w, M2);
    ids[n++] = K[49] ^ s1t ^ Math.imul(b0t, M2) ^ Math.imul(s1 >= 0 ? Math.min(b0 - s1, 10) : 0, M3);
    // commas in between (0, 1, 2+; 3 when there is no stack item): clause boundaries
    const C = this.commas;
    ids[n++] = K[39] ^ s0t ^ Math.imul(b0t, M2) ^ Math.imul(s0 >= 0 ? Math.min(C[b0] - C[s0 + 1], 2) : 3, M3);
    ids[n++] = K[40] ^ s1t ^ Math.imul(s0t, M2) ^ Math.imul(s1 >= 0 ? Math.min(C[s0] - C[s1 + 1], 2) : 3, M3);
    // words of the children
    ids[n++] = K[41] ^ (this.w(b0lc1)) ^ Math.imul(b0t, M2);
    ids[n++] = K[42] ^ (this.w(s0rc1)) ^ Math.imul(s0t, M2);
    ids[n++] = K[44] ^ (this.w(s0lc1)) ^ Math.imul(s0t, M2);
    ids[n++] = K[48] ^ s0x ^ Math.imul(b0t, M2);
    // word classes: a back-off for the word features
    // (pairs of classes read the coarse ones: a model with two-level classes has them
    // finer than pairs can be learnt from; for other models the coarse class is the class)
    const Q = this.classes, G = this.coarse;
    const s0c = s0 >= 0 ? Q[s0] : NONE, b0c = Q[b0], b1c = b1 >= 0 ? Q[b1] : NONE;
    const s0g = s0 >= 0 ? G[s0] : NONE, s1g = s1 >= 0 ? G[s1] : NONE, b0g = G[b0];
    ids[n++] = K[52] ^ s0c;
    ids[n++] = K[58] ^ b0c;
    ids[n++] = K[61] ^ b1c;
    ids[n++] = K[64] ^ s0g ^ Math.imul(b0g, M2);
    ids[n++] = K[69] ^ s0c ^ Math.imul(b0t, M2);
    ids[n++] = K[72] ^ s0t ^ Math.imul(b0c, M2);
    ids[n++] = K[76] ^ s1g ^ Math.imul(s0g, M2);
    ids[n++] = K[77] ^ s1g ^ Math.imul(b0g, M2);
    ids[n++] = K[79] ^ s0g ^ Math.imul(b0t, M2) ^ Math.imul(b1t, M3);
    // the tags the tagger nearly chose instead (NO_ALT where it was sure)
    if (this.readsAlts) {
      const A = this.alts;
      const s0a = s0 >= 0 ? A[s0] : NONE, b0a = A[b0], s1a = s1 >= 0 ? A[s1] : NONE, b1a = b1 >= 0 ? A[b1] : NONE;
      ids[n++] = K[120] ^ s0a ^ Math.imul(s0t, M2);
      ids[n++] = K[121] ^ b0a ^ Math.imul(b0t, M2);
      ids[n++] = K[122] ^ s0a ^ Math.imul(b0t, M2);
      ids[n++] = K[123] ^ s0t ^ Math.imul(b0a, M2);
      ids[n++] = K[124] ^ s1a ^ Math.imul(s0t, M2);
      ids[n++] = K[125] ^ b1a ^ Math.imul(b0t, M2);
    }
    finish(f, n);
  }

  /** Features naming the relation of the arc h -> d. */
  extractLabel(d: number, h: number): void {
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
    ids[n++] = L[0] ^ 0;
    ids[n++] = L[1] ^ dw;
    ids[n++] = L[2] ^ dt;
    ids[n++] = L[3] ^ dw ^ Math.imul(dt, M2);
    ids[n++] = L[4] ^ hw;
    ids[n++] = L[5] ^ ht;
    ids[n++] = L[6] ^ hw ^ Math.imul(ht, M2);
    ids[n++] = L[7] ^ dt ^ Math.imul(ht, M2) ^ Math.imul(dir, M3);
    ids[n++] = L[8] ^ dw ^ Math.imul(ht, M2) ^ Math.imul(dir, M3);
    ids[n++] = L[9] ^ dt ^ Math.imul(hw, M2) ^ Math.imul(dir, M3);
    ids[n++] = L[10] ^ dw ^ Math.imul(hw, M2);
    ids[n++] = L[11] ^ dt ^ Math.imul(ht, M2) ^ Math.imul(dist * 4 + dir, M3);
    ids[n++] = L[12] ^ (this.l(lc1)) ^ Math.imul(dt, M2);
    ids[n++] = L[13] ^ (this.l(rc1)) ^ Math.imul(dt, M2);
    ids[n++] = L[14] ^ dt ^ Math.imul(st.nLeft[d], M2) ^ Math.imul(st.nRight[d], M3);
    ids[n++] = L[15] ^ (this.t(lc1)) ^ Math.imul(dt, M2);
    ids[n++] = L[16] ^ (this.t(rc1)) ^ Math.imul(dt, M2);
    ids[n++] = L[17] ^ (this.w(lc1)) ^ Math.imul(dt, M2);
    ids[n++] = L[18] ^ (this.w(lc2)) ^ Math.imul(dt, M2);
    ids[n++] = L[19] ^ (this.l(hlc1)) ^ Math.imul(ht, M2) ^ Math.imul(dir, M3);
    ids[n++] = L[20] ^ (this.l(hrc1)) ^ Math.imul(ht, M2) ^ Math.imul(dir, M3);
    ids[n++] = L[21] ^ (this.t(d - 1)) ^ Math.imul(dt, M2) ^ Math.imul(dir, M3);
    ids[n++] = L[22] ^ dt ^ Math.imul(d + 1 < st.n ? this.tags[d + 1] : NONE, M2) ^ Math.imul(dir, M3);
    ids[n++] = L[23] ^ dt ^ Math.imul(ht, M2) ^ Math.imul(this.w(lc1), M3);
    ids[n++] = L[24] ^ dt ^ Math.imul(ht, M2) ^ Math.imul(this.l(lc1), M3);
    ids[n++] = L[25] ^ dt ^ Math.imul(ht, M2) ^ Math.imul(this.l(rc1), M3);
    ids[n++] = L[26] ^ dw ^ Math.imul(hw, M2) ^ Math.imul(dir, M3);
    ids[n++] = L[27] ^ dt ^ Math.imul(this.l(lc1), M2) ^ Math.imul(this.l(lc2), M3);
    ids[n++] = L[28] ^ dt ^ Math.imul(ht, M2) ^ Math.imul(this.l(hlc1), M3);
    // suffixes, the word before the head (was/been for passives), the next tag, classes
    const X = this.suffixes;
    ids[n++] = L[29] ^ X[d] ^ Math.imul(dt, M2);
    ids[n++] = L[30] ^ X[h] ^ Math.imul(dt, M2) ^ Math.imul(dir, M3);
    ids[n++] = L[31] ^ dt ^ Math.imul(ht, M2) ^ Math.imul(this.w(h - 1), M3);
    ids[n++] = L[32] ^ dt ^ Math.imul(this.t(d + 1 < st.n ? d + 1 : -1), M2) ^ Math.imul(ht, M3);
    ids[n++] = L[33] ^ dt ^ Math.imul(this.w(d - 1), M2) ^ Math.imul(dir, M3);
    ids[n++] = L[34] ^ dw ^ Math.imul(ht, M2) ^ Math.imul(this.l(hlc1), M3);
    const dc = this.classes[d], hc = this.classes[h];
    ids[n++] = L[35] ^ this.coarse[d] ^ Math.imul(this.coarse[h], M2) ^ Math.imul(dir, M3);
    ids[n++] = L[36] ^ dc ^ Math.imul(ht, M2);
    ids[n++] = L[37] ^ dt ^ Math.imul(hc, M2);
    finish(f, n);
  }
}

/**
 * The extractors write each feature as its key xor-ed with its values' products (the
 * inside of fast1/fast2/fast3) and mix them all here in one loop: the same ids as the
 * fast* functions, without ~70 calls per move that V8 will not all inline.
 */
const M2 = 0x27d4eb2f;
const M3 = 0x165667b1;
function finish(f: FeatureBuffer, n: number): void {
  const ids = f.ids;
  for (let i = 0; i < n; i++) {
    const h = Math.imul(ids[i], 0x9e3779b1);
    ids[i] = h ^ (h >>> 15);
  }
  f.length = n;
}
