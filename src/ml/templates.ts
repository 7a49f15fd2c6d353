import type { FeatureBuffer } from './features.js';
import { mix, SECOND, THIRD } from './hash.js';

/**
 * Feature templates as data: each template names up to three slots (the stack top's
 * word, the buffer front's tag, a distance, ...), and its feature id is the fast mix of a
 * per-template key with the slots' values (fast1/fast2/fast3 of src/ml/hash.ts, which it
 * equals). A model fills the slot values for a decision, and one small loop makes every
 * id: no call per template, and the templates read as a table rather than as code.
 */

/** One template: its number (which picks its key) and the names of the slots it joins; none is a bias. */
export type Template<S extends string> = readonly [number] | readonly [number, S] | readonly [number, S, S] | readonly [number, S, S, S];

export class TemplateSet<S extends string> {
  /** Slot names in order; slot 0 is 'zero', always 0, which stands for a missing value. */
  readonly slots: readonly string[];
  private readonly keys: Uint32Array;
  private readonly a: Uint8Array;
  private readonly b: Uint8Array;
  private readonly c: Uint8Array;

  constructor(slots: readonly S[], templates: ReadonlyArray<Template<S>>, keyOf: (template: number) => number) {
    this.slots = ['zero', ...slots];
    if (this.slots.length > 256) throw new Error('at most 255 slots');
    const index = new Map(this.slots.map((s, k) => [s, k]));
    const at = (s: S | undefined): number => {
      if (s === undefined) return 0;
      const k = index.get(s);
      if (k === undefined) throw new Error(`template names unknown slot ${s}`);
      return k;
    };
    this.keys = Uint32Array.from(templates, (t) => keyOf(t[0]));
    this.a = Uint8Array.from(templates, (t) => at(t[1]));
    this.b = Uint8Array.from(templates, (t) => at(t[2]));
    this.c = Uint8Array.from(templates, (t) => at(t[3]));
  }

  get size(): number {
    return this.keys.length;
  }

  /** The index of a slot in the values array `fill` reads. */
  slot(name: S): number {
    const k = this.slots.indexOf(name);
    if (k < 1) throw new Error(`unknown slot ${name}`);
    return k;
  }

  /** A values array for this set (slot 0 stays 0); signed, so reading a value never allocates. */
  values(): Int32Array {
    return new Int32Array(this.slots.length);
  }

  /** Writes every template's feature id for these slot values into `out` (replacing its contents). */
  fill(values: Int32Array, out: FeatureBuffer): void {
    const n = this.keys.length;
    if (out.ids.length < n) out.ids = new Uint32Array(n);
    const ids = out.ids;
    const { keys, a, b, c } = this;
    for (let t = 0; t < n; t++) {
      // Slot 0 holds 0, so a one- or two-slot template reduces to fast1 or fast2.
      ids[t] = mix(keys[t] ^ values[a[t]] ^ Math.imul(values[b[t]], SECOND) ^ Math.imul(values[c[t]], THIRD));
    }
    out.length = n;
  }
}
