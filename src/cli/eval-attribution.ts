import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeWith } from '../analyze/pipeline.js';
import { formatAttributionScore, scoreAttributions, type ScoredDocument } from '../io/attribution-score.js';
import { parseBratAttributions, parseBratDiscards } from '../io/brat.js';
import { loadDefaultPipeline } from '../io/pipeline.js';

export interface EvalAttributionOptions {
  json?: boolean;
}

/**
 * `parley eval attribution DIR`: analyses DIR/text/NAME.txt and scores the quotes against
 * DIR/attributions/NAME.ann or NAME_XXXX.ann (PolNeAR layout; with several annotators'
 * files, the first in sorted order). Returns the exit code.
 */
export async function evalAttributionCommand(dir: string, opts: EvalAttributionOptions): Promise<number> {
  let textNames: string[];
  let annNames: string[];
  try {
    textNames = (await readdir(join(dir, 'text'))).filter((n) => n.endsWith('.txt')).sort();
    annNames = (await readdir(join(dir, 'attributions'))).filter((n) => n.endsWith('.ann')).sort();
  } catch (err) {
    process.stderr.write(`parley eval attribution: ${dir}: needs text/ and attributions/ folders (${(err as Error).message})\n`);
    return 1;
  }
  const annFor = new Map<string, string>();
  for (const a of annNames) {
    const base = a.slice(0, -4);
    const article = /_[0-9a-f]{4}$/u.test(base) ? base.slice(0, -5) : base;
    if (!annFor.has(article)) annFor.set(article, a);
    if (!annFor.has(base)) annFor.set(base, a);
  }
  const pipeline = loadDefaultPipeline();
  const docs: ScoredDocument[] = [];
  let missing = 0;
  for (const name of textNames) {
    const id = name.slice(0, -4);
    const ann = annFor.get(id);
    if (!ann) {
      missing++;
      continue;
    }
    const text = await readFile(join(dir, 'text', name), 'utf8');
    const annText = await readFile(join(dir, 'attributions', ann), 'utf8');
    const analysis = analyzeWith(pipeline, { id, text, date: null });
    docs.push({ analysis, gold: parseBratAttributions(annText, text), discards: parseBratDiscards(annText, text) });
  }
  if (missing > 0) process.stderr.write(`parley eval attribution: ${missing} text file(s) without annotations skipped\n`);
  if (docs.length === 0) {
    process.stderr.write(`parley eval attribution: ${dir}: no annotated articles\n`);
    return 1;
  }
  const score = scoreAttributions(docs);
  process.stdout.write((opts.json ? JSON.stringify(score) : formatAttributionScore(score)) + '\n');
  return 0;
}
