import type { Analysis } from '../analyze/analysis.js';
import type { SaveOutcome } from '../store/store.js';

interface Waiting {
  analysis: Analysis;
  resolve: (o: SaveOutcome) => void;
  reject: (e: unknown) => void;
}

/**
 * Gathers the analyses of concurrently processed jobs into one save: a transaction (and
 * a turn of the shared write lock) per batch instead of per article. One batch is saved
 * at a time; what arrives meanwhile forms the next.
 */
export class SaveBatcher {
  private queue: Waiting[] = [];
  private running = false;

  constructor(
    private readonly saveBatch: (as: Analysis[]) => Promise<SaveOutcome[]>,
    private readonly isTransient: (err: unknown) => boolean,
    private readonly maxBatch = 32,
  ) {}

  save(analysis: Analysis): Promise<SaveOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ analysis, resolve, reject });
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        // Let the other jobs finishing in this tick join the batch.
        await new Promise((r) => setImmediate(r));
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const out = await this.saveBatch(batch.map((w) => w.analysis));
          batch.forEach((w, i) => w.resolve(out[i]));
        } catch (err) {
          if (batch.length === 1 || this.isTransient(err)) for (const w of batch) w.reject(err);
          // One bad article must not fail the others: save them one by one.
          else for (const w of batch) await this.saveBatch([w.analysis]).then((o) => w.resolve(o[0]), w.reject);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
