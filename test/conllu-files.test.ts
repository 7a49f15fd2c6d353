import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConlluFiles } from '../src/io/conllu-files.js';

/** A GUM-like folder: a splits table naming documents by partition, one masked Reddit file. */
function gumFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-gum-'));
  mkdirSync(path.join(dir, 'conllu'));
  mkdirSync(path.join(dir, 'conllu-reddit-masked'));
  const sentence = (word: string): string => `# text = ${word}\n1\t${word}\t${word.toLowerCase()}\tNOUN\tNN\t_\t0\troot\t_\t_\n\n`;
  const rows = [['doc_id', 'genre', 'gum_partition', 'file', 'word_forms', 'sentences', 'words', 'entity_mentions'].join('\t')];
  for (const [doc, part] of [['GUM_bio_a', 'train'], ['GUM_bio_b', 'dev'], ['GUM_bio_c', 'test']]) {
    writeFileSync(path.join(dir, 'conllu', `${doc}.conllu`), sentence(doc.slice(-1).toUpperCase()));
    rows.push([doc, 'bio', part, `conllu/${doc}.conllu`, 'yes', '1', '1', '0'].join('\t'));
  }
  writeFileSync(path.join(dir, 'conllu-reddit-masked', 'GUM_reddit_x.conllu'), sentence('___'));
  rows.push(['GUM_reddit_x', 'reddit', 'train', 'conllu-reddit-masked/GUM_reddit_x.conllu', 'no', '1', '1', '0'].join('\t'));
  writeFileSync(path.join(dir, 'splits.tsv'), rows.join('\n') + '\n');
  return dir;
}

test('a GUM splits table stands for the documents of one partition, several joined by +, or all; masked Reddit never', () => {
  const dir = gumFolder();
  try {
    const forms = (spec: string): string[] => readConlluFiles([path.join(dir, spec)]).sentences.map((s) => s.words[0].form);
    assert.deepEqual(forms('splits.tsv'), ['A']);
    assert.deepEqual(forms('splits.tsv:train'), ['A']);
    assert.deepEqual(forms('splits.tsv:dev+test'), ['B', 'C']);
    assert.deepEqual(forms('splits.tsv:all'), ['A', 'B', 'C']);
    assert.throws(() => readConlluFiles([path.join(dir, 'splits.tsv:tset')]), /splits\.tsv: no documents with word forms in partition tset/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
