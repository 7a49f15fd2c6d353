import type { FeatureBuffer } from './features.js';
import type { Perceptron } from './perceptron.js';
import { align4, readModelHeader, type ModelBundle, type ModelHeader, type TableHeader } from './model-file.js';
import { KernelRows, MAX_KERNEL_FEATURES } from './simd/kernel.js';

/**
 * Inference-only weight tables that keep the file's 8- or 16-bit integers in memory instead
 * of expanding them to Float32. Scoring is memory-bound (each feature reads one random
 * row), so a row of 8-bit weights (one cache line for up to 64 classes) scores several
 * times faster than a Float32 row, and the tables take a quarter of the memory. Where
 * WebAssembly SIMD is available, 8-bit tables of 5 to 64 classes live in a kernel's
 * memory (rows padded to 16, 32 or 64 bytes) and are summed sixteen classes at a time;
 * the plain loops below give the same integer sums everywhere else.
 */

/** Anything that can score classes for a feature buffer: a Perceptron or a CompactTable. */
export interface Scorer {
  readonly nClasses: number;
  score(features: FeatureBuffer, scores: Float32Array): void;
}

export class CompactTable implements Scorer {
  readonly mask: number;
  /** Entries per row in `values`: nClasses, or the kernel's padded row. */
  readonly stride: number;
  /** Integer sums while scoring: adding small integers is cheaper than Float32 arithmetic. */
  private readonly acc: Int32Array;

  constructor(
    readonly nClasses: number,
    readonly bits: number,
    /** (1 << bits) × stride quantised weights. */
    readonly values: Int8Array | Int16Array,
    /** Multiply a sum of stored integers by this to get the weight. */
    readonly scale: number,
    private readonly kernel: KernelRows | null = null,
  ) {
    this.mask = (1 << bits) - 1;
    this.stride = kernel ? kernel.stride : nClasses;
    this.acc = new Int32Array(nClasses);
  }

  /** A zeroed table of this shape, kernel-backed where the kernel serves it. */
  static allocate(nClasses: number, bits: number, precision: 8 | 16, scale: number): CompactTable {
    // Two or three classes gain nothing from 16-byte rows and would take 5 to 8 times the memory.
    const kernel = precision === 8 && nClasses > 4 ? KernelRows.create(nClasses, bits) : null;
    if (kernel) return new CompactTable(nClasses, bits, kernel.values, scale, kernel);
    const size = (1 << bits) * nClasses;
    return new CompactTable(nClasses, bits, precision === 8 ? new Int8Array(size) : new Int16Array(size), scale);
  }

  /** Whether scoring runs in the SIMD kernel. */
  get simd(): boolean {
    return this.kernel !== null;
  }

  score(features: FeatureBuffer, scores: Float32Array): void {
    const kernel = this.kernel;
    if (kernel !== null && features.length <= MAX_KERNEL_FEATURES) {
      kernel.sum(features.ids, features.length, this.mask);
      const sums = kernel.sums;
      const scale = this.scale;
      for (let c = 0; c < this.nClasses; c++) scores[c] = sums[c] * scale;
      return;
    }
    const acc = this.acc;
    if (this.values instanceof Int8Array && this.nClasses === 3) {
      // The parser's transition table: three running sums in registers, no inner loop.
      scoreRows3(this.values, this.mask, features, scores, this.scale);
      return;
    }
    if (this.values instanceof Int8Array) scoreRows(this.values, this.mask, this.nClasses, this.stride, features, acc);
    else scoreRows16(this.values, this.mask, this.nClasses, this.stride, features, acc);
    const scale = this.scale;
    for (let c = 0; c < this.nClasses; c++) scores[c] = acc[c] * scale;
  }
  /**
   * Scores only `count` classes listed in `classes` (into scores[class]); the others are
   * left untouched. For decisions whose candidates are known to be few.
   */
  scoreClasses(features: FeatureBuffer, classes: Int32Array, count: number, scores: Float32Array): void {
    const kernel = this.kernel;
    if (kernel !== null && features.length <= MAX_KERNEL_FEATURES) {
      // Whole rows cost the kernel little more than a few classes.
      kernel.sum(features.ids, features.length, this.mask);
      const sums = kernel.sums;
      for (let k = 0; k < count; k++) scores[classes[k]] = sums[classes[k]] * this.scale;
      return;
    }
    const nc = this.stride;
    const v = this.values;
    const acc = this.acc;
    for (let k = 0; k < count; k++) acc[k] = 0;
    const ids = features.ids;
    const mask = this.mask;
    for (let i = 0; i < features.length; i++) {
      const row = (ids[i] & mask) * nc;
      for (let k = 0; k < count; k++) acc[k] += v[row + classes[k]];
    }
    for (let k = 0; k < count; k++) scores[classes[k]] = acc[k] * this.scale;
  }

  /**
   * Writes stored rows into the table: `rows[i]` is the row index of the i-th stored row,
   * whose nClasses weights start at values[i * nClasses]. Copies go through TypedArray.set
   * (a memory copy) for long rows: a model loads once, cold, before a per-weight loop would be optimised.
   * Where rows are unpadded (stride = nClasses), each run of consecutive rows is one copy.
   */
  fillRows(rows: Uint32Array, values: Int8Array | Int16Array): void {
    const dst = this.values;
    if ((dst instanceof Int8Array) !== (values instanceof Int8Array)) throw new Error('model table precision does not match its stored weights');
    const nc = this.nClasses;
    const stride = this.stride;
    const n = rows.length;
    const limit = (this.mask + 1) * stride;
    for (let i = 0; i < n; ) {
      let j = i + 1;
      if (stride === nc) while (j < n && rows[j] === rows[j - 1] + 1) j++;
      const to = rows[i] * stride;
      if (to + (j - i - 1) * stride + nc > limit) throw new Error(`model table row ${rows[j - 1]} is outside its ${this.mask + 1} rows`);
      const from = i * nc;
      const count = (j - i) * nc;
      // Both arrays have the same element type (checked above). A short row is copied by
      // hand: a subarray and a set() per row cost more than its few weights.
      if (count >= 32) (dst as Int8Array).set((values as Int8Array).subarray(from, from + count), to);
      else for (let c = 0; c < count; c++) dst[to + c] = values[from + c];
      i = j;
    }
  }

  /** Quantises a trained perceptron (for using a model right after training). */
  static fromPerceptron(p: Perceptron, precision: 8 | 16 = 8): CompactTable {
    const w = p.weights;
    let maxAbs = 0;
    for (let k = 0; k < w.length; k++) maxAbs = Math.max(maxAbs, Math.abs(w[k]));
    const qmax = precision === 8 ? 127 : 32767;
    const scale = maxAbs > 0 ? maxAbs / qmax : 1;
    const table = CompactTable.allocate(p.nClasses, p.bits, precision, scale);
    const { values, stride } = table;
    const nc = p.nClasses;
    for (let r = 0, k = 0; r < 1 << p.bits; r++) for (let c = 0; c < nc; c++, k++) values[r * stride + c] = Math.round(w[k] / scale);
    return table;
  }
}

function scoreRows3(v: Int8Array, mask: number, features: FeatureBuffer, scores: Float32Array, scale: number): void {
  const ids = features.ids;
  let a = 0;
  let b = 0;
  let c = 0;
  for (let i = 0; i < features.length; i++) {
    const row = (ids[i] & mask) * 3;
    a += v[row];
    b += v[row + 1];
    c += v[row + 2];
  }
  scores[0] = a * scale;
  scores[1] = b * scale;
  scores[2] = c * scale;
}

/** Kept as two monomorphic copies so each inner loop sees one array type. */
function scoreRows(v: Int8Array, mask: number, nc: number, stride: number, features: FeatureBuffer, scores: Int32Array): void {
  scores.fill(0, 0, nc);
  const ids = features.ids;
  for (let i = 0; i < features.length; i++) {
    const row = (ids[i] & mask) * stride;
    for (let c = 0; c < nc; c++) scores[c] += v[row + c];
  }
}

function scoreRows16(v: Int16Array, mask: number, nc: number, stride: number, features: FeatureBuffer, scores: Int32Array): void {
  scores.fill(0, 0, nc);
  const ids = features.ids;
  for (let i = 0; i < features.length; i++) {
    const row = (ids[i] & mask) * stride;
    for (let c = 0; c < nc; c++) scores[c] += v[row + c];
  }
}

export interface CompactBundle {
  header: Omit<ModelHeader, 'tables' | 'format'>;
  tables: Record<string, CompactTable>;
}


/**
 * A compact bundle filled table by table from a model file's sections, block by block: a
 * reader that streams the file fills the tables through a small reused buffer instead of
 * holding the whole file in fresh memory (on a virtual machine, each first-touched page of
 * a fresh buffer is a costly fault, and the file is as large as the tables).
 */
export class CompactModelBuilder {
  readonly tables: Record<string, CompactTable> = {};

  constructor(readonly header: ModelHeader) {}

  /** Allocates the table a section describes (zeroed: rows missing from the file stay zero). */
  open(t: TableHeader): CompactTable {
    const table = CompactTable.allocate(t.nClasses, t.bits, t.precision, t.scale);
    this.tables[t.name] = table;
    return table;
  }

  /** The bundle, once every table is filled. */
  finish(): CompactBundle {
    const { tables: _omit, format: _format, ...rest } = this.header;
    return { header: rest, tables: this.tables };
  }
}

/** Bytes one table's section takes in the file: its row indices, then its weights, padded to 4. */
export function sectionBytes(t: TableHeader): { rowBytes: number; valueBytes: number } {
  return { rowBytes: t.rows * 4, valueBytes: t.rows * t.nClasses * (t.precision === 8 ? 1 : 2) };
}

/** Reads a model file (as encodeModel writes it) into compact tables, without a Float32 copy. */
export function decodeCompactModel(bytes: Uint8Array): CompactBundle {
  const { header, tablesAt } = readModelHeader(bytes);
  const builder = new CompactModelBuilder(header);
  let at = tablesAt;
  for (const t of header.tables) {
    const { rowBytes, valueBytes } = sectionBytes(t);
    if (at + rowBytes + valueBytes > bytes.length) throw new Error(`truncated Parley model file (table ${t.name})`);
    const rows = sectionView(bytes, at, t.rows, Uint32Array);
    at += rowBytes;
    const table = builder.open(t);
    const n = t.rows * t.nClasses;
    table.fillRows(rows, t.precision === 8 ? sectionView(bytes, at, n, Int8Array) : sectionView(bytes, at, n, Int16Array));
    at += align4(valueBytes);
  }
  return builder.finish();
}

type View<T> = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number };

/** A typed view of a section: in place when aligned (gunzip output is), else a copy. */
function sectionView<T>(bytes: Uint8Array, at: number, length: number, Type: View<T>): T {
  const offset = bytes.byteOffset + at;
  if (offset % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer, offset, length);
  return new Type(bytes.slice(at, at + length * Type.BYTES_PER_ELEMENT).buffer, 0, length);
}

/** A trained bundle as compact tables. */
export function compactBundle(bundle: ModelBundle, precision: 8 | 16 = 8): CompactBundle {
  const tables: Record<string, CompactTable> = {};
  for (const [name, p] of Object.entries(bundle.tables)) tables[name] = CompactTable.fromPerceptron(p, precision);
  return { header: bundle.header, tables };
}
