import { readConlluFiles } from '../io/conllu-files.js';
import { findModelFile, packageModelsDir, readCompactModelFile } from '../io/models.js';
import { evaluateSyntax } from '../nlp/evaluate.js';
import { Parser, parserFromBundle } from '../nlp/parser.js';
import { Tagger, taggerFromBundle } from '../nlp/tagger.js';

export interface EvalOptions {
  models?: string;
  pos?: string;
  parser?: string;
}

/** `parley eval conllu FILE`: UPOS/XPOS accuracy, UAS and LAS of the models on gold-tokenized data. */
export function evalCommand(format: string, file: string, opts: EvalOptions): number {
  if (format !== 'conllu') {
    process.stderr.write(`parley eval: format ${format} is not handled here (conllu)\n`);
    return 1;
  }
  const dir = opts.models ?? packageModelsDir();
  const posFile = opts.pos ?? findModelFile('pos', dir);
  const parserFile = opts.parser ?? findModelFile('parser', dir);
  if (!posFile && !parserFile) {
    process.stderr.write(`parley eval: no pos or parser model in ${dir}\n`);
    return 1;
  }
  const tagger = posFile ? new Tagger(taggerFromBundle(readCompactModelFile(posFile))) : undefined;
  const parser = parserFile ? new Parser(parserFromBundle(readCompactModelFile(parserFile))) : undefined;
  const { sentences } = readConlluFiles([file]);
  const started = process.hrtime.bigint();
  const s = evaluateSyntax(sentences, tagger, parser);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = [`${file}: ${sentences.length} sentences, ${s.words} words`];
  if (s.upos !== undefined) lines.push(`UPOS ${s.upos.toFixed(2)}%`, `XPOS ${s.xpos!.toFixed(2)}%`);
  if (s.uas !== undefined) {
    lines.push(`UAS ${s.uas.toFixed(2)}${tagger ? ' (predicted tags)' : ' (gold tags)'}`);
    lines.push(`LAS ${s.las!.toFixed(2)}`, `LAS, universal relations only ${s.lasUniversal!.toFixed(2)}`);
  }
  lines.push(`${Math.round(s.words / seconds)} words/s (tagging and parsing, gold tokens)`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
