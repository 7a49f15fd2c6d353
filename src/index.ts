/**
 * Parley as a library: `analyze(text | Document)` gives the contract analysis.
 * The pure core lives under src/text .. src/analyze; this entry loads the shipped models.
 */
import type { Analysis, Document } from './analyze/analysis.js';
import { analyzeBatchWith, analyzeWith } from './analyze/pipeline.js';
import { loadDefaultPipeline } from './io/pipeline.js';
import { normalizeText } from './text/normalize.js';
import { contentId } from './io/read.js';

export type { Analysis, Document } from './analyze/analysis.js';
export type * from './extract/types.js';
export type { Span, TextSpan, Token, Sentence, Doc } from './text/index.js';
export { tokenize, splitSentences, makeDoc } from './text/index.js';

/** An article as the library takes it: a bare string, or a Document with at least its text. */
export type Input = string | (Partial<Document> & { text: string });

function toDocument(input: Input): Document {
  return typeof input === 'string'
    ? { id: contentId(input), text: normalizeText(input), date: null }
    : { ...input, id: input.id ?? contentId(input.text), text: normalizeText(input.text), date: input.date ?? null };
}

/** Analyses one article. A bare string gets a content-hash id and no date. */
export function analyze(input: Input): Analysis {
  return analyzeWith(loadDefaultPipeline(), toDocument(input));
}

/**
 * Analyses many articles, a batch at a time (each model runs over the whole batch before
 * the next: faster than one `analyze` call per article). One result per input, in order:
 * the analysis, or the Error that article raised.
 */
export function analyzeBatch(inputs: Input[], batchSize = 32): Array<Analysis | Error> {
  const pipeline = loadDefaultPipeline();
  const out: Array<Analysis | Error> = [];
  for (let i = 0; i < inputs.length; i += batchSize) out.push(...analyzeBatchWith(pipeline, inputs.slice(i, i + batchSize).map(toDocument)));
  return out;
}
