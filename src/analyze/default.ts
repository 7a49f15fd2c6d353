import type { Pipeline } from './pipeline.js';
import { extractQuotes } from '../extract/quotes/index.js';

/** Assembles the standard pipeline from loaded models. */
export function defaultPipeline(): Pipeline {
  return {
    stages: [],
    extractors: [
      // Quotes run after the entity extractor: speakers are resolved to its entities.
      (doc, _document, analysis) => {
        analysis.quotes = extractQuotes(doc, analysis.entities);
      },
    ],
  };
}
