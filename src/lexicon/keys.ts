import { tokenize } from '../text/tokenize.js';
import { isAscii } from '../text/case.js';

const MARKS = /\p{M}+/gu;

/**
 * The lookup form of one token: lower case, accents and curly apostrophes folded, so
 * "Élysée", "Elysee" and "ELYSEE" meet under one key. The regex work is skipped for
 * plain ASCII tokens, which are nearly all of them.
 */
export function foldToken(token: string): string {
  return foldLower(token.toLowerCase());
}

/** foldToken of a token already in lower case (a Doc's `lower`): plain ASCII comes back as it is. */
export function foldLower(lower: string): string {
  if (isAscii(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(/[’‘`´]/g, "'");
}

/** The lookup key of a phrase: its tokens, as the document tokenizer cuts them, folded and joined by spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => foldToken(t.text))
    .join(' ');
}

/** The number of tokens the document tokenizer makes of a phrase. */
export function phraseLength(phrase: string): number {
  return tokenize(phrase).length;
}
