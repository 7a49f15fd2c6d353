import type { ModelBundle } from '../ml/model-file.js';
import { NerTagger } from '../nlp/ner.js';
import { extractEntities } from '../extract/entities.js';
import { extractQuotes } from '../extract/quotes/index.js';
import { extractEvents, extractTone } from '../extract/events/index.js';
import { nerStage } from './ner-stage.js';
import type { Extractor, Pipeline } from './pipeline.js';

/** The loaded models the standard pipeline uses; a missing one leaves its stage out. */
export interface PipelineModels {
  ner?: ModelBundle | null;
}

/** Quotes run after the entity extractor: speakers are resolved to its entities. */
const quotesExtractor: Extractor = (doc, _document, analysis) => {
  analysis.quotes = extractQuotes(doc, analysis.entities);
};

/** Assembles the standard pipeline from loaded models. */
export function defaultPipeline(models: PipelineModels = {}): Pipeline {
  // Events read the entities and link the quotes, so they run after both.
  const pipeline: Pipeline = { stages: [], extractors: [extractEntities, quotesExtractor, extractEvents, extractTone] };
  if (models.ner) pipeline.stages.push(nerStage(NerTagger.fromBundle(models.ner)));
  return pipeline;
}
