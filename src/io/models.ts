import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { align4, decodeModel, encodeModel, readModelHeader, type EncodeOptions, type ModelBundle } from '../ml/model-file.js';
import { CompactModelBuilder, decodeCompactModel, sectionBytes, type CompactBundle } from '../ml/compact.js';

/**
 * Model files on disk: `models/NAME.model` (or gzip-compressed `.model.gz`) in the package's
 * models/ folder, found relative to this module so it works from dist/ in the repository
 * and from an installed package alike. The shipped models are uncompressed: they stream
 * straight into their tables and load in about half the time, while git and npm compress
 * them in transit anyway.
 */

/** dist/src/io/models.js -> <package>/models */
export function packageModelsDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models');
}

/**
 * The path of model NAME in `dir`, or undefined when neither NAME.model nor NAME.model.gz
 * exists. When both do, the newer: a model just retrained to either name is the one meant.
 */
export function findModelFile(name: string, dir = packageModelsDir()): string | undefined {
  const found = [`${name}.model`, `${name}.model.gz`].map((f) => path.join(dir, f)).filter((p) => existsSync(p));
  if (found.length < 2) return found[0];
  return statSync(found[1]).mtimeMs > statSync(found[0]).mtimeMs ? found[1] : found[0];
}

function readBytes(file: string): Uint8Array {
  const raw = readFileSync(file);
  const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A model file with Float32 tables (as training produces; can be re-encoded). */
export function readModelFile(file: string): ModelBundle {
  return decodeModel(readBytes(file));
}

/**
 * A model file for prediction: tables stay 8/16-bit (smaller, faster to score). An
 * uncompressed file is streamed into the tables (see streamCompactModel); a .gz one is
 * inflated whole first.
 */
export function readCompactModelFile(file: string): CompactBundle {
  if (file.endsWith('.gz')) return decodeCompactModel(readBytes(file));
  const fd = openSync(file, 'r');
  try {
    return streamCompactModel(fd, fstatSync(fd).size, file);
  } finally {
    closeSync(fd);
  }
}

/** Rows per block when streaming a table: blocks of a few hundred KB stay in the caches. */
const BLOCK_ROWS = 8192;

/**
 * Reads a model file section by section through two small reused buffers (row indices and
 * weights) straight into the tables. Holding the whole file in a fresh buffer first would
 * touch as much new memory as the tables themselves, and on a virtual machine each new page
 * is a costly fault: this halves start-up for the shipped models.
 */
function streamCompactModel(fd: number, size: number, file: string): CompactBundle {
  const read = (at: number, into: Uint8Array, length: number): void => {
    if (at + length > size) throw new Error(`${file}: truncated Parley model file`);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, into, got, length - got, at + got);
      if (n === 0) throw new Error(`${file}: truncated Parley model file`);
      got += n;
    }
  };
  const lead = new Uint8Array(8);
  read(0, lead, Math.min(8, size));
  const headerLength = new DataView(lead.buffer).getUint32(4, true);
  const head = new Uint8Array(8 + headerLength);
  read(0, head, head.length);
  const { header, tablesAt } = readModelHeader(head);
  const builder = new CompactModelBuilder(header);
  const rowBuffer = new Uint32Array(BLOCK_ROWS);
  const rowBytes = new Uint8Array(rowBuffer.buffer);
  let valueBuffer = new ArrayBuffer(0);
  let at = tablesAt;
  for (const t of header.tables) {
    const sizes = sectionBytes(t);
    const table = builder.open(t);
    const width = t.nClasses * (t.precision === 8 ? 1 : 2);
    if (valueBuffer.byteLength < BLOCK_ROWS * width) valueBuffer = new ArrayBuffer(BLOCK_ROWS * width);
    const valueBytes = new Uint8Array(valueBuffer);
    const valuesAt = at + sizes.rowBytes;
    for (let r = 0; r < t.rows; r += BLOCK_ROWS) {
      const k = Math.min(BLOCK_ROWS, t.rows - r);
      read(at + r * 4, rowBytes, k * 4);
      read(valuesAt + r * width, valueBytes, k * width);
      const n = k * t.nClasses;
      table.fillRows(rowBuffer.subarray(0, k), t.precision === 8 ? new Int8Array(valueBuffer, 0, n) : new Int16Array(valueBuffer, 0, n));
    }
    at = valuesAt + align4(sizes.valueBytes);
  }
  return builder.finish();
}

export function writeModelFile(file: string, bundle: ModelBundle, opts: EncodeOptions = {}): number {
  const bytes = encodeModel(bundle, opts);
  const out = file.endsWith('.gz') ? gzipSync(bytes, { level: 9 }) : bytes;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, out);
  return out.length;
}

/** The model files in a folder. */
export function listModelFiles(dir = packageModelsDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.model') || f.endsWith('.model.gz'))
    .sort()
    .map((f) => path.join(dir, f));
}

export interface LoadedModels {
  pos?: CompactBundle;
  parser?: CompactBundle;
  ner?: CompactBundle;
  quotes?: CompactBundle;
}

const warned = new Set<string>();

/**
 * Loads the shipped models that exist. A missing one is reported once on stderr and left
 * out, so the pipeline still runs (tokens and sentences need no model).
 */
export function loadModels(dir = packageModelsDir(), names: Array<keyof LoadedModels> = ['pos', 'parser', 'ner', 'quotes']): LoadedModels {
  const models: LoadedModels = {};
  for (const name of names) {
    const file = findModelFile(name, dir);
    if (!file) {
      if (!warned.has(name)) {
        warned.add(name);
        process.stderr.write(`parley: warning: model ${name} not found in ${dir}; its annotations are skipped\n`);
      }
      continue;
    }
    models[name] = readCompactModelFile(file);
  }
  return models;
}

/** The path models/NAME.model in the package (where training writes by default). */
export function modelPath(name: string): string {
  return path.join(packageModelsDir(), `${name}.model`);
}

/** Loads model NAME with Float32 tables (for models that predict from a ModelBundle), or null. */
export function loadModel(name: string): ModelBundle | null {
  const file = findModelFile(name);
  return file ? readModelFile(file) : null;
}
