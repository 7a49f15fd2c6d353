import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConllu, type ConlluSentence } from '../nlp/conllu.js';

/**
 * Reads CoNLL-U training or evaluation files. A path ending in `splits.tsv` (GUM's
 * document table) stands for the documents of the partition named after a colon
 * (`gum/splits.tsv:train`, the default being train; `:dev+test` for several, `:all` for
 * every partition) that have real word forms: Reddit documents with masked forms are never read.
 */
export function readConlluFiles(paths: string[]): { sentences: ConlluSentence[]; files: string[] } {
  const files = paths.flatMap(expand);
  const sentences = files.flatMap((f) => parseConllu(readFileSync(f, 'utf8')));
  return { sentences, files };
}

/**
 * A GUM splits-table path with the partitions it names (`splits.tsv:dev+test`; train when
 * none is named), or null for any other path.
 */
export function splitsSpec(spec: string): { table: string; partitions: string[] } | null {
  const m = /^(.*splits\.tsv)(?::([\w+]+))?$/.exec(spec);
  return m ? { table: m[1], partitions: (m[2] ?? 'train').split('+') } : null;
}

function expand(spec: string): string[] {
  const named = splitsSpec(spec);
  if (!named) return [spec];
  const { table, partitions: wanted } = named;
  const inPartition = (p: string): boolean => wanted.includes('all') || wanted.includes(p);
  const lines = readFileSync(table, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = lines[0].split('\t');
  const col = (name: string): number => {
    const k = columns.indexOf(name);
    if (k < 0) throw new Error(`${table}: no column ${name}`);
    return k;
  };
  const [part, file, forms] = [col('gum_partition'), col('file'), col('word_forms')];
  const chosen = lines
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((r) => inPartition(r[part]) && r[forms] === 'yes' && !r[file].includes('reddit-masked'))
    .map((r) => path.join(path.dirname(table), r[file]));
  if (chosen.length === 0) throw new Error(`${table}: no documents with word forms in partition ${wanted.join('+')}`);
  return chosen;
}
