import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../src/nlp/conll.js';
import { exampleOf, evaluateNer, trainNer } from '../src/nlp/ner-train.js';
import { NerTagger } from '../src/nlp/ner.js';
import { bioOfSpans, spansOfClasses, spansOfTags } from '../src/nlp/entity-tags.js';
import { readCompactModelFile, readModelFile, writeModelFile } from '../src/io/models.js';
import { CompactTable } from '../src/ml/compact.js';
import { nerStage } from '../src/analyze/ner-stage.js';
import { extractEntities } from '../src/extract/entities.js';
import type { Analysis } from '../src/analyze/analysis.js';
import type { Doc } from '../src/text/doc.js';

/** Runs the entity resolver over an annotated Doc. */
function extractNames(doc: Doc): Analysis['entities'] {
  const analysis: Analysis = { id: 't', date: null, text: doc.text, sentences: [], entities: [], quotes: [], events: [], meetings: [] };
  extractEntities(doc, { id: 't', text: doc.text, date: null }, analysis);
  return analysis.entities;
}
import { makeDoc } from '../src/text/doc.js';
import { lookupPhrase, nameTokens, GAZ_COUNTRY, GAZ_CITY } from '../src/nlp/gazetteer/index.js';
import * as gazetteerLists from '../src/nlp/gazetteer/data.js';
import { tokenize } from '../src/text/tokenize.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A tiny hand-written corpus in CoNLL-2003 layout (IOB1 tags, CRLF, no DOCSTART first). */
const CORPUS = [
  'Anna NNP I-NP I-PER', 'Berg NNP I-NP I-PER', 'visited VBD I-VP O', 'Oslo NNP I-NP I-LOC', '. . O O', '',
  'The DT I-NP O', 'Nordic NNP I-NP I-ORG', 'Council NNP I-NP I-ORG', 'met VBD I-VP O', 'in IN I-PP O', 'Bergen NNP I-NP I-LOC', '. . O O', '',
  '-DOCSTART- -X- O O', '',
  'Karl NNP I-NP I-PER', 'Lund NNP I-NP I-PER', 'praised VBD I-VP O', 'the DT I-NP O', 'Swedish JJ I-NP I-MISC', 'plan NN I-NP O', '. . O O', '',
  'Lund NNP I-NP I-PER', 'flew VBD I-VP O', 'to TO I-PP O', 'Oslo NNP I-NP I-LOC', 'with IN I-PP O', 'Anna NNP I-NP I-PER', 'Berg NNP I-NP I-PER', '. . O O', '',
  '-DOCSTART- -X- O O', '',
  'The DT I-NP O', 'Baltic NNP I-NP I-ORG', 'Council NNP I-NP I-ORG', 'and CC O O', 'the DT I-NP O', 'Nordic NNP I-NP I-ORG', 'Council NNP I-NP I-ORG', 'met VBD I-VP O', 'in IN I-PP O', 'Oslo NNP I-NP I-LOC', '. . O O',
].join('\r\n');

test('CoNLL reader: documents, CRLF, IOB1 turned into BIO', () => {
  const docs = parseConll(CORPUS);
  assert.equal(docs.length, 3, 'the first document has no DOCSTART; DOCSTART lines are not sentences');
  assert.equal(docs[0].sentences.length, 2);
  assert.deepEqual(docs[0].sentences[0].tags, ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  assert.deepEqual(docs[2].sentences[0].spans.map((s) => s.type), ['ORG', 'ORG', 'LOC']);
  // IOB1: I-X after another I-X of the same type continues; B-X would split.
  assert.deepEqual(spansOfTags(['I-PER', 'B-PER', 'O', 'I-LOC']), [
    { start: 0, end: 1, type: 'PER' },
    { start: 1, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
  ]);
  assert.throws(() => parseConll('word X-PER'), /bad entity tag/);
});

test('retokenizing carries tags onto the tokenizer tokens', () => {
  const ex = exampleOf({ sentences: [{ tokens: ['Anglo-Dutch', 'firm'], tags: ['B-MISC', 'O'], spans: [{ start: 0, end: 1, type: 'MISC' }] }] });
  assert.deepEqual(ex.input.words, ['Anglo', '-', 'Dutch', 'firm']);
  assert.deepEqual(ex.spans, [{ start: 0, end: 3, type: 'MISC' }]);
  assert.deepEqual(spansOfClasses(ex.gold, 0, 4), ex.spans);
});

test('gazetteer knows countries and cities', () => {
  assert.ok(lookupPhrase('Saudi Arabia') & (1 << GAZ_COUNTRY));
  assert.ok(lookupPhrase('Riyadh') & (1 << GAZ_CITY));
  assert.equal(lookupPhrase('breakfast'), 0);
});

test('NER: trains on a tiny corpus, saves, loads and tags new text', () => {
  const examples = parseConll(CORPUS).map(exampleOf);
  const tagger = trainNer(examples, { epochs: 10, bits: 14 });
  tagger.beamWidth = 2;
  const scores = evaluateNer(tagger, examples);
  assert.ok(scores.micro.f1 > 0.9, `fits its training data (F1 ${scores.micro.f1})`);
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-ner-'));
  try {
    const file = path.join(dir, 'ner.model.gz');
    const card = { name: 'ner', description: 'test', trainedOn: ['hand-written'], licenses: [], figures: {}, built: '', command: '' };
    writeModelFile(file, tagger.toBundle(card), { precision: 8 });
    const loaded = NerTagger.fromBundle(readModelFile(file));
    assert.equal(loaded.beamWidth, 2);
    assert.ok(evaluateNer(loaded, examples).micro.f1 > 0.9, 'the quantised model still fits');
    const doc = makeDoc('Karl Lund met Anna Berg in Oslo.');
    nerStage(loaded).annotate(doc);
    assert.deepEqual(doc.ner, ['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
    const entities = extractNames(doc);
    assert.deepEqual(entities.map((e) => [e.type, e.name]), [['PERSON', 'Karl Lund'], ['PERSON', 'Anna Berg'], ['GPE', 'Oslo']]);
    assert.deepEqual(entities[2].mentions, [{ start: 27, end: 31, text: 'Oslo', kind: 'name' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('NER: the compact (8-bit) tables the pipeline loads tag as the Float32 ones do', () => {
  const examples = parseConll(CORPUS).map(exampleOf);
  const tagger = trainNer(examples, { epochs: 10, bits: 14 });
  tagger.beamWidth = 2;
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-ner-'));
  try {
    const file = path.join(dir, 'ner.model.gz');
    const card = { name: 'ner', description: 'test', trainedOn: ['hand-written'], licenses: [], figures: {}, built: '', command: '' };
    writeModelFile(file, tagger.toBundle(card), { precision: 8 });
    const float = NerTagger.fromBundle(readModelFile(file));
    const compact = NerTagger.fromBundle(readCompactModelFile(file));
    assert.ok(compact.model instanceof CompactTable, 'loaded for prediction as a compact table');
    assert.throws(() => compact.toBundle(card), /prediction only/);
    for (const ex of examples) assert.deepEqual(Array.from(compact.tag(ex.input)), Array.from(float.tag(ex.input)));
    const input = { words: ['Karl', 'Lund', 'met', 'Anna', 'Berg', 'in', 'Oslo', '.'], sentences: [{ tokenStart: 0, tokenEnd: 8 }] };
    assert.deepEqual(Array.from(compact.tag(input)), Array.from(float.tag(input)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tags always form valid spans, even from an untrained model', () => {
  const tagger = new NerTagger();
  tagger.beamWidth = 3;
  const doc = makeDoc('Nothing here is known. Still, the tags must be BIO.');
  nerStage(tagger).annotate(doc);
  assert.equal(doc.ner.length, doc.tokens.length);
  assert.deepEqual(doc.ner, bioOfSpans(spansOfTags(doc.ner), doc.ner.length));
});

test('shipped model finds the founding example names', { skip: !existsSync(path.join(repoRoot, 'models/ner.model')) && 'no models/ner.model' }, async () => {
  const shared = path.resolve(repoRoot, '../shared/examples/riyadh-2025-02-18.txt');
  if (!existsSync(shared)) {
    process.stdout.write('# skipped: ../shared is absent\n');
    return;
  }
  const { loadModel } = await import('../src/io/models.js');
  const tagger = NerTagger.fromBundle(loadModel('ner')!);
  const text = readFileSync(shared, 'utf8');
  const doc = makeDoc(text);
  nerStage(tagger).annotate(doc);
  const names = new Set(extractNames(doc).map((e) => `${e.type}:${e.name}`));
  for (const n of ['PERSON:Yury Ushakov', 'PERSON:Sergei Lavrov', 'PERSON:Marco Rubio', 'PERSON:Vladimir Putin', 'PERSON:Donald Trump', 'GPE:Moscow', 'GPE:Ukraine']) {
    assert.ok(names.has(n), `finds ${n}`);
  }
});

test('every gazetteer name splits into the tokens the tokenizer makes (the one-word fast path included)', () => {
  let checked = 0;
  for (const list of Object.values(gazetteerLists)) {
    if (typeof list !== 'string' && !Array.isArray(list)) continue;
    for (const name of typeof list === 'string' ? list.split('|') : (list as string[])) {
      assert.deepEqual(nameTokens(name), tokenize(name).map((t) => t.text.toLowerCase()), name);
      checked++;
    }
  }
  assert.ok(checked > 10000, `only ${checked} names`);
});
