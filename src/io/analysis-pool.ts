import { Worker } from 'node:worker_threads';
import type { Analysis, Document } from '../analyze/analysis.js';
import { analyzeBatchWith, analyzeWith, type Pipeline } from '../analyze/pipeline.js';
import { loadDefaultPipeline } from './pipeline.js';
import { renderAnalysis, type OutputFormat } from './write.js';

/** One document's outcome in a batch reply: its rendered analysis, or why it failed. */
type BatchResult = { text: string } | { error: string };

interface Pending {
  resolve: (reply: Reply) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

type Reply = { seq: number; analysis: Analysis } | { seq: number; error: string } | { seq: number; results: BatchResult[] };

/**
 * Analyses documents on worker threads, so the pure pipeline runs on every core while
 * the main thread writes to the database. Size 0 analyses inline (no threads).
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private seq = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // A young generation of 3 × 64 MB, as the parley command's own thread has (see cli/main.ts):
    // analysis allocates short-lived objects fast, and a small one is scavenged 4 times as often.
    const worker = new Worker(new URL('./analysis-worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 192 } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (r: Reply) => {
      const p = slot.pending.get(r.seq);
      if (!p) return;
      slot.pending.delete(r.seq);
      if ('error' in r) p.reject(new Error(r.error));
      else p.resolve(r);
    });
    const fail = (err: Error): void => {
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
      // A dead worker is replaced so the rest of the input still gets analysed.
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && !this.closed) fail(new Error(`analysis worker exited with code ${code}`));
    });
    return slot;
  }

  private closed = false;

  analyze(document: Document): Promise<Analysis> {
    if (this.size === 0) return inThisThread(() => analyzeWith(loadDefaultPipeline(), document));
    return this.send({ document }).then((r) => ('analysis' in r ? r.analysis : Promise.reject(new Error('analysis worker sent no analysis'))));
  }

  /**
   * Analyses documents as one batch on one thread, model by model (analyzeBatch), and
   * renders each as `parley analyze` prints it (renderAnalysis): the text, or the Error that
   * document raised, per input, in order. Rendering on the thread leaves the main thread
   * only writing, and a string crosses threads far cheaper than an object. A thread that
   * dies fails the whole batch (the promise rejects); it is replaced for the next.
   */
  renderBatch(documents: Document[], format: OutputFormat, color = false): Promise<Array<string | Error>> {
    if (this.size === 0) return inThisThread(() => renderBatchWith(loadDefaultPipeline(), documents, format, color));
    return this.send({ documents, format, color }).then((r) => {
      if (!('results' in r)) throw new Error('analysis worker sent no batch results');
      return r.results.map((x) => ('text' in x ? x.text : new Error(x.error)));
    });
  }

  /** Posts a message to the least busy thread; resolves with its reply. */
  private send(message: { document: Document } | { documents: Document[]; format: OutputFormat; color: boolean }): Promise<Reply> {
    let slot = this.slots[0];
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const seq = ++this.seq;
    return new Promise<Reply>((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, ...message });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** A batch analysed and rendered as `parley analyze` prints it: the text, or the Error, per document. */
export function renderBatchWith(pipeline: Pipeline, documents: Document[], format: OutputFormat, color: boolean): Array<string | Error> {
  return analyzeBatchWith(pipeline, documents).map((r) => (r instanceof Error ? r : renderAnalysis(r, format, color)));
}

/** Runs `f` here and now; a throw becomes the promise's rejection. */
function inThisThread<T>(f: () => T): Promise<T> {
  return new Promise<T>((resolve) => resolve(f()));
}
