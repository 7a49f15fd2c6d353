export type { Span, TextSpan } from './span.js';
export { textSpan, overlaps, contains } from './span.js';
export type { Token, Sentence } from './token.js';
export { tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';
export type { Doc } from './doc.js';
export { makeDoc } from './doc.js';
export { normalizeText } from './normalize.js';
