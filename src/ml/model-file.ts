import { Perceptron } from './perceptron.js';

/**
 * The compact model file: a small JSON header (class labels, hash sizes, a model card)
 * and, per perceptron, only the rows of the hash table that hold a weight, quantised to
 * 8 or 16 bits with one scale per table. Pure: bytes in, bytes out; compression and the
 * file system belong to src/io.
 *
 * Layout: "PRLM" | u32 header bytes | header JSON | per table: u32 row indices, then
 * int8/int16 weights row by row (little-endian, 4-byte aligned sections).
 */

export interface ModelCard {
  name: string;
  description: string;
  trainedOn: string[];
  licenses: string[];
  figures: Record<string, number>;
  built: string;
  command: string;
}

export interface TableHeader {
  name: string;
  nClasses: number;
  bits: number;
  rows: number;
  scale: number;
  precision: 8 | 16;
}

export interface ModelHeader {
  format: 1;
  kind: string;
  card: ModelCard;
  /** Label lists and any other settings the model needs to decode its classes. */
  labels: Record<string, string[]>;
  settings: Record<string, number | string | boolean>;
  tables: TableHeader[];
}

export interface ModelBundle {
  header: Omit<ModelHeader, 'tables' | 'format'>;
  tables: Record<string, Perceptron>;
}

const MAGIC = [0x50, 0x52, 0x4c, 0x4d]; // "PRLM"

/** Sections start on 4-byte boundaries so typed-array views over them are legal. */
export const align4 = (n: number): number => (n + 3) & ~3;

export interface EncodeOptions {
  /** Bits per stored weight (default 16). */
  precision?: 8 | 16;
  /**
   * Per-table exceptions to `precision`: a table whose decisions hinge on small score
   * differences (the parser's three moves) may keep 16 bits while the rest take 8.
   */
  tablePrecision?: Record<string, 8 | 16>;
  /** Drop weights below this share of the table's largest. */
  prune?: number;
}

/**
 * Serialises a bundle. Weights whose magnitude is below `prune` (relative to the table's
 * largest) are dropped, and rows left empty are not written.
 */
export function encodeModel(bundle: ModelBundle, opts: EncodeOptions = {}): Uint8Array {
  const prune = opts.prune ?? 0;
  const sections: Array<{ rows: Uint32Array; values: Int8Array | Int16Array }> = [];
  const tables: TableHeader[] = [];
  for (const [name, p] of Object.entries(bundle.tables)) {
    const precision = opts.tablePrecision?.[name] ?? opts.precision ?? 16;
    const qmax = precision === 8 ? 127 : 32767;
    const w = p.weights;
    let maxAbs = 0;
    for (let k = 0; k < w.length; k++) maxAbs = Math.max(maxAbs, Math.abs(w[k]));
    const scale = maxAbs > 0 ? maxAbs / qmax : 1;
    const threshold = maxAbs * prune;
    const nc = p.nClasses;
    const nRows = 1 << p.bits;
    const keep: number[] = [];
    for (let r = 0; r < nRows; r++) {
      const base = r * nc;
      for (let c = 0; c < nc; c++) {
        const v = w[base + c];
        if (v !== 0 && Math.abs(v) >= threshold && Math.round(v / scale) !== 0) {
          keep.push(r);
          break;
        }
      }
    }
    const rows = Uint32Array.from(keep);
    const values = precision === 8 ? new Int8Array(rows.length * nc) : new Int16Array(rows.length * nc);
    rows.forEach((r, i) => {
      for (let c = 0; c < nc; c++) {
        const v = w[r * nc + c];
        values[i * nc + c] = Math.abs(v) >= threshold ? Math.round(v / scale) : 0;
      }
    });
    sections.push({ rows, values });
    tables.push({ name, nClasses: nc, bits: p.bits, rows: rows.length, scale, precision });
  }
  const header: ModelHeader = { format: 1, ...bundle.header, tables };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  let size = 8 + align4(headerBytes.length);
  for (const s of sections) size += s.rows.byteLength + align4(s.values.byteLength);
  const out = new Uint8Array(size);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let at = 8 + align4(headerBytes.length);
  for (const s of sections) {
    out.set(new Uint8Array(s.rows.buffer, s.rows.byteOffset, s.rows.byteLength), at);
    at += s.rows.byteLength;
    out.set(new Uint8Array(s.values.buffer, s.values.byteOffset, s.values.byteLength), at);
    at += align4(s.values.byteLength);
  }
  return out;
}

/**
 * Reads and checks a model file's header; `tablesAt` is where the first table's section
 * starts. Both decoders (Float32 here, compact in compact.ts) begin with it.
 */
export function readModelHeader(bytes: Uint8Array): { header: ModelHeader; tablesAt: number } {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a Parley model file (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new Error('truncated Parley model file (header)');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as ModelHeader;
  if (header.format !== 1) throw new Error(`unsupported model format ${String(header.format)}`);
  return { header, tablesAt: 8 + align4(headerLength) };
}

/** Reads a model written by encodeModel. Throws a clear error on anything else. */
export function decodeModel(bytes: Uint8Array): ModelBundle {
  const { header, tablesAt } = readModelHeader(bytes);
  // Copy into an aligned buffer so typed-array views are legal whatever the source offset.
  const aligned = new Uint8Array(bytes.length);
  aligned.set(bytes);
  let at = tablesAt;
  const tables: Record<string, Perceptron> = {};
  for (const t of header.tables) {
    const nc = t.nClasses;
    const rowBytes = t.rows * 4;
    const valueBytes = t.rows * nc * (t.precision === 8 ? 1 : 2);
    if (at + rowBytes + valueBytes > aligned.length) throw new Error(`truncated Parley model file (table ${t.name})`);
    const rows = new Uint32Array(aligned.buffer, at, t.rows);
    at += rowBytes;
    const values = t.precision === 8 ? new Int8Array(aligned.buffer, at, t.rows * nc) : new Int16Array(aligned.buffer, at, t.rows * nc);
    at += align4(valueBytes);
    const weights = new Float32Array((1 << t.bits) * nc);
    for (let i = 0; i < t.rows; i++) {
      const base = rows[i] * nc;
      for (let c = 0; c < nc; c++) weights[base + c] = values[i * nc + c] * t.scale;
    }
    tables[t.name] = new Perceptron(nc, t.bits, weights);
  }
  const { tables: _omit, format: _format, ...rest } = header;
  return { header: rest, tables };
}
