/**
 * A worker thread that analyses documents: the pure pipeline, loaded once per thread.
 * Messages in: {seq, document}; out: {seq, analysis} or {seq, error}.
 */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../analyze/analysis.js';
import { analyzeWith } from '../analyze/pipeline.js';
import { loadDefaultPipeline } from '../io/pipeline.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js must run as a worker thread');
const pipeline = loadDefaultPipeline();
port.on('message', (msg: { seq: number; document: Document }) => {
  try {
    port.postMessage({ seq: msg.seq, analysis: analyzeWith(pipeline, msg.document) });
  } catch (err) {
    port.postMessage({ seq: msg.seq, error: (err as Error).message ?? String(err) });
  }
});
