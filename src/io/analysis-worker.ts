/**
 * A worker thread that analyses documents: the pure pipeline, loaded once per thread.
 * Messages in: {seq, document}; out: {seq, analysis} or {seq, error}. Or a batch, run
 * model by model as analyzeBatch does and rendered as `parley analyze` prints it:
 * {seq, documents, format, color} in, {seq, results} out, one {text} or {error} per
 * document, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../analyze/analysis.js';
import { analyzeWith } from '../analyze/pipeline.js';
import { renderBatchWith } from './analysis-pool.js';
import type { OutputFormat } from './write.js';
import { loadDefaultPipeline } from './pipeline.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js must run as a worker thread');
const pipeline = loadDefaultPipeline();
port.on('message', (msg: { seq: number; document: Document } | { seq: number; documents: Document[]; format: OutputFormat; color: boolean }) => {
  try {
    if ('documents' in msg) {
      const results = renderBatchWith(pipeline, msg.documents, msg.format, msg.color).map((r) => (r instanceof Error ? { error: r.message } : { text: r }));
      port.postMessage({ seq: msg.seq, results });
    } else port.postMessage({ seq: msg.seq, analysis: analyzeWith(pipeline, msg.document) });
  } catch (err) {
    port.postMessage({ seq: msg.seq, error: (err as Error).message ?? String(err) });
  }
});
