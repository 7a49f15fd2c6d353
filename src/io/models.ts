import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeModel, encodeModel, type ModelBundle } from '../ml/model-file.js';

/**
 * Model files on disk: models/NAME.model.gz in the package's models/ folder (found
 * relative to this compiled file, dist/src/io/), gzip over the compact model format.
 */

/** The package's models/ folder. */
export const MODELS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models');

export function modelPath(name: string): string {
  return path.join(MODELS_DIR, `${name}.model.gz`);
}

/** Loads models/NAME.model.gz, or returns null when the package ships no such model. */
export function loadModel(name: string): ModelBundle | null {
  const file = modelPath(name);
  if (!existsSync(file)) return null;
  return readModelFile(file);
}

export function readModelFile(file: string): ModelBundle {
  return decodeModel(gunzipSync(readFileSync(file)));
}

/** Writes a bundle gzipped; returns the number of bytes written. */
export function writeModelFile(file: string, bundle: ModelBundle, opts: { precision?: 8 | 16; prune?: number } = {}): number {
  const bytes = gzipSync(encodeModel(bundle, opts), { level: 9 });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return bytes.length;
}
