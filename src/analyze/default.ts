import type { CompactBundle, Scorer } from '../ml/compact.js';
import type { ModelBundle } from '../ml/model-file.js';
import { Tagger, taggerFromBundle } from '../nlp/tagger.js';
import { Parser, parserFromBundle } from '../nlp/parser.js';
import { DocTagger, DocParser } from '../nlp/annotate.js';
import { NerTagger } from '../nlp/ner.js';
import { extractEntities } from '../extract/entities.js';
import { extractQuotes } from '../extract/quotes/index.js';
import { extractEvents, extractTone } from '../extract/events/index.js';
import { nerStage } from './ner-stage.js';
import type { DocStage, Extractor, Pipeline } from './pipeline.js';

/** The decoded model files the standard pipeline can use; any may be absent. */
export interface PipelineModels {
  pos?: CompactBundle;
  parser?: CompactBundle;
  ner?: CompactBundle | ModelBundle | null;
  /** The quote content-boundary ranker (table "boundary"); the rules' bounds without it. */
  quotes?: CompactBundle;
}

/** Quotes run after the entity extractor: speakers are resolved to its entities. */
function quotesExtractor(boundaries: Scorer | null): Extractor {
  // Named, so per-extractor timings (scripts/bench-stages.ts) can tell it apart.
  return function extractQuotesWithModels(doc, _document, analysis) {
    analysis.quotes = extractQuotes(doc, analysis.entities, boundaries);
  };
}

/** Assembles the standard pipeline from loaded models: a stage per model present. */
export function defaultPipeline(models: PipelineModels = {}): Pipeline {
  const stages: DocStage[] = [];
  if (models.pos) {
    const tagger = new DocTagger(new Tagger(taggerFromBundle(models.pos)));
    stages.push({ name: 'pos', annotate: (doc) => tagger.annotate(doc) });
    // The parser reads the tagger's Penn tags, so it runs only after it.
    if (models.parser) {
      const parser = new DocParser(new Parser(parserFromBundle(models.parser)));
      stages.push({ name: 'parser', annotate: (doc) => parser.annotate(doc) });
    }
  }
  if (models.ner) stages.push(nerStage(NerTagger.fromBundle(models.ner)));
  // Events read the entities and link the quotes, so they run after both.
  return { stages, extractors: [extractEntities, quotesExtractor(models.quotes?.tables.boundary ?? null), extractEvents, extractTone] };
}
