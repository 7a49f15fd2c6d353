import { readFileSync } from 'node:fs';
import { parseConll } from '../nlp/conll.js';
import { exampleOf, evaluateNer, trainNer, type NerScores } from '../nlp/ner-train.js';
import { NerTagger } from '../nlp/ner.js';
import { findModelFile, modelPath, readCompactModelFile, writeModelFile } from '../io/models.js';

/** `parley train ner` and `parley eval conll`: training and scoring the named-entity tagger. */

export interface TrainNerOptions {
  train: string;
  dev?: string;
  out?: string;
  epochs: string;
  precision: string;
  prune: string;
  beam: string;
  bits: string;
}

function readExamples(file: string) {
  return parseConll(readFileSync(file, 'utf8')).map(exampleOf);
}

export function formatScores(s: NerScores): string {
  const rows = ['type    precision  recall     F1      gold'];
  for (const [k, v] of Object.entries(s)) {
    rows.push(`${k.padEnd(8)}${v.precision.toFixed(4).padStart(9)}${v.recall.toFixed(4).padStart(9)}${v.f1.toFixed(4).padStart(9)}${String(v.gold).padStart(8)}`);
  }
  return rows.join('\n');
}

export function trainNerCommand(opts: TrainNerOptions): number {
  const started = Date.now();
  const train = readExamples(opts.train);
  const epochs = Number(opts.epochs);
  process.stderr.write(`train: ${train.length} documents, ${train.reduce((n, e) => n + e.gold.length, 0)} tokens\n`);
  const tagger = trainNer(train, {
    bits: Number(opts.bits),
    epochs,
    onEpoch: (e, err) => process.stderr.write(`epoch ${e}: token error ${(100 * err).toFixed(2)}% (${((Date.now() - started) / 1000).toFixed(0)} s)\n`),
  });
  tagger.beamWidth = Number(opts.beam);
  const figures: Record<string, number> = {};
  if (opts.dev) {
    const scores = evaluateNer(tagger, readExamples(opts.dev));
    process.stdout.write(formatScores(scores) + '\n');
    for (const [k, v] of Object.entries(scores)) figures[`dev_${k}_f1`] = Number(v.f1.toFixed(4));
  }
  const out = opts.out ?? modelPath('ner');
  const card = {
    name: 'ner',
    description: 'Named-entity tagger (PER, ORG, LOC, MISC; BILOU, averaged perceptron trained greedily, decoded with a small beam; gazetteer and document features).',
    trainedOn: ['CoNLL-2003 English train (Reuters RCV1)'],
    licenses: ['CoNLL-2003 / Reuters RCV1: research use only', 'gazetteers: world-countries ODbL-1.0, GeoNames CC-BY-4.0, @stdlib first names Apache-2.0'],
    figures,
    built: new Date().toISOString().slice(0, 10),
    command: `parley train ner --train ${opts.train}${opts.dev ? ` --dev ${opts.dev}` : ''} --epochs ${epochs} --beam ${opts.beam} --bits ${opts.bits}`,
  };
  const bytes = writeModelFile(out, tagger.toBundle(card), { precision: Number(opts.precision) as 8 | 16, prune: Number(opts.prune) });
  process.stderr.write(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return 0;
}

export function evalConllCommand(file: string, opts: { model?: string; beam?: string }): number {
  // The compact (8/16-bit) tables the pipeline predicts with, so the figures are the shipped model's.
  const modelFile = opts.model ?? findModelFile('ner');
  const bundle = modelFile ? readCompactModelFile(modelFile) : null;
  if (!bundle) {
    process.stderr.write('parley eval: no named-entity model (models/ner.model); train one with `parley train ner`\n');
    return 1;
  }
  const tagger = NerTagger.fromBundle(bundle);
  if (opts.beam !== undefined) tagger.beamWidth = Number(opts.beam);
  const examples = readExamples(file);
  const started = process.hrtime.bigint();
  const scores = evaluateNer(tagger, examples);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const words = examples.reduce((n, e) => n + e.gold.length, 0);
  process.stdout.write(formatScores(scores) + '\n');
  process.stderr.write(`${words} tokens in ${seconds.toFixed(2)} s: ${Math.round(words / seconds)} tokens/s\n`);
  return 0;
}
