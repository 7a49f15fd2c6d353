export type { Analysis, Document } from './analysis.js';
export type { Pipeline, DocStage, Extractor } from './pipeline.js';
export { runPipeline, runPipelineBatch, analyzeWith, analyzeBatchWith, type BatchResult } from './pipeline.js';
