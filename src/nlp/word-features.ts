import { hashString } from '../ml/hash.js';

/**
 * Per-token attribute hashes, computed once per sentence and shared by every feature
 * template of the tagger and the parser (so no feature ever builds a string). The arrays
 * are reused across sentences and grow only when a longer sentence comes along.
 */
export class WordHashes {
  /** Exact form. */
  word = new Uint32Array(64);
  /** Lower-cased form, with digits folded to 0 so numbers share statistics. */
  lower = new Uint32Array(64);
  prefix1 = new Uint32Array(64);
  prefix3 = new Uint32Array(64);
  suffix1 = new Uint32Array(64);
  suffix2 = new Uint32Array(64);
  suffix3 = new Uint32Array(64);
  suffix4 = new Uint32Array(64);
  /** Word shape: X for upper, x for lower, d for digit, runs cut at 3 ("Xxxx", "dd.dd"). */
  shape = new Uint32Array(64);
  /** Word class (hash), when the model has word classes; else 0. */
  cls = new Uint32Array(64);
  length = 0;

  /** Fills the arrays for `forms` (a sentence). */
  compute(forms: ArrayLike<string>, count = forms.length): void {
    if (count > this.word.length) this.grow(count * 2);
    this.length = count;
    for (let i = 0; i < count; i++) {
      const form = forms[i];
      this.word[i] = hashString(form);
      const lower = foldWord(form);
      this.lower[i] = hashString(lower);
      const n = lower.length;
      this.prefix1[i] = hashString(lower.slice(0, 1));
      this.prefix3[i] = hashString(lower.slice(0, 3));
      this.suffix1[i] = hashString(lower.slice(n - 1));
      this.suffix2[i] = hashString(lower.slice(Math.max(0, n - 2)));
      this.suffix3[i] = hashString(lower.slice(Math.max(0, n - 3)));
      this.suffix4[i] = hashString(lower.slice(Math.max(0, n - 4)));
      this.shape[i] = shapeHash(form);
    }
  }

  private grow(size: number): void {
    for (const key of ['word', 'lower', 'prefix1', 'prefix3', 'suffix1', 'suffix2', 'suffix3', 'suffix4', 'shape', 'cls'] as const) {
      this[key] = new Uint32Array(size);
    }
  }
}

/** Lower case with ASCII digits folded to 0 ("1998" and "2025" share a row). */
export function foldWord(form: string): string {
  const lower = form.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

/** FNV-1a over the shape characters, built on the fly. */
function shapeHash(form: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    let k: number;
    if (c >= 65 && c <= 90) k = 88; // X
    else if (c >= 97 && c <= 122) k = 120; // x
    else if (c >= 48 && c <= 57) k = 100; // d
    else if (c > 127) {
      const ch = form[i];
      k = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : c;
    } else k = c;
    if (k === last) {
      if (++run >= 3) continue;
    } else {
      last = k;
      run = 0;
    }
    h ^= k;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Sentinel attribute values for positions before the start and after the end of a sentence. */
export const START = hashString('<s>');
export const END = hashString('</s>');
