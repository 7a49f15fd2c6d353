import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc } from '../src/text/doc.js';
import { Perceptron } from '../src/ml/perceptron.js';
import { draftQuotes, extractQuotes } from '../src/extract/quotes/index.js';
import {
  BoundaryFeatures, SIDE_END, SIDE_START, draftTokens, endCandidates, refinable, refineBoundaries, startCandidates,
} from '../src/extract/quotes/boundary.js';
import { newDraft } from '../src/extract/quotes/draft.js';
import { pairQuoteMarks } from '../src/extract/quotes/marks.js';
import { endAtLeadingQuotation, extendToClosingMarks } from '../src/extract/quotes/quoted-end.js';
import { findModelFile, loadModels } from '../src/io/models.js';
import { defaultPipeline } from '../src/analyze/default.js';
import { runPipeline } from '../src/analyze/pipeline.js';

const TEXT = 'The minister said that the new bridge will open in May, officials added.';

test('boundary candidates surround the rules guess and stay in the sentence', () => {
  const doc = makeDoc(TEXT);
  const d = draftQuotes(doc).drafts.find(refinable);
  assert.ok(d, 'the rules find the reported speech');
  const v = draftTokens(doc, d);
  assert.ok(v);
  const starts = startCandidates(d, v);
  assert.ok(starts.includes(v.a));
  for (const s of starts) assert.ok(s >= v.sentStart && s > d.cueTok);
  const ends = endCandidates(d, v, v.a);
  assert.ok(ends.includes(v.b));
  for (const e of ends) assert.ok(e > v.a && e <= v.sentEnd);
});

test('a table that favours one start moves the content there; no table keeps the rules', () => {
  const doc = makeDoc(TEXT);
  const plain = extractQuotes(doc, []);
  const { drafts } = draftQuotes(doc);
  const d = drafts.find(refinable)!;
  const v = draftTokens(doc, d)!;
  // Teach a one-instance perceptron that the start is the word after "that".
  const the = doc.tokens.findIndex((t) => t.text === 'the');
  assert.ok(startCandidates(d, v).includes(the));
  const p = new Perceptron(2, 12);
  const f = new BoundaryFeatures(doc);
  for (let k = 0; k < 5; k++) {
    p.tick();
    p.update(1, 0, f.boundary(SIDE_START, the, d, v, v.a, v.b));
  }
  refineBoundaries(doc, drafts, p);
  assert.equal(d.start, doc.tokens[the].start);
  const q = plain.find((x) => x.kind === d.kind)!;
  assert.ok(q, 'without a model the quote is still found');
});

test('the shipped model keeps a reported quote whole', (t) => {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  if (findModelFile('quotes', path.join(repo, 'models')) === undefined) {
    t.skip('models/quotes.model absent');
    return;
  }
  const models = loadModels(path.join(repo, 'models'));
  const text = 'Officials in the port city said on Tuesday that the new bridge will open in May.';
  const { analysis } = runPipeline(defaultPipeline(models), { id: 'x', text, date: null });
  const q = analysis.quotes.find((x) => text.slice(x.start, x.end).includes('bridge will open'));
  assert.ok(q, JSON.stringify(analysis.quotes));
  assert.ok(!text.slice(q.start, q.end).includes('said'), 'the cue is not content');
});

test('a reported content the ranker grows over quoted words becomes mixed', () => {
  const text = 'Officials said the bridge will open in May “if the weather holds” this year.';
  const doc = makeDoc(text);
  // A reported draft that stops before the quotation, as the rules might leave it.
  const said = doc.tokens.findIndex((t) => t.text === 'said');
  const d = newDraft('indirect', doc.tokens[said + 1].start, doc.tokens.find((t) => t.text === 'May')!.end, {
    cueTok: said,
    cue: { start: doc.tokens[said].start, end: doc.tokens[said].end },
  });
  const v = draftTokens(doc, d)!;
  const close = doc.tokens.findIndex((t) => t.text === '”');
  const end = close + 1;
  assert.ok(endCandidates(d, v, v.a).includes(end));
  // Teach a perceptron that the end is right after the closing mark.
  const p = new Perceptron(2, 12);
  const f = new BoundaryFeatures(doc);
  for (let k = 0; k < 5; k++) {
    p.tick();
    p.update(1, 0, f.boundary(SIDE_END, end, d, v, v.b, v.a));
  }
  refineBoundaries(doc, [d], p);
  assert.equal(d.end, doc.tokens[close].end);
  assert.equal(d.kind, 'mixed');
});

test('a reported content that stops right after an opening mark runs on to its closing mark', () => {
  const text = 'The mayor said the plan was what her staff called “a fair deal for every ward,” and left.';
  const doc = makeDoc(text);
  const said = doc.tokens.findIndex((t) => t.text === 'said');
  const open = doc.tokens.findIndex((t) => t.text === '“');
  const d = newDraft('mixed', doc.tokens[said + 1].start, doc.tokens[open].end, { cueTok: said });
  extendToClosingMarks(doc, [d], pairQuoteMarks(doc.tokens, doc.text));
  assert.equal(text.slice(d.start, d.end), 'the plan was what her staff called “a fair deal for every ward,”');
});

test('a reported content opening with a quotation ends at its mark before a setting ("at", "when"), not before "in"', () => {
  const text = 'The farmers chanted “Open the gates!” at the governor during her visit. The mayor called it “a good start” in the way of reform.';
  const doc = makeDoc(text);
  const pieces = pairQuoteMarks(doc.tokens, doc.text);
  const chanted = doc.tokens.findIndex((t) => t.text === 'chanted');
  const called = doc.tokens.findIndex((t) => t.text === 'called');
  const stop = doc.tokens.filter((t) => t.text === '.');
  const d1 = newDraft('mixed', doc.tokens[pieces[0].open].start, stop[0].start, { cueTok: chanted });
  const d2 = newDraft('mixed', doc.tokens[pieces[1].open].start, stop[1].start, { cueTok: called });
  endAtLeadingQuotation(doc, [d1, d2], pieces);
  assert.equal(text.slice(d1.start, d1.end), '“Open the gates!”');
  assert.equal(text.slice(d2.start, d2.end), '“a good start” in the way of reform');
});
