import { makeDoc, type Doc } from '../text/doc.js';
import type { Analysis, Document } from './analysis.js';

/**
 * One stage of the pipeline: reads and annotates the Doc in place (tagger, parser,
 * named-entity tagger). Stages are pure functions of the text and their model.
 */
export interface DocStage {
  name: string;
  annotate(doc: Doc): void;
}

/** What the extractors add on top of the annotated Doc. */
export type Extractor = (doc: Doc, document: Document, analysis: Analysis) => void;

export interface Pipeline {
  stages: DocStage[];
  extractors: Extractor[];
}

/** Runs the pipeline over one document. Pure: no I/O, no clock. */
export function runPipeline(pipeline: Pipeline, document: Document): { doc: Doc; analysis: Analysis } {
  const doc = makeDoc(document.text);
  for (const stage of pipeline.stages) stage.annotate(doc);
  const analysis: Analysis = {
    id: document.id,
    date: document.date,
    text: document.text,
    ...(document.title !== undefined ? { title: document.title } : {}),
    ...(document.url !== undefined ? { url: document.url } : {}),
    ...(document.source !== undefined ? { source: document.source } : {}),
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: [],
    quotes: [],
    events: [],
    meetings: [],
  };
  for (const extract of pipeline.extractors) extract(doc, document, analysis);
  return { doc, analysis };
}

export function analyzeWith(pipeline: Pipeline, document: Document): Analysis {
  return runPipeline(pipeline, document).analysis;
}
