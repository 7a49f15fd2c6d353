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
