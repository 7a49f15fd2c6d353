import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitDateHeader } from '../src/io/header.js';

/** Loads a benchmark corpus: every .txt under a folder (or one file), else articles generated from examples/. */
export function loadCorpus(path: string | undefined, examplesDir: string, minWords = 300_000): string[] {
  const texts: string[] = [];
  if (path) {
    const walk = (p: string): void => {
      if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
      else if (p.endsWith('.txt')) texts.push(splitDateHeader(readFileSync(p, 'utf8')).text);
    };
    walk(path);
    return texts;
  }
  const seeds = readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => splitDateHeader(readFileSync(join(examplesDir, f), 'utf8')).text);
  // Shuffle paragraphs of the seed articles into new articles until the corpus is large enough.
  const paragraphs = seeds.flatMap((t) => t.split(/\n\s*\n/));
  let words = 0;
  let k = 0;
  while (words < minWords) {
    const article = [0, 1, 2, 3, 4, 5].map((j) => paragraphs[(k * 7 + j * 13) % paragraphs.length]).join('\n\n');
    texts.push(article);
    words += countWords(article);
    k++;
  }
  return texts;
}

export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
