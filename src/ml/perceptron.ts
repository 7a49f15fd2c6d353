import type { FeatureBuffer } from './features.js';

/**
 * The averaged perceptron (Collins 2002) over hashed features, shared by the tagger, the
 * parser and the named-entity tagger. Weights live in one dense typed array of
 * `buckets × classes`; a feature id picks its row by its low bits. Averaging is done
 * lazily with per-weight timestamps, as in Honnibal's tagger, so an update costs only
 * the weights it touches.
 */
export class Perceptron {
  readonly nClasses: number;
  readonly bits: number;
  readonly mask: number;
  weights: Float32Array;
  private totals: Float64Array | null = null;
  private stamps: Int32Array | null = null;
  /** Number of training instances seen, the clock of lazy averaging. */
  private instances = 0;

  constructor(nClasses: number, bits: number, weights?: Float32Array) {
    if (nClasses < 1) throw new Error('a perceptron needs at least one class');
    if (bits < 4 || bits > 26) throw new Error(`hash table bits ${bits} out of range 4..26`);
    this.nClasses = nClasses;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    const size = (1 << bits) * nClasses;
    if (weights && weights.length !== size) throw new Error(`weights have ${weights.length} entries, expected ${size}`);
    this.weights = weights ?? new Float32Array(size);
  }

  /** Adds each class's score for the features into `scores` (which it zeroes first). */
  score(features: FeatureBuffer, scores: Float32Array): void {
    const nc = this.nClasses;
    const w = this.weights;
    scores.fill(0, 0, nc);
    const ids = features.ids;
    for (let i = 0; i < features.length; i++) {
      const row = (ids[i] & this.mask) * nc;
      for (let c = 0; c < nc; c++) scores[c] += w[row + c];
    }
  }

  /** The best class among those `allowed` admits (all when omitted); ties go to the lower index. */
  static argmax(scores: Float32Array, n: number, allowed?: (c: number) => boolean): number {
    let best = -1;
    let bestScore = -Infinity;
    for (let c = 0; c < n; c++) {
      if (allowed && !allowed(c)) continue;
      if (scores[c] > bestScore) {
        bestScore = scores[c];
        best = c;
      }
    }
    return best;
  }

  /** Marks the start of a new training instance (advances the averaging clock). */
  tick(): void {
    this.instances++;
  }

  /** Moves weight toward `truth` and away from `guess` for these features. */
  update(truth: number, guess: number, features: FeatureBuffer, amount = 1): void {
    if (truth === guess) return;
    this.ensureTrainingState();
    const ids = features.ids;
    for (let i = 0; i < features.length; i++) {
      const row = (ids[i] & this.mask) * this.nClasses;
      this.bump(row + truth, amount);
      this.bump(row + guess, -amount);
    }
  }

  private bump(k: number, delta: number): void {
    const totals = this.totals!;
    const stamps = this.stamps!;
    totals[k] += (this.instances - stamps[k]) * this.weights[k];
    stamps[k] = this.instances;
    this.weights[k] += delta;
  }

  private ensureTrainingState(): void {
    if (this.totals) return;
    this.totals = new Float64Array(this.weights.length);
    this.stamps = new Int32Array(this.weights.length);
  }

  /**
   * Makes this table the mean of itself and `others` (tables of the same shape, trained in
   * other orders): parameter mixing (McDonald et al. 2010), which keeps the size and speed
   * of one model and evens out the luck of one training order.
   */
  mixWith(others: Perceptron[]): void {
    const w = this.weights;
    for (const o of others) {
      if (o.weights.length !== w.length) throw new Error(`cannot mix tables of ${o.weights.length} and ${w.length} weights`);
      const v = o.weights;
      for (let k = 0; k < w.length; k++) w[k] += v[k];
    }
    const by = 1 / (others.length + 1);
    for (let k = 0; k < w.length; k++) w[k] *= by;
  }

  /** Replaces each weight by its average over all instances; ends training. */
  average(): void {
    if (!this.totals || !this.stamps) return;
    const n = Math.max(1, this.instances);
    for (let k = 0; k < this.weights.length; k++) {
      const total = this.totals[k] + (this.instances - this.stamps[k]) * this.weights[k];
      this.weights[k] = total / n;
    }
    this.totals = null;
    this.stamps = null;
  }
}
