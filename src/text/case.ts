/**
 * Letter-case tests that run per token in the hot paths. Nearly every token is plain
 * ASCII, which is settled by character codes; anything else falls back to the Unicode
 * property regexes, so the answers are those of the regexes everywhere.
 */

const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{Lt}\d]/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Starts with an upper-case or title-case letter or an ASCII digit. */
export function startsUpperOrDigit(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return UPPER_OR_DIGIT_START.test(s);
}

/** Starts with an upper-case letter. */
export function startsUpper(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}

/** Holds a letter. */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return LETTER.test(s);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/** Starts with a lower-case letter. */
export function startsLower(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(s);
}

/** Holds an upper-case letter. */
export function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return HAS_UPPER.test(s);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Holds a lower-case letter. */
export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return HAS_LOWER.test(s);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Only characters below U+0080. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
