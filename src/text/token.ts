import type { Span } from './span.js';

/** One token: its exact place in the text and the characters there. */
export interface Token extends Span {
  text: string;
  /** True when whitespace follows the token in the text. */
  spaceAfter: boolean;
  /** True when a line break lies between this token and the previous one. */
  lineBefore: boolean;
  /** True when a blank line (paragraph break) lies between this token and the previous one. */
  paragraphBefore: boolean;
}

/** A sentence: a character span plus the half-open range of its tokens. */
export interface Sentence extends Span {
  tokenStart: number;
  tokenEnd: number;
}

/** The half-open token range covering a character span. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  while (k < tokens.length && tokens[k].start < end) k++;
  return [lo, k];
}
