import type { Pipeline } from '../analyze/pipeline.js';
import { defaultPipeline } from '../analyze/default.js';
import { loadModels } from './models.js';

let cached: Pipeline | undefined;

/** The default pipeline with the shipped models, loaded once from the package's models/ folder. */
export function loadDefaultPipeline(): Pipeline {
  cached ??= defaultPipeline(loadModels());
  return cached;
}
