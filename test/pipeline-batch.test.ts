import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline, runPipelineBatch, type Pipeline } from '../src/analyze/pipeline.js';
import { defaultPipeline } from '../src/analyze/default.js';
import type { Document } from '../src/analyze/analysis.js';
import { loadModels } from '../src/io/models.js';

const texts = [
  'Foreign Minister Anna Berg met her Kenyan counterpart in Nairobi on Monday. “We agreed to talk again,” Berg said.',
  '',
  'The talks in Geneva ended without a deal. Officials said they would meet next month.',
  'Okafor told reporters that the border would stay open.',
];
const documents: Document[] = texts.map((text, i) => ({ id: `d${i}`, text, date: '2025-03-01' }));

test('a batch gives each document the same analysis as one at a time, in order', () => {
  const pipeline = defaultPipeline(loadModels());
  const batch = runPipelineBatch(pipeline, documents);
  assert.equal(batch.length, documents.length);
  batch.forEach((r, i) => {
    assert.ok(!('error' in r), `document ${i} failed`);
    const single = runPipeline(pipeline, documents[i]);
    assert.deepEqual(r.analysis, single.analysis);
    assert.deepEqual(r.doc.heads, single.doc.heads);
  });
  const first = batch[0];
  assert.ok(!('error' in first) && first.analysis.quotes.length === 1);
});

test('a document that makes a stage throw is reported in its slot; the rest of the batch goes on', () => {
  const base = defaultPipeline(loadModels());
  const pipeline: Pipeline = {
    stages: [...base.stages, { name: 'fragile', annotate: (doc) => { if (doc.text.includes('Geneva')) throw new Error('cannot read Geneva'); } }],
    extractors: base.extractors,
  };
  const batch = runPipelineBatch(pipeline, documents);
  const failed = batch[2];
  assert.ok('error' in failed);
  assert.match(failed.error.message, /Geneva/);
  for (const i of [0, 1, 3]) assert.ok(!('error' in batch[i]), `document ${i} should have been analysed`);
  const last = batch[3];
  assert.ok(!('error' in last) && last.analysis.quotes.some((q) => q.kind === 'indirect'));
});
