/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with the root token at the END
 * of the buffer (Ballesteros & Nivre 2013), and its dynamic oracle (Goldberg & Nivre 2013).
 * Words are 0..n-1; n is the root. SHIFT pushes the buffer front; LEFT makes the buffer
 * front the head of the stack top and pops it; RIGHT makes the second stack item the
 * head of the stack top and pops it. LEFT onto the root is allowed only for the last
 * stack item, so every parse has exactly one root. All arrays are reused across sentences.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const N_MOVES = 3;

export class ParseState {
  n = 0;
  heads = new Int32Array(64);
  labels = new Int32Array(64);
  /** Two leftmost and two rightmost children (-1 when none), and child counts. */
  lc1 = new Int32Array(64);
  lc2 = new Int32Array(64);
  rc1 = new Int32Array(64);
  rc2 = new Int32Array(64);
  nLeft = new Int32Array(64);
  nRight = new Int32Array(64);
  stack = new Int32Array(64);
  inStack = new Uint8Array(64);
  sp = 0;
  /** Front of the buffer; the buffer is b..n (n being the root). */
  b = 0;

  reset(n: number): void {
    if (n + 1 > this.heads.length) this.grow((n + 1) * 2);
    this.n = n;
    const m = n + 1;
    this.heads.fill(-1, 0, m);
    this.labels.fill(-1, 0, m);
    this.lc1.fill(-1, 0, m);
    this.lc2.fill(-1, 0, m);
    this.rc1.fill(-1, 0, m);
    this.rc2.fill(-1, 0, m);
    this.nLeft.fill(0, 0, m);
    this.nRight.fill(0, 0, m);
    this.inStack.fill(0, 0, m);
    this.sp = 0;
    this.b = 0;
  }

  private grow(size: number): void {
    this.heads = new Int32Array(size);
    this.labels = new Int32Array(size);
    this.lc1 = new Int32Array(size);
    this.lc2 = new Int32Array(size);
    this.rc1 = new Int32Array(size);
    this.rc2 = new Int32Array(size);
    this.nLeft = new Int32Array(size);
    this.nRight = new Int32Array(size);
    this.stack = new Int32Array(size);
    this.inStack = new Uint8Array(size);
  }

  get done(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  /** The stack item k from the top (0 = top), or -1. */
  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k] : -1;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === LEFT) return this.sp > 0 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  /** Applies a move; for arcs, returns the dependent (its head is in `heads`), else -1. */
  apply(move: number): number {
    if (move === SHIFT) {
      const w = this.b++;
      this.stack[this.sp++] = w;
      this.inStack[w] = 1;
      return -1;
    }
    const d = this.stack[--this.sp];
    this.inStack[d] = 0;
    const h = move === LEFT ? this.b : this.stack[this.sp - 1];
    this.attach(d, h);
    return d;
  }

  private attach(d: number, h: number): void {
    this.heads[d] = h;
    if (d < h) {
      this.nLeft[h]++;
      if (this.lc1[h] < 0 || d < this.lc1[h]) {
        this.lc2[h] = this.lc1[h];
        this.lc1[h] = d;
      } else if (this.lc2[h] < 0 || d < this.lc2[h]) this.lc2[h] = d;
    } else {
      this.nRight[h]++;
      if (this.rc1[h] < 0 || d > this.rc1[h]) {
        this.rc2[h] = this.rc1[h];
        this.rc1[h] = d;
      } else if (this.rc2[h] < 0 || d > this.rc2[h]) this.rc2[h] = d;
    }
  }

  /**
   * The number of gold arcs a move makes unreachable (Goldberg & Nivre 2013). `gold[i]`
   * is the gold head of word i, n for the root. Exact for projective trees; for others
   * it is the usual approximation, and training follows the cheapest moves.
   */
  cost(move: number, gold: Int32Array): number {
    const n = this.n;
    const b = this.b;
    const s0 = this.s(0);
    if (move === SHIFT) {
      let c = 0;
      for (let k = 0; k < this.sp; k++) {
        const x = this.stack[k];
        if (gold[x] === b) c++;
      }
      const h = gold[b];
      if (h !== s0 && h < n && this.inStack[h] === 1) c++;
      return c;
    }
    let c = 0;
    for (let d = b; d < n; d++) if (gold[d] === s0) c++;
    const h = gold[s0];
    if (move === LEFT) {
      if (h !== b && (h >= b || h === this.s(1))) c++;
    } else if (h >= b) c++;
    return c;
  }
}
