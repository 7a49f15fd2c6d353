/**
 * Feature hashing without building strings: every token attribute (word, suffix, shape)
 * is hashed once to a 32-bit integer, and a feature is an integer mix of a template id
 * with one or two such values. The mix is the murmur3 finaliser, which spreads nearby
 * inputs across the whole table.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a fast, well-mixed 32-bit permutation (unsigned). */
export function fmix(h: number): number {
  return fmixBits(h) >>> 0;
}

/**
 * The same bits as a signed 32-bit integer. Feature ids only ever go into typed arrays
 * and through `& mask`, where the sign does not matter, and a signed result is a small
 * integer to the engine: returning an unsigned one above 2^31 allocates a heap number.
 */
function fmixBits(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** A feature from a template id and one value. */
export function feat1(template: number, a: number): number {
  return fmixBits(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** A feature from a template id and two values (a conjunction). */
export function feat2(template: number, a: number, b: number): number {
  return fmixBits(Math.imul(template + 1, 0x9e3779b1) ^ fmixBits(a ^ Math.imul(b, 0x27d4eb2f)));
}

/** A feature from a template id and three values. */
export function feat3(template: number, a: number, b: number, c: number): number {
  return feat2(template, a, fmixBits(b ^ Math.imul(c, 0x165667b1)));
}

/**
 * Cheap feature ids for hot loops whose values are already well-spread 32-bit hashes:
 * one multiply and one shift-xor (so the low bits, which pick the table row, also feel
 * the high ones) instead of two or three murmur rounds. `key` is a per-template constant
 * (see templateKey); conjunctions fold further values in with one multiply each.
 */
export function mix(x: number): number {
  const h = Math.imul(x, 0x9e3779b1);
  // Signed, as fmixBits, so that the result never needs a heap number.
  return (h ^ (h >>> 15)) | 0;
}

/** A distinct, well-spread constant per template number. */
export function templateKey(template: number): number {
  return fmix(template + 0x51ed27);
}

/** The multipliers that fold a conjunction's second and third values in. */
const SECOND = 0x27d4eb2f;
const THIRD = 0x165667b1;

export function fast1(key: number, a: number): number {
  return mix(key ^ a);
}

export function fast2(key: number, a: number, b: number): number {
  return mix(key ^ a ^ Math.imul(b, SECOND));
}

export function fast3(key: number, a: number, b: number, c: number): number {
  return mix(key ^ a ^ Math.imul(b, SECOND) ^ Math.imul(c, THIRD));
}
