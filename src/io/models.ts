import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeModel, encodeModel, type EncodeOptions, type ModelBundle } from '../ml/model-file.js';
import { decodeCompactModel, type CompactBundle } from '../ml/compact.js';

/**
 * Model files on disk: `models/NAME.model.gz` (or uncompressed `.model`) in the package's
 * models/ folder, found relative to this module so it works from dist/ in the repository
 * and from an installed package alike.
 */

/** dist/src/io/models.js -> <package>/models */
export function packageModelsDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models');
}

/** The path of model NAME in `dir`, or undefined when neither NAME.model.gz nor NAME.model exists. */
export function findModelFile(name: string, dir = packageModelsDir()): string | undefined {
  for (const file of [`${name}.model.gz`, `${name}.model`]) {
    const p = path.join(dir, file);
    if (existsSync(p)) return p;
  }
  return undefined;
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

/** A model file for prediction: tables stay 8/16-bit (smaller, faster to score). */
export function readCompactModelFile(file: string): CompactBundle {
  return decodeCompactModel(readBytes(file));
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

/** The path models/NAME.model.gz in the package (where training writes by default). */
export function modelPath(name: string): string {
  return path.join(packageModelsDir(), `${name}.model.gz`);
}

/** Loads model NAME with Float32 tables (for models that predict from a ModelBundle), or null. */
export function loadModel(name: string): ModelBundle | null {
  const file = findModelFile(name);
  return file ? readModelFile(file) : null;
}
