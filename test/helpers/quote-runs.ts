/**
 * Runs of the quote extractor for tests: on token rules alone (`plain`) or through the full
 * pipeline with the shipped models (`withModels`, which skips the test when they are absent).
 */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc } from '../../src/text/doc.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { findModelFile, loadModels, type LoadedModels } from '../../src/io/models.js';
import { defaultPipeline } from '../../src/analyze/default.js';
import { runPipeline } from '../../src/analyze/pipeline.js';
import type { Entity, Quote } from '../../src/extract/types.js';

export interface Run {
  quotes: Quote[];
  entities: Entity[];
  text: string;
}

/** The quote extractor alone over `text`, reading the given entities (the resolver may add to them). */
export function plain(text: string, entities: Entity[] = []): Run {
  return { quotes: extractQuotes(makeDoc(text), entities), entities, text };
}

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let models: LoadedModels | null | undefined;
export function full(text: string): Run | null {
  if (models === undefined) models = findModelFile('parser', path.join(repo, 'models')) !== undefined ? loadModels(path.join(repo, 'models')) : null;
  if (!models) return null;
  const { analysis } = runPipeline(defaultPipeline(models), { id: 'x', text, date: null });
  return { quotes: analysis.quotes, entities: analysis.entities, text };
}

/** The full pipeline's run, or null after marking the test skipped when the model files are absent. */
export function withModels(t: TestContext, text: string): Run | null {
  const r = full(text);
  if (!r) t.skip('model files absent');
  return r;
}

export const slice = (text: string, s: { start: number; end: number } | null | undefined): string => (s ? text.slice(s.start, s.end) : '');

export function find(r: Run, words: string): Quote {
  const q = r.quotes.find((x) => slice(r.text, x).includes(words));
  assert.ok(q, `no quote containing "${words}" in ${JSON.stringify(r.quotes.map((x) => slice(r.text, x)))}`);
  return q;
}

export const speakerName = (r: Run, q: Quote): string => r.entities.find((e) => e.id === q.speaker)?.name ?? '';
