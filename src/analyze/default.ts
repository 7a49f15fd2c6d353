import type { Pipeline } from './pipeline.js';
import { extractEntities } from '../extract/entities.js';

/** Assembles the standard pipeline from loaded models. */
export function defaultPipeline(): Pipeline {
  return { stages: [], extractors: [extractEntities] };
}
