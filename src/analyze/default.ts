import type { Pipeline } from './pipeline.js';
import { extractEvents, extractTone } from '../extract/events/index.js';

/** Assembles the standard pipeline from loaded models. */
export function defaultPipeline(): Pipeline {
  // Events read the entities and link the quotes, so they run after both.
  return { stages: [], extractors: [extractEvents, extractTone] };
}
