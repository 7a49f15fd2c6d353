import { hashString } from '../ml/hash.js';
import { GAZ_CLASSES, markGazetteer } from './gazetteer/index.js';
import { FormCache, type FormIds } from '../text/vocab.js';

/**
 * Per-token attributes of a document for the named-entity tagger, each hashed once to an
 * integer: word, lower-cased word, shape, prefixes and suffixes, capitalisation, the
 * gazetteer matches, and document-level evidence (is the word seen lower-case or
 * capitalised mid-sentence elsewhere in the document?). Buffers grow and are reused, so
 * tagging allocates little beyond the lower-cased strings.
 */

/** What the tagger reads: the tokens' text and the sentences as token ranges. */
export interface NerInput {
  words: readonly string[];
  sentences: ReadonlyArray<{ tokenStart: number; tokenEnd: number }>;
  /** The words' ids in a Vocab (a Doc's `forms`), which saves looking each word up. */
  forms?: FormIds;
}

export const CAP_NONE = 0; // no letters
export const CAP_LOWER = 1;
export const CAP_TITLE = 2;
export const CAP_UPPER = 3;
export const CAP_MIXED = 4;

export const DOC_LOWER_ELSEWHERE = 1;
export const DOC_CAP_MID_ELSEWHERE = 2;
export const DOC_TITLE_ELSEWHERE = 4;

/** FNV-1a over s[from, to), like hashString on the slice without making it. */
function hashRange(s: string, from: number, to: number, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = Math.max(0, from); i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function capType(w: string): number {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const lc = c.toLowerCase();
    const uc = c.toUpperCase();
    if (lc === uc) continue;
    if (c === uc) {
      if (upper === 0 && lower === 0) firstUpper = true;
      upper++;
    } else lower++;
  }
  if (upper === 0 && lower === 0) return CAP_NONE;
  if (upper === 0) return CAP_LOWER;
  if (lower === 0) return CAP_UPPER;
  return firstUpper && upper === 1 ? CAP_TITLE : CAP_MIXED;
}

/** Collapsed word shape: "Xx", "X.X.", "d,d", "Xx-Xx"; its hash. */
function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    const c = w[i];
    let k: number;
    if (code >= 48 && code <= 57) k = 100;
    else if (c.toLowerCase() !== c) k = 88;
    else if (c.toUpperCase() !== c) k = 120;
    else k = code;
    if (k === last) continue;
    last = k;
    h ^= k;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** What a word form alone determines, computed once per distinct form. */
interface FormAttributes {
  lower: string;
  word: number;
  low: number;
  shape: number;
  pre2: number;
  pre3: number;
  suf2: number;
  suf3: number;
  suf4: number;
  cap: number;
}

function formAttributes(w: string): FormAttributes {
  const l = w.toLowerCase();
  return {
    lower: l,
    word: hashString(w),
    low: hashString(l),
    shape: shapeHash(w),
    pre2: hashRange(l, 0, Math.min(2, l.length), 1),
    pre3: hashRange(l, 0, Math.min(3, l.length), 2),
    suf2: hashRange(l, l.length - 2, l.length, 3),
    suf3: hashRange(l, l.length - 3, l.length, 4),
    suf4: hashRange(l, l.length - 4, l.length, 5),
    cap: capType(w),
  };
}


const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '--', '—', '–', '«', '`', '``']);

export class TokenAttributes {
  n = 0;
  lower: string[] = [];
  // Hashes as signed integers: the same bits, and never a heap number when read.
  word = new Int32Array(0);
  low = new Int32Array(0);
  shape = new Int32Array(0);
  pre2 = new Int32Array(0);
  pre3 = new Int32Array(0);
  suf2 = new Int32Array(0);
  suf3 = new Int32Array(0);
  suf4 = new Int32Array(0);
  gaz = new Uint32Array(0);
  cap = new Uint8Array(0);
  docInfo = new Uint8Array(0);
  /** 1 at a sentence's first word (after any opening quotes or dashes). */
  initial = new Uint8Array(0);
  /** 1 in a sentence written mostly in capitals (a headline). */
  headline = new Uint8Array(0);
  /** Place in a run of capitalised tokens: 0 none, 1 begin, 2 inside, 3 last, 4 alone. */
  capRun = new Uint8Array(0);
  private readonly forms = new FormCache<FormAttributes>(formAttributes);

  private grow(n: number): void {
    if (this.word.length >= n) return;
    const size = Math.max(n, this.word.length * 2, 256);
    for (const k of ['word', 'low', 'shape', 'pre2', 'pre3', 'suf2', 'suf3', 'suf4'] as const) this[k] = new Int32Array(size);
    this.gaz = new Uint32Array(size);
    for (const k of ['cap', 'docInfo', 'initial', 'headline', 'capRun'] as const) this[k] = new Uint8Array(size);
  }

  fill(input: NerInput): void {
    const words = input.words;
    const n = words.length;
    this.n = n;
    this.grow(n);
    const lower = new Array<string>(n);
    this.lower = lower;
    const ids = input.forms;
    if (ids) this.forms.use(ids.generation);
    for (let i = 0; i < n; i++) {
      const f = this.forms.get(words[i], ids ? ids.ids[i] : -1);
      lower[i] = f.lower;
      this.word[i] = f.word;
      this.low[i] = f.low;
      this.shape[i] = f.shape;
      this.pre2[i] = f.pre2;
      this.pre3[i] = f.pre3;
      this.suf2[i] = f.suf2;
      this.suf3[i] = f.suf3;
      this.suf4[i] = f.suf4;
      this.cap[i] = f.cap;
      this.initial[i] = 0;
      this.docInfo[i] = 0;
    }
    // Sentence-level: first word, headline, gazetteer matches, capitalised runs.
    const lowerSeen = new Set<string>();
    const capMidSeen = new Set<string>();
    const titleSeen = new Set<string>();
    for (const s of input.sentences) {
      let first = s.tokenStart;
      while (first < s.tokenEnd - 1 && OPENERS.has(words[first])) first++;
      if (first < s.tokenEnd) this.initial[first] = 1;
      let letters = 0;
      let upper = 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const c = this.cap[i];
        if (c !== CAP_NONE && words[i].length > 1) {
          letters++;
          if (c === CAP_UPPER) upper++;
        }
      }
      const head = letters >= 2 && upper / letters > 0.7 ? 1 : 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        this.headline[i] = head;
        const c = this.cap[i];
        if (c === CAP_LOWER) lowerSeen.add(lower[i]);
        else if (!head && (c === CAP_TITLE || c === CAP_MIXED)) {
          titleSeen.add(lower[i]);
          if (i !== first) capMidSeen.add(lower[i]);
        }
      }
      markGazetteer(lower, s.tokenStart, s.tokenEnd, this.gaz);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const capd = this.cap[i] >= CAP_TITLE;
        if (!capd) {
          this.capRun[i] = 0;
          continue;
        }
        const prev = i > s.tokenStart && this.cap[i - 1] >= CAP_TITLE;
        const next = i + 1 < s.tokenEnd && this.cap[i + 1] >= CAP_TITLE;
        this.capRun[i] = prev ? (next ? 2 : 3) : next ? 1 : 4;
      }
    }
    for (let i = 0; i < n; i++) {
      const c = this.cap[i];
      if (c < CAP_TITLE) continue;
      const l = lower[i];
      let info = 0;
      if (lowerSeen.has(l)) info |= DOC_LOWER_ELSEWHERE;
      if (capMidSeen.has(l)) info |= DOC_CAP_MID_ELSEWHERE;
      if (c === CAP_UPPER && titleSeen.has(l)) info |= DOC_TITLE_ELSEWHERE;
      this.docInfo[i] = info;
    }
  }

  /** The 3-bit place of token i in a match of gazetteer list c (0 when none). */
  gazAt(i: number, c: number): number {
    return (this.gaz[i] >>> (3 * c)) & 7;
  }
}

export { GAZ_CLASSES };
