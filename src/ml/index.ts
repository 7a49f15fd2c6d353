export { Perceptron } from './perceptron.js';
export { FeatureBuffer } from './features.js';
export { hashString, feat1, feat2, feat3 } from './hash.js';
export { encodeModel, decodeModel } from './model-file.js';
export type { ModelBundle, ModelCard, ModelHeader, TableHeader } from './model-file.js';
export { CompactTable, decodeCompactModel, compactBundle } from './compact.js';
export type { Scorer, CompactBundle } from './compact.js';
export { useSimd, simdAvailable } from './simd/kernel.js';
