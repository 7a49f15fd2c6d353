/**
 * Parley as a library: `analyze(text | Document)` gives the contract analysis.
 * The pure core lives under src/text .. src/analyze; this entry loads the shipped models.
 */
import type { Analysis, Document } from './analyze/analysis.js';
import { analyzeWith } from './analyze/pipeline.js';
import { loadDefaultPipeline } from './io/pipeline.js';
import { normalizeText } from './text/normalize.js';
import { contentId } from './io/read.js';

export type { Analysis, Document } from './analyze/analysis.js';
export type * from './extract/types.js';
export type { Span, TextSpan, Token, Sentence, Doc } from './text/index.js';
export { tokenize, splitSentences, makeDoc } from './text/index.js';

/** Analyses one article. A bare string gets a content-hash id and no date. */
export function analyze(input: string | (Partial<Document> & { text: string })): Analysis {
  const doc: Document =
    typeof input === 'string'
      ? { id: contentId(input), text: normalizeText(input), date: null }
      : { ...input, id: input.id ?? contentId(input.text), text: normalizeText(input.text), date: input.date ?? null };
  return analyzeWith(loadDefaultPipeline(), doc);
}
