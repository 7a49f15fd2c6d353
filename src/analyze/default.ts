import type { Pipeline } from './pipeline.js';

/** Assembles the standard pipeline from loaded models. */
export function defaultPipeline(): Pipeline {
  return { stages: [], extractors: [] };
}
