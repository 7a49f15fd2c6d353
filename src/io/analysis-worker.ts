/**
 * A worker thread that analyses documents: the pure pipeline, loaded once per thread.
 * Messages in: {seq, document}; out: {seq, analysis} or {seq, error}. Or a batch, run
 * model by model as analyzeBatch does: {seq, documents} in, {seq, results} out, one
 * {analysis} or {error} per document, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../analyze/analysis.js';
import { analyzeBatchWith, analyzeWith } from '../analyze/pipeline.js';
import { loadDefaultPipeline } from './pipeline.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js must run as a worker thread');
const pipeline = loadDefaultPipeline();
port.on('message', (msg: { seq: number; document: Document } | { seq: number; documents: Document[] }) => {
  try {
    if ('documents' in msg) {
      const results = analyzeBatchWith(pipeline, msg.documents).map((r) => (r instanceof Error ? { error: r.message } : { analysis: r }));
      port.postMessage({ seq: msg.seq, results });
    } else port.postMessage({ seq: msg.seq, analysis: analyzeWith(pipeline, msg.document) });
  } catch (err) {
    port.postMessage({ seq: msg.seq, error: (err as Error).message ?? String(err) });
  }
});
