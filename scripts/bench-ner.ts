/**
 * Speed of the named-entity tagger alone and of makeDoc + tagger, on a CoNLL file's text.
 *   node dist/scripts/bench-ner.js FILE.conll [MODEL] [BEAM]
 */
import { readFileSync } from 'node:fs';
import { parseConll } from '../src/nlp/conll.js';
import { exampleOf } from '../src/nlp/ner-train.js';
import { NerTagger } from '../src/nlp/ner.js';
import { loadModel, readModelFile } from '../src/io/models.js';
import { makeDoc } from '../src/text/doc.js';
import { nerStage } from '../src/analyze/ner-stage.js';

const [file, modelFile, beam] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const bundle = modelFile ? readModelFile(modelFile) : loadModel('ner');
if (!bundle) throw new Error('no model');
const tagger = NerTagger.fromBundle(bundle);
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
if (beam) tagger.beamWidth = Number(beam);
const docs = parseConll(readFileSync(file, 'utf8'));
const examples = docs.map(exampleOf);
const texts = docs.map((d) => d.sentences.map((s) => s.tokens.join(' ')).join('\n'));
const words = examples.reduce((n, e) => n + e.input.words.length, 0);
const time = (f: () => void): number => {
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const s = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - s) / 1e9);
  }
  return best;
};
const tagOnly = time(() => {
  for (const e of examples) tagger.tag(e.input);
});
const stage = nerStage(tagger);
const withDoc = time(() => {
  for (const t of texts) stage.annotate(makeDoc(t));
});
process.stdout.write(
  `model load ${loadMs.toFixed(0)} ms; beam ${tagger.beamWidth}; ${words} words: tagger ${Math.round(words / tagOnly)} words/s, ` +
    `tokenize+split+tag ${Math.round(words / withDoc)} words/s\n`,
);
