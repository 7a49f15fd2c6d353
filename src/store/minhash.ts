/**
 * MinHash over word shingles, for finding syndicated copies and near-duplicates.
 * Pure: a signature is a function of the text alone. Two texts' Jaccard similarity
 * (shared shingles / all shingles) is estimated by the share of equal signature slots;
 * locality-sensitive banding turns "similar" into "share at least one band key", which
 * a database index can find.
 */

/** Slots in a signature; BANDS × ROWS must equal it. */
import { fmix, hashString } from '../ml/hash.js';
export const SIGNATURE_SIZE = 60;
export const BANDS = 20;
export const ROWS = 3;
/** Word n-gram length of a shingle. */
export const SHINGLE = 3;
/** Estimated Jaccard similarity at or above which two documents are one story. */
export const SAME_STORY = 0.6;

const seeds: Uint32Array = (() => {
  const s = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = fmix(x + 0x6d2b79f5 + i);
    s[i] = x;
  }
  return s;
})();


/** Lower-cased words; punctuation, quotes and case do not make two copies differ. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct hashed word shingles of a text (single words when it is very short). */
export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length < SHINGLE) {
    for (const x of w) out.add(hashString(x));
    return out;
  }
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(hashString(w.slice(i, i + SHINGLE).join(' ')));
  return out;
}

export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const sh of shingles(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix(sh ^ seeds[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band, "band:hash", so near-duplicates share at least one key with high probability. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix(h ^ sig[b * ROWS + r]) ^ Math.imul(r + 1, 0x27d4eb2d);
    keys.push(`${b}:${(h >>> 0).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

export function encodeSignature(sig: Uint32Array): string {
  let s = '';
  for (const v of sig) s += v.toString(16).padStart(8, '0');
  return s;
}

export function decodeSignature(hex: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) sig[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return sig;
}
