import { KERNEL_WASM_BASE64 } from './kernel-bytes.js';
import { IDS_AT, OUT_AT, TABLE_AT } from './kernel-source.js';

/**
 * Weight rows held in WebAssembly memory and summed by the SIMD kernel. One instance (and
 * one memory) per table, so a table no longer referenced is garbage like any other.
 */

type ScoreFn = (n: number, mask: number) => void;

let compiled: WebAssembly.Module | null | undefined;
let enabled = true;

/**
 * Turns the kernel off (or back on) for tables allocated from now on, so the plain loops
 * can be measured or checked against it; results are identical either way.
 */
export function useSimd(on: boolean): void {
  enabled = on;
}

/** Whether new tables will be kernel-backed. */
export function simdAvailable(): boolean {
  return enabled && kernelModule() !== null;
}

/** The compiled kernel, or null where WebAssembly SIMD is not available. */
function kernelModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    const bytes = decodeBase64(KERNEL_WASM_BASE64);
    compiled = typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Most features one call may sum: 16-bit lanes hold 258 × 127 without overflow. */
export const MAX_KERNEL_FEATURES = 258;

export class KernelRows {
  /** Bytes per row: the class count rounded up to 16, 32 or 64. */
  readonly stride: number;
  /** The rows, (1 << bits) × stride int8 weights (padding stays zero). */
  readonly values: Int8Array;
  private readonly ids: Uint32Array;
  /** The kernel's 16-bit sums, one lane per class. */
  readonly sums: Int16Array;
  private readonly run: ScoreFn;

  private constructor(module: WebAssembly.Module, readonly nClasses: number, readonly bits: number, chunks: number) {
    this.stride = chunks * 16;
    const bytes = TABLE_AT + (1 << bits) * this.stride;
    const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    this.run = instance.exports[`score${chunks}`] as ScoreFn;
    const buffer = memory.buffer;
    this.ids = new Uint32Array(buffer, IDS_AT, (OUT_AT - IDS_AT) / 4);
    this.sums = new Int16Array(buffer, OUT_AT, this.stride);
    this.values = new Int8Array(buffer, TABLE_AT, (1 << bits) * this.stride);
  }

  /** Kernel-backed rows for a table of this shape, or null (no SIMD, or over 64 classes). */
  static create(nClasses: number, bits: number): KernelRows | null {
    const chunks = nClasses <= 16 ? 1 : nClasses <= 32 ? 2 : nClasses <= 64 ? 4 : 0;
    const module = chunks > 0 && enabled ? kernelModule() : null;
    return module ? new KernelRows(module, nClasses, bits, chunks) : null;
  }

  /**
   * Sums the rows of the first `n` ids into `sums` (n at most MAX_KERNEL_FEATURES and
   * the id capacity, 1024; callers check).
   */
  sum(ids: Uint32Array, n: number, mask: number): void {
    const dst = this.ids;
    for (let i = 0; i < n; i++) dst[i] = ids[i];
    this.run(n, mask);
  }
}
