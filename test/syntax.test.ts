import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConllu, isProjective } from '../src/nlp/conllu.js';
import { Tagger, taggerToBundle, taggerFromBundle, tagSetHash } from '../src/nlp/tagger.js';
import { trainTagger } from '../src/nlp/tagger-train.js';
import { Parser, altTagHash, parserTag, parserToBundle, parserFromBundle } from '../src/nlp/parser.js';
import { hashString } from '../src/ml/hash.js';
import { trainParser } from '../src/nlp/parser-train.js';
import { readCompactModelFile, readModelFile, writeModelFile } from '../src/io/models.js';
import { defaultPipeline } from '../src/analyze/default.js';
import { runPipeline } from '../src/analyze/pipeline.js';
import type { ModelCard } from '../src/ml/model-file.js';
import { buildWordClassTree, buildWordClusters } from '../src/nlp/word-clusters.js';
import { projectivize } from '../src/nlp/projectivize.js';

/** Our own tiny treebank: (form, xpos, upos, head 1-based, deprel) per word. */
const TREES: Array<Array<[string, string, string, number, string]>> = [
  [['The', 'DT', 'DET', 2, 'det'], ['minister', 'NN', 'NOUN', 3, 'nsubj'], ['met', 'VBD', 'VERB', 0, 'root'], ['the', 'DT', 'DET', 5, 'det'], ['envoy', 'NN', 'NOUN', 3, 'obj'], ['.', '.', 'PUNCT', 3, 'punct']],
  [['A', 'DT', 'DET', 2, 'det'], ['delegation', 'NN', 'NOUN', 3, 'nsubj'], ['visited', 'VBD', 'VERB', 0, 'root'], ['Riyadh', 'NNP', 'PROPN', 3, 'obj'], ['.', '.', 'PUNCT', 3, 'punct']],
  [['Officials', 'NNS', 'NOUN', 2, 'nsubj'], ['said', 'VBD', 'VERB', 0, 'root'], ['the', 'DT', 'DET', 4, 'det'], ['talks', 'NNS', 'NOUN', 5, 'nsubj'], ['ended', 'VBD', 'VERB', 2, 'ccomp'], ['.', '.', 'PUNCT', 2, 'punct']],
  [['The', 'DT', 'DET', 2, 'det'], ['envoy', 'NN', 'NOUN', 3, 'nsubj'], ['visited', 'VBD', 'VERB', 0, 'root'], ['the', 'DT', 'DET', 5, 'det'], ['minister', 'NN', 'NOUN', 3, 'obj'], ['in', 'IN', 'ADP', 7, 'case'], ['Moscow', 'NNP', 'PROPN', 3, 'obl'], ['.', '.', 'PUNCT', 3, 'punct']],
  [['Rubio', 'NNP', 'PROPN', 2, 'nsubj'], ['met', 'VBD', 'VERB', 0, 'root'], ['Lavrov', 'NNP', 'PROPN', 2, 'obj'], ['in', 'IN', 'ADP', 5, 'case'], ['Riyadh', 'NNP', 'PROPN', 2, 'obl'], ['.', '.', 'PUNCT', 2, 'punct']],
  [['The', 'DT', 'DET', 2, 'det'], ['talks', 'NNS', 'NOUN', 3, 'nsubj'], ['ended', 'VBD', 'VERB', 0, 'root'], ['in', 'IN', 'ADP', 5, 'case'], ['Moscow', 'NNP', 'PROPN', 3, 'obl'], ['.', '.', 'PUNCT', 3, 'punct']],
];

function toConllu(): string {
  return TREES.map((t, k) =>
    [`# sent_id = s${k + 1}`, ...t.map(([form, xpos, upos, head, rel], i) => [i + 1, form, '_', upos, xpos, '_', head, rel, '_', '_'].join('\t'))].join('\n'),
  ).join('\n\n') + '\n\n';
}

const card: ModelCard = { name: 'toy', description: 'test', trainedOn: ['hand-written'], licenses: [], figures: {}, built: '2025-01-01', command: 'test' };

/** A loaded parser gets every training sentence right, exactly as the model fresh from training parses it. */
function assertParsesAsTrained(parser: Parser, fresh: Parser, parsed: Array<{ forms: string[]; tags: string[]; heads: number[] }>): void {
  for (const s of parsed) {
    const p = parser.parse(s.forms, s.tags);
    assert.deepEqual(p.heads, s.heads, s.forms.join(' '));
    assert.deepEqual(p, fresh.parse(s.forms, s.tags));
  }
}

test('parseConllu reads words, skips ranges and empty nodes, keeps SpaceAfter and multiword surfaces', () => {
  const text = [
    '# sent_id = a',
    '# text = We don\'t.',
    '1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_',
    '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
    '2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_',
    '3\tn\'t\tnot\tPART\tRB\t_\t0\troot\t_\t_',
    '3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t3:conj\t_',
    '4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_',
    '',
  ].join('\n');
  const [s] = parseConllu(text);
  assert.equal(s.id, 'a');
  assert.deepEqual(s.words.map((w) => w.form), ['We', 'do', "n't", '.']);
  assert.deepEqual(s.words.map((w) => w.head), [2, 2, -1, 2]);
  assert.equal(s.words[1].multiword, "don't");
  assert.equal(s.words[1].spaceAfter, false);
  assert.equal(s.words[2].spaceAfter, false);
  assert.equal(s.words[0].spaceAfter, true);
  assert.ok(isProjective(s.words.map((w) => w.head)));
  assert.ok(!isProjective([2, 3, -1, 1]));
});

test('tagger and parser train on a tiny treebank, survive save and load, and tag and parse', () => {
  const sentences = parseConllu(toConllu());
  assert.equal(sentences.length, TREES.length);
  const tagged = sentences.map((s) => ({ forms: s.words.map((w) => w.form), xpos: s.words.map((w) => w.xpos), upos: s.words.map((w) => w.upos) }));
  const taggerModel = trainTagger(tagged, { epochs: 10, bits: 14 });
  const parsed = sentences.map((s) => ({ forms: s.words.map((w) => w.form), tags: s.words.map((w) => w.xpos), heads: s.words.map((w) => w.head), deprels: s.words.map((w) => w.deprel) }));
  const parserModel = trainParser(parsed, { epochs: 15, bits: 14, labelBits: 12 });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-syntax-'));
  try {
    writeModelFile(path.join(dir, 'pos.model.gz'), taggerToBundle(taggerModel, card), { precision: 16 });
    writeModelFile(path.join(dir, 'parser.model.gz'), parserToBundle(parserModel, card), { precision: 16 });
    const posBundle = readCompactModelFile(path.join(dir, 'pos.model.gz'));
    const parserBundle = readCompactModelFile(path.join(dir, 'parser.model.gz'));
    assert.equal(posBundle.header.card.name, 'toy');
    const tagger = new Tagger(taggerFromBundle(posBundle));
    const parser = new Parser(parserFromBundle(parserBundle));

    // Training sentences come back as annotated.
    for (const s of sentences) {
      const forms = s.words.map((w) => w.form);
      const t = tagger.tag(forms);
      assert.deepEqual(t.xpos, s.words.map((w) => w.xpos));
      assert.deepEqual(t.upos, s.words.map((w) => w.upos));
      const p = parser.parse(forms, t.xpos);
      assert.deepEqual(p.heads, s.words.map((w) => w.head), forms.join(' '));
      assert.deepEqual(p.deprels, s.words.map((w) => w.deprel), forms.join(' '));
    }

    // The compact tables (with the tagger's per-word score cache) tag as the Float32 ones do,
    // including on a sentence of unseen words, and a second time from the cache.
    const floatTagger = new Tagger(taggerFromBundle(readModelFile(path.join(dir, 'pos.model.gz'))));
    const unseen = ['Quorvane', 'ministers', 'flew', 'to', 'Zelbrook', 'on', '12', 'May', '.'];
    for (const forms of [...sentences.map((s) => s.words.map((w) => w.form)), unseen, unseen]) assert.deepEqual(tagger.tag(forms), floatTagger.tag(forms));

    // A new sentence of known words, through the pipeline on our own tokenizer's tokens.
    const pipeline = defaultPipeline({ pos: posBundle, parser: parserBundle });
    assert.deepEqual(pipeline.stages.map((s) => s.name), ['pos', 'parser']);
    const { doc } = runPipeline(pipeline, { id: 'x', date: null, text: 'The envoy met Lavrov. Rubio visited the minister in Riyadh.' });
    assert.deepEqual(doc.tokens.map((t) => t.text), ['The', 'envoy', 'met', 'Lavrov', '.', 'Rubio', 'visited', 'the', 'minister', 'in', 'Riyadh', '.']);
    assert.deepEqual(doc.upos, ['DET', 'NOUN', 'VERB', 'PROPN', 'PUNCT', 'PROPN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
    // Heads are doc token indices: "met" (2) and "visited" (6) are the roots.
    assert.deepEqual(Array.from(doc.heads), [1, 2, -1, 2, 2, 6, -1, 8, 6, 10, 6, 6]);
    assert.deepEqual(doc.deprels, ['det', 'nsubj', 'root', 'obj', 'punct', 'nsubj', 'root', 'det', 'obj', 'case', 'obl', 'punct']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the pipeline without models still tokenizes, and leaves tags empty', () => {
  const { doc } = runPipeline(defaultPipeline({}), { id: 'y', date: null, text: 'Talks ended.' });
  assert.equal(doc.tokens.length, 3);
  assert.deepEqual(doc.upos, ['', '', '']);
  assert.deepEqual(Array.from(doc.heads), [-1, -1, -1]);
});

test('the tagger keeps ambiguity classes and the universal tags of each Penn tag, and they survive save and load', () => {
  const sentences = parseConllu(toConllu());
  const tagged = sentences.map((s) => ({ forms: s.words.map((w) => w.form), xpos: s.words.map((w) => w.xpos), upos: s.words.map((w) => w.upos) }));
  const model = trainTagger(tagged, { epochs: 5, bits: 14 });
  const x = (t: string): number => model.xposTags.indexOf(t);
  const u = (t: string): number => model.uposTags.indexOf(t);
  // "the" is seen six times (too few for the tag dictionary), always DT/DET.
  assert.equal(model.dictionary.has('the'), false);
  assert.deepEqual(Array.from(model.ambiguity.get('the') ?? []), [x('DT') * 256 + u('DET')]);
  // "in" is seen three times: below the ambiguity threshold, all tags stay open.
  assert.equal(model.ambiguity.has('in'), false);
  assert.deepEqual(Array.from(model.uposOf[x('NN')]), [u('NOUN')]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-ambiguity-'));
  try {
    writeModelFile(path.join(dir, 'pos.model.gz'), taggerToBundle(model, card), { precision: 8 });
    const loaded = taggerFromBundle(readCompactModelFile(path.join(dir, 'pos.model.gz')));
    assert.deepEqual(Array.from(loaded.ambiguity.get('the') ?? []), [x('DT') * 256 + u('DET')]);
    assert.deepEqual(loaded.uposOf.map((l) => Array.from(l)), model.uposOf.map((l) => Array.from(l)));
    // In a context never seen, "the" can only be DT/DET.
    const t = new Tagger(loaded).tag(['Quorvane', 'the', 'the', 'Zelbrook', '.']);
    assert.deepEqual(t.xpos.slice(1, 3), ['DT', 'DT']);
    assert.deepEqual(t.upos.slice(1, 3), ['DET', 'DET']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('word classes group words that share contexts, the same way every time', () => {
  // Days fill one frame, verbs another; digits fold to 0 as in the parser.
  const text: string[][] = [];
  for (const day of ['Monday', 'Tuesday', 'Friday']) {
    for (const who of ['The envoy', 'A minister', 'Officials']) text.push(`${who} arrived on ${day} evening .`.split(' '));
  }
  for (const verb of ['met', 'visited', 'thanked']) {
    for (const who of ['the envoy', 'a minister', 'officials']) text.push(`They ${verb} ${who} today .`.split(' '));
  }
  for (const year of ['1998', '2025']) text.push(`Talks ended in ${year} .`.split(' '), `Talks began in ${year} .`.split(' '), `War ended in ${year} .`.split(' '));
  text.push('Peace came .'.split(' '));
  const classes = buildWordClusters(text, { classes: 6, minCount: 2, contextWords: 20 });
  assert.deepEqual(buildWordClusters(text, { classes: 6, minCount: 2, contextWords: 20 }), classes);
  assert.equal(classes.get('monday'), classes.get('friday'));
  assert.equal(classes.get('met'), classes.get('thanked'));
  assert.notEqual(classes.get('monday'), classes.get('met'));
  assert.ok(classes.has('0000'), 'years fold to one form');
  assert.equal(classes.has('peace'), false, 'seen once: no class');
});

test('a tagger with word classes keeps them through save and load, tags the same, and gives unseen words a class', () => {
  const sentences = parseConllu(toConllu());
  const tagged = sentences.map((s) => ({ forms: s.words.map((w) => w.form), xpos: s.words.map((w) => w.xpos), upos: s.words.map((w) => w.upos) }));
  const clusters = buildWordClusters(tagged.map((s) => s.forms), { classes: 4, minCount: 2, contextWords: 20 });
  const model = trainTagger(tagged, { epochs: 8, bits: 14, clusters });
  const plain = trainTagger(tagged, { epochs: 8, bits: 14 });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-tagger-classes-'));
  try {
    writeModelFile(path.join(dir, 'pos.model.gz'), taggerToBundle(model, card), { precision: 16 });
    writeModelFile(path.join(dir, 'plain.model.gz'), taggerToBundle(plain, card), { precision: 16 });
    const loaded = taggerFromBundle(readCompactModelFile(path.join(dir, 'pos.model.gz')));
    assert.deepEqual(loaded.clusters, clusters);
    assert.equal(taggerFromBundle(readCompactModelFile(path.join(dir, 'plain.model.gz'))).clusters, undefined);
    const fresh = new Tagger(model);
    const tagger = new Tagger(loaded);
    for (const s of tagged) {
      assert.deepEqual(tagger.tag(s.forms), fresh.tag(s.forms));
      assert.deepEqual(tagger.tag(s.forms).xpos, s.xpos, s.forms.join(' '));
    }
    // A word outside the class list is tagged from its context and shape as any other.
    const t = tagger.tag(['The', 'minister', 'visited', 'Quorvane', '.']);
    assert.equal(t.xpos.length, 5);
    assert.equal(t.xpos[4], '.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a parser with word classes and XPOS|UPOS tags keeps both through save and load and parses the same', () => {
  const sentences = parseConllu(toConllu());
  const withUpos = { withUpos: true };
  const parsed = sentences.map((s) => ({
    forms: s.words.map((w) => w.form),
    tags: s.words.map((w) => parserTag(withUpos, w.xpos, w.upos)),
    heads: s.words.map((w) => w.head),
    deprels: s.words.map((w) => w.deprel),
  }));
  assert.equal(parsed[0].tags[0], 'DT|DET');
  assert.equal(parserTag({}, 'DT', 'DET'), 'DT');
  const clusters = buildWordClusters(parsed.map((s) => s.forms), { classes: 4, minCount: 2, contextWords: 20 });
  assert.ok(clusters.size > 5);
  const model = trainParser(parsed, { epochs: 15, bits: 14, labelBits: 12, clusters, withUpos: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-clusters-'));
  try {
    writeModelFile(path.join(dir, 'parser.model.gz'), parserToBundle(model, card), { precision: 16 });
    const loaded = parserFromBundle(readCompactModelFile(path.join(dir, 'parser.model.gz')));
    assert.deepEqual(loaded.clusters, clusters);
    assert.equal(loaded.withUpos, true);
    assert.ok([...loaded.candidates.keys()].includes('DT|DET NN|NOUN L'));
    const parser = new Parser(loaded);
    assertParsesAsTrained(parser, new Parser(model), parsed);
    // Words outside the class list (and a sentence seen twice, from the form cache) still parse.
    const novel = ['Quorvane', 'visited', 'the', 'minister', '.'];
    const novelTags = ['NNP|PROPN', 'VBD|VERB', 'DT|DET', 'NN|NOUN', '.|PUNCT'];
    const first = parser.parse(novel, novelTags);
    assert.deepEqual(parser.parse(novel, novelTags), first);
    assert.deepEqual(first.heads, [1, -1, 3, 1, 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the tagger names close runner-up tags, and a parser trained to read them keeps reading them after save and load', () => {
  const sentences = parseConllu(toConllu());
  const tagged = sentences.map((s) => ({ forms: s.words.map((w) => w.form), xpos: s.words.map((w) => w.xpos), upos: s.words.map((w) => w.upos) }));
  const tagger = new Tagger(trainTagger(tagged, { epochs: 3, bits: 14 }));
  // Unseen words leave the tagger least sure; whatever it names is another known Penn tag.
  const forms = ['Quorvane', 'flew', 'to', 'Zelbrook', 'yesterday', '.'];
  const t = tagger.tag(forms);
  assert.equal(t.alt.length, forms.length);
  t.alt.forEach((a, i) => {
    if (a === '') return;
    assert.notEqual(a, t.xpos[i]);
    assert.ok(tagger.model.xposTags.includes(a));
  });

  // A parser that reads runner-up tags: "talks" might have been a verb, "Riyadh" a common noun.
  const alts = (s: (typeof sentences)[number]): string[] => s.words.map((w) => (w.form === 'talks' ? 'VBZ' : w.form === 'Riyadh' ? 'NN' : ''));
  const parsed = sentences.map((s) => ({ forms: s.words.map((w) => w.form), tags: s.words.map((w) => w.xpos), heads: s.words.map((w) => w.head), deprels: s.words.map((w) => w.deprel), alts: alts(s) }));
  const model = trainParser(parsed, { epochs: 15, bits: 14, labelBits: 12, readsAlts: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-alts-'));
  try {
    writeModelFile(path.join(dir, 'parser.model.gz'), parserToBundle(model, card), { precision: 16 });
    const loaded = parserFromBundle(readCompactModelFile(path.join(dir, 'parser.model.gz')));
    assert.equal(loaded.readsAlts, true);
    const fresh = new Parser(model);
    const parser = new Parser(loaded);
    for (const s of parsed) {
      const n = s.forms.length;
      const tags = Uint32Array.from(s.tags, (x) => hashString(x));
      const altHashes = Int32Array.from(s.alts, (a) => altTagHash(a));
      const [h1, l1, h2, l2] = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n)];
      parser.parseInto(s.forms, tags, n, h1, l1, undefined, 0, altHashes);
      fresh.parseInto(s.forms, tags, n, h2, l2, undefined, 0, altHashes);
      assert.deepEqual(Array.from(h1), s.heads, s.forms.join(' '));
      assert.deepEqual(Array.from(h1), Array.from(h2));
      assert.deepEqual(Array.from(l1, (k) => loaded.labels[k]), s.deprels);
    }
    // A parser trained without them says so, and its file has no such setting.
    assert.equal(parserFromBundle(parserToBundle(trainParser(parsed, { epochs: 2, bits: 12, labelBits: 10 }), card)).readsAlts, undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('projectivize lifts the shortest crossing arc to the head\'s head until the tree is projective', () => {
  // "A hearing is scheduled on the issue today": "issue" (6) hangs from "hearing" (1) across the verb.
  const heads = [1, 3, 3, -1, 6, 6, 1, 3];
  assert.ok(!isProjective(heads));
  const { heads: lifted, lifted: count } = projectivize(heads);
  assert.ok(isProjective(lifted));
  assert.equal(count, 1);
  // "issue" (6) now hangs from "scheduled", the head of "hearing"; every other arc stays.
  assert.deepEqual(lifted, [1, 3, 3, -1, 6, 6, 3, 3]);
  assert.deepEqual(heads, [1, 3, 3, -1, 6, 6, 1, 3], 'the input is left alone');
  const projective = [1, 2, -1, 2];
  assert.equal(projectivize(projective).heads, projective);
  assert.equal(projectivize(projective).lifted, 0);
});

test('word classes at two granularities: coarse classes are unions of fine ones, and a parser reading them keeps them through save and load', () => {
  const sentences = parseConllu(toConllu());
  const parsed = sentences.map((s) => ({
    forms: s.words.map((w) => w.form),
    tags: s.words.map((w) => w.xpos),
    heads: s.words.map((w) => w.head),
    deprels: s.words.map((w) => w.deprel),
  }));
  const opts = { classes: 6, minCount: 2, contextWords: 20 };
  const tree = buildWordClassTree(parsed.map((s) => s.forms), { ...opts, coarse: 2 });
  // The fine classes are the flat ones; each maps to one of the two coarse classes.
  assert.deepEqual(tree.classes, buildWordClusters(parsed.map((s) => s.forms), opts));
  assert.equal(tree.coarseOf.length, 6);
  assert.ok(tree.coarseOf.every((c) => c === 0 || c === 1));
  assert.equal(new Set(tree.coarseOf).size, 2);
  const model = trainParser(parsed, { epochs: 15, bits: 14, labelBits: 12, clusters: tree.classes, coarseClasses: tree.coarseOf });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-coarse-'));
  try {
    writeModelFile(path.join(dir, 'parser.model.gz'), parserToBundle(model, card), { precision: 16 });
    const loaded = parserFromBundle(readCompactModelFile(path.join(dir, 'parser.model.gz')));
    assert.deepEqual(loaded.coarseClasses, tree.coarseOf);
    const parser = new Parser(loaded);
    assertParsesAsTrained(parser, new Parser(model), parsed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a tagger that looks ahead reads the next words\' tag sets, and keeps doing so after save and load', () => {
  const sentences = parseConllu(toConllu());
  const tagged = sentences.map((s) => ({ forms: s.words.map((w) => w.form), xpos: s.words.map((w) => w.xpos), upos: s.words.map((w) => w.upos) }));
  // Twenty copies, so frequent words reach the tag dictionary and the ambiguity classes.
  const many = Array.from({ length: 20 }, () => tagged).flat();
  const model = trainTagger(many, { epochs: 4, bits: 14, lookahead: true });
  // A word always seen with one tag, a word of one tag pair seen too rarely for the
  // dictionary, and an unseen word: three kinds of tag set.
  assert.notEqual(tagSetHash(model, 'the'), 0);
  assert.equal(tagSetHash(model, 'the'), tagSetHash({ dictionary: new Map([['a', model.dictionary.get('the')!]]), ambiguity: new Map() }, 'a'));
  assert.equal(tagSetHash(model, 'quorvane'), 0);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-tagger-lookahead-'));
  try {
    writeModelFile(path.join(dir, 'pos.model.gz'), taggerToBundle(model, card), { precision: 16 });
    writeModelFile(path.join(dir, 'plain.model.gz'), taggerToBundle(trainTagger(many, { epochs: 4, bits: 14 }), card), { precision: 16 });
    const loaded = taggerFromBundle(readCompactModelFile(path.join(dir, 'pos.model.gz')));
    assert.equal(loaded.lookahead, true);
    assert.equal(taggerFromBundle(readCompactModelFile(path.join(dir, 'plain.model.gz'))).lookahead, undefined);
    const fresh = new Tagger(model);
    const tagger = new Tagger(loaded);
    for (const s of tagged) {
      assert.deepEqual(tagger.tag(s.forms), fresh.tag(s.forms));
      assert.deepEqual(tagger.tag(s.forms).xpos, s.xpos, s.forms.join(' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
