/**
 * Measures the tokenizer and sentence splitter against gold CoNLL-U tokenisation.
 *
 *   node dist/scripts/eval-tokenizer.js FILE.conllu|DIR [...] [--no-paragraphs]
 *
 * Each document is rebuilt from its sentences' `# text` lines: sentences of one paragraph
 * joined by a space, paragraphs by a blank line (with --no-paragraphs, every sentence is
 * joined by a space, the harder setting). Gold token spans are found by walking the text;
 * a multiword token counts as its syntactic words when they spell it ("do" + "n't") and
 * as one token otherwise. Token figure: F1 of exact spans. Sentence figure: F1 of
 * sentence end offsets.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../src/text/tokenize.js';
import { splitSentences } from '../src/text/sentences.js';

interface GoldSentence {
  text: string;
  newPar: boolean;
  forms: string[];
}

function readConllu(src: string): GoldSentence[][] {
  const docs: GoldSentence[][] = [];
  let doc: GoldSentence[] = [];
  let cur: GoldSentence | null = null;
  let pendingPar = false;
  let range: { end: number; surface: string; words: string[] } | null = null;
  for (const line of src.split('\n')) {
    if (line.startsWith('# newdoc')) {
      if (doc.length) docs.push(doc);
      doc = [];
      pendingPar = true;
    } else if (line.startsWith('# newpar')) pendingPar = true;
    else if (line.startsWith('# text = ')) {
      cur = { text: line.slice(9), newPar: pendingPar, forms: [] };
      pendingPar = false;
    } else if (line.trim() === '') {
      if (cur) doc.push(cur);
      cur = null;
    } else if (cur && !line.startsWith('#')) {
      const cols = line.split('\t');
      const id = cols[0];
      if (id.includes('-')) {
        const [, b] = id.split('-').map(Number);
        range = { end: b, surface: cols[1], words: [] };
      } else if (!id.includes('.')) {
        if (range) {
          range.words.push(cols[1]);
          if (Number(id) === range.end) {
            if (range.words.join('') === range.surface) cur.forms.push(...range.words);
            else cur.forms.push(range.surface);
            range = null;
          }
        } else cur.forms.push(cols[1]);
      }
    }
  }
  if (cur) doc.push(cur);
  if (doc.length) docs.push(doc);
  return docs;
}

interface Scores {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (s: Scores): number => (2 * s.tp) / Math.max(1, 2 * s.tp + s.fp + s.fn);

function evaluate(files: string[], paragraphs: boolean): { tokens: Scores; sentences: Scores; unaligned: number } {
  const tokens: Scores = { tp: 0, fp: 0, fn: 0 };
  const sentences: Scores = { tp: 0, fp: 0, fn: 0 };
  let unaligned = 0;
  for (const file of files) {
    for (const doc of readConllu(readFileSync(file, 'utf8'))) {
      let text = '';
      const goldTokens = new Set<string>();
      const goldEnds = new Set<number>();
      for (const s of doc) {
        if (text) text += paragraphs && s.newPar ? '\n\n' : ' ';
        const base = text.length;
        text += s.text;
        let at = 0;
        for (const form of s.forms) {
          const k = s.text.indexOf(form, at);
          if (k < 0 || s.text.slice(at, k).trim() !== '') {
            unaligned++;
            continue;
          }
          goldTokens.add(`${base + k}:${base + k + form.length}`);
          at = k + form.length;
        }
        goldEnds.add(base + s.text.trimEnd().length);
      }
      const predicted = tokenize(text);
      const predSpans = new Set(predicted.map((t) => `${t.start}:${t.end}`));
      for (const p of predSpans) if (goldTokens.has(p)) tokens.tp++; else tokens.fp++;
      for (const g of goldTokens) if (!predSpans.has(g)) tokens.fn++;
      const predEnds = new Set(splitSentences(predicted).map((s) => s.end));
      for (const p of predEnds) if (goldEnds.has(p)) sentences.tp++; else sentences.fp++;
      for (const g of goldEnds) if (!predEnds.has(g)) sentences.fn++;
    }
  }
  return { tokens, sentences, unaligned };
}

function expand(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.conllu')).sort().map((f) => join(p, f)) : [p],
  );
}

const args = process.argv.slice(2);
const paragraphs = !args.includes('--no-paragraphs');
const files = expand(args.filter((a) => !a.startsWith('--')));
if (files.length === 0) {
  console.error('usage: eval-tokenizer FILE.conllu|DIR ... [--no-paragraphs]');
  process.exit(1);
}
const r = evaluate(files, paragraphs);
console.log(`files ${files.length}  paragraphs ${paragraphs ? 'kept' : 'removed'}`);
console.log(`tokens    F1 ${f1(r.tokens).toFixed(4)}  (tp ${r.tokens.tp}, fp ${r.tokens.fp}, fn ${r.tokens.fn}; unaligned gold ${r.unaligned})`);
console.log(`sentences F1 ${f1(r.sentences).toFixed(4)}  (tp ${r.sentences.tp}, fp ${r.sentences.fp}, fn ${r.sentences.fn})`);
console.log(JSON.stringify({ tokenF1: f1(r.tokens), sentenceF1: f1(r.sentences) }));
