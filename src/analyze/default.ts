import type { CompactBundle } from '../ml/compact.js';
import { Tagger, taggerFromBundle } from '../nlp/tagger.js';
import { Parser, parserFromBundle } from '../nlp/parser.js';
import { DocTagger, DocParser } from '../nlp/annotate.js';
import type { DocStage, Pipeline } from './pipeline.js';

/** The decoded model files the standard pipeline can use; any may be absent. */
export interface PipelineModels {
  pos?: CompactBundle;
  parser?: CompactBundle;
  ner?: CompactBundle;
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
  return { stages, extractors: [] };
}
