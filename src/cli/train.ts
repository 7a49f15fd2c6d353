import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConlluFiles, splitsSpec } from '../io/conllu-files.js';
import { readCompactModelFile, writeModelFile } from '../io/models.js';
import type { ModelCard } from '../ml/model-file.js';
import type { Perceptron } from '../ml/perceptron.js';
import type { ConlluSentence } from '../nlp/conllu.js';
import { evaluateSyntax } from '../nlp/evaluate.js';
import { Parser, parserFromBundle, parserTag, parserToBundle, type ParsedSentence, type TrainedParserModel } from '../nlp/parser.js';
import { trainParser } from '../nlp/parser-train.js';
import { Tagger, taggerFromBundle, taggerToBundle, type TaggedSentence } from '../nlp/tagger.js';
import { trainTagger } from '../nlp/tagger-train.js';
import { buildWordClassTree, buildWordClusters } from '../nlp/word-clusters.js';
import { parseConll } from '../nlp/conll.js';
import { makeDoc } from '../text/doc.js';

/** `parley train pos|parser`: rebuilds a model from CoNLL-U files and writes its card. */

export interface TrainOptions {
  train?: string[];
  dev?: string;
  out?: string;
  epochs?: string;
  bits?: string;
  precision?: string;
  prune?: string;
  tagger?: string;
  seed?: string;
  jackknife?: string;
  taggerEpochs?: string;
  labelBits?: string;
  /** parser: number of word classes learnt from raw text (0: none). */
  clusters?: string;
  /** parser: extra raw text for the word classes: folders of .txt, CoNLL-2003 .conll or CoNLL-U files. */
  clusterText?: string[];
  /** parser: read the universal tag along with the Penn tag. */
  withUpos?: boolean;
  /** parser: a file keeping the jackknifed training tags, read if it exists, else written (saves retagging across parser experiments). */
  tagsCache?: string;
  /** parser: read the tagger's close runner-up tags. */
  altTags?: boolean;
  /** parser: coarse word classes over the word classes (0: none). */
  coarseClusters?: string;
  /** parser: lift non-projective arcs of the training trees. */
  projectivize?: boolean;
  /** parser: share of sentences trained with error exploration, and from which epoch. */
  explore?: string;
  exploreFrom?: string;
  /** parser: train this many parsers in different orders and keep the mean of their weights. */
  runs?: string;
  /** pos: read the next words' tag sets. */
  lookahead?: boolean;
}

/** Tokenized sentences of raw text for the word classes, by file type. */
function readClusterText(spec: string): string[][] {
  if (statSync(spec).isDirectory()) {
    return readdirSync(spec)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((f) => {
        const doc = makeDoc(readFileSync(path.join(spec, f), 'utf8'));
        return doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
      });
  }
  if (spec.endsWith('.conll')) return parseConll(readFileSync(spec, 'utf8')).flatMap((d) => d.sentences.map((s) => s.tokens));
  return readConlluFiles([spec]).sentences.map((s) => s.words.map((w) => w.form));
}

/** Licenses of raw text read for word classes, recognised by their paths. */
function clusterTextLicenses(specs: string[]): string[] {
  const out: string[] = [];
  if (specs.some((f) => /polnear/i.test(f))) out.push('word classes from PolNeAR train texts: research use only');
  if (specs.some((f) => /conll2003/i.test(f))) out.push('word classes from CoNLL-2003 train (Reuters RCV1): research use only');
  return out;
}

const SHARED = '../shared/data';
/**
 * The training data each model is built from by default. The parser also learns from GUM's
 * dev and test documents: its figures are taken on EWT dev, and GUM's news documents (the
 * outside test) are not in ../shared. With 4 jackknife folds that moved EWT dev UAS by +0.15
 * and -0.11 on two seeds: no loss, and a quarter more GUM trees (interviews, speeches,
 * conversation) for a parser that reads quotations. The tagger keeps GUM train: its one run
 * with every partition scored 0.1 lower on UPOS.
 */
const DEFAULT_TRAIN: Record<string, string[]> = {
  pos: [`${SHARED}/ud-ewt/train.conllu`, `${SHARED}/gum/splits.tsv:train`],
  parser: [`${SHARED}/ud-ewt/train.conllu`, `${SHARED}/gum/splits.tsv:all`],
};
const DEFAULT_DEV = `${SHARED}/ud-ewt/dev.conllu`;

function log(line: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}

/** Licenses of the corpora a model was trained on, recognised by their paths. */
function describeData(files: string[], specs: string[]): { trainedOn: string[]; licenses: string[] } {
  const ewt = files.filter((f) => /ud-ewt|en_ewt/i.test(f));
  const gum = files.filter((f) => /GUM_/i.test(f));
  const other = files.filter((f) => !ewt.includes(f) && !gum.includes(f));
  const trainedOn: string[] = [];
  const licenses: string[] = [];
  if (ewt.length > 0) {
    trainedOn.push(`UD English-EWT v2.16 (${ewt.map((f) => path.basename(f)).join(', ')})`);
    licenses.push('UD English-EWT: CC BY-SA 4.0');
  }
  if (gum.length > 0) {
    const partitions = specs.flatMap((f) => splitsSpec(f)?.partitions ?? []);
    const which = partitions.includes('all') ? 'all partitions: train, dev, test' : partitions.length > 0 ? `the ${[...new Set(partitions)].join(', ')} partition${partitions.length > 1 ? 's' : ''}` : 'named files';
    trainedOn.push(`GUM V11.1.0, ${gum.length} documents (${which}; no news, no Reddit)`);
    licenses.push(
      'GUM annotations: CC BY 4.0; GUM texts per genre: academic CC BY 4.0, bio CC BY-SA 3.0, court CC BY 4.0, essay CC BY-NC-SA 4.0, fiction CC BY-NC-SA 3.0, interview CC BY 2.5, letter CC BY-NC-SA 4.0, podcast CC BY-NC-SA 4.0, voyage CC BY-SA 3.0, whow CC BY-NC-SA 3.0, conversation/speech/textbook not stated',
    );
  }
  if (other.length > 0) trainedOn.push(...other.map((f) => path.basename(f)));
  return { trainedOn, licenses };
}

/**
 * Word classes from the treebank's words plus any raw text (`--clusters N --cluster-text
 * FILE...`), or none; the raw text's sources join the card.
 */
function wordClasses(opts: TrainOptions, treebank: string[][], trainedOn: string[], licenses: string[]): Map<string, number> | undefined {
  return wordClassTree(opts, treebank, trainedOn, licenses, 0)?.classes;
}

/** Word classes as wordClasses() makes them, with `coarse` coarse classes over them when above 0. */
function wordClassTree(opts: TrainOptions, treebank: string[][], trainedOn: string[], licenses: string[], coarse: number): { classes: Map<string, number>; coarseOf?: Int32Array } | undefined {
  const nClasses = num(opts.clusters, 0);
  if (nClasses <= 0) return undefined;
  const extra = opts.clusterText ?? [];
  const text = [...treebank, ...extra.flatMap(readClusterText)];
  const tree = coarse > 0 ? buildWordClassTree(text, { classes: nClasses, coarse, log }) : { classes: buildWordClusters(text, { classes: nClasses, log }) };
  const clusters = tree.classes;
  log(`word classes: ${clusters.size} words in ${nClasses} classes, from ${text.length} sentences`);
  licenses.push(...clusterTextLicenses(extra));
  if (extra.length > 0) trainedOn.push(`word classes also from raw text: ${extra.map((f) => path.normalize(f).split(path.sep).slice(-3).join('/')).join(', ')}`);
  return tree;
}

/**
 * Jackknifed tags kept by an earlier run, if that run made them the same way (`recipe`:
 * tagger file, seed, folds, epochs, tag form, training files); else null, and they are made anew.
 */
function readTagsCache(file: string, recipe: string, count: number): { tags: string[][]; alts: string[][] } | null {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { recipe?: string; tags: string[][]; alts: string[][] };
    return data.recipe === recipe && data.tags.length === count ? { tags: data.tags, alts: data.alts } : null;
  } catch {
    return null;
  }
}

/**
 * Parameter mixing: `runs` models trained in different orders (seeds `seed`, `seed + 1000`, …),
 * the first returned holding the mean of all their weights, table by table.
 */
function trainMixed<M>(runs: number, seed: number, train: (seed: number) => M, tables: (model: M) => Perceptron[]): M {
  const model = train(seed);
  const others = Array.from({ length: runs - 1 }, (_, r) => {
    const other = train(seed + 1000 * (r + 1));
    log(`run ${r + 2} of ${runs} trained`);
    return other;
  });
  tables(model).forEach((table, k) => table.mixWith(others.map((o) => tables(o)[k])));
  return model;
}

function toTagged(s: ConlluSentence): TaggedSentence {
  return { forms: s.words.map((w) => w.form), xpos: s.words.map((w) => w.xpos), upos: s.words.map((w) => w.upos) };
}

function num(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const x = Number(v);
  if (!Number.isFinite(x)) throw new Error(`not a number: ${v}`);
  return x;
}

export function trainCommand(what: string, opts: TrainOptions): number {
  const trainFiles = opts.train && opts.train.length > 0 ? opts.train : DEFAULT_TRAIN[what] ?? DEFAULT_TRAIN.pos;
  const devFile = opts.dev ?? DEFAULT_DEV;
  const started = Date.now();
  const { sentences, files } = readConlluFiles(trainFiles);
  const dev = readConlluFiles([devFile]).sentences;
  log(`read ${sentences.length} training sentences from ${files.length} files, ${dev.length} dev sentences`);
  const seed = num(opts.seed, 1);
  const { precision, tablePrecision } = parsePrecision(opts.precision);
  // The recipe on the card, without where the file was written.
  const args = process.argv.slice(3);
  // Nor the tags cache, which saves time but does not change the model.
  for (const flag of ['--out', '--tags-cache']) {
    const at = args.indexOf(flag);
    if (at >= 0) args.splice(at, 2);
  }
  const command = `parley train ${args.join(' ')}`;
  const { trainedOn, licenses } = describeData(files, trainFiles);
  const card = (name: string, description: string, figures: Record<string, number>): ModelCard => ({
    name,
    description,
    trainedOn,
    licenses,
    figures,
    built: new Date().toISOString().slice(0, 10),
    command,
  });
  if (what === 'pos') {
    const out = opts.out ?? 'models/pos.model';
    const tagged = sentences.map(toTagged);
    const clusters = wordClasses(opts, tagged.map((s) => s.forms), trainedOn, licenses);
    const trainOnce = (s: number) => trainTagger(tagged, { epochs: num(opts.epochs, 8), bits: num(opts.bits, 18), seed: s, log, clusters, lookahead: opts.lookahead === true });
    const runs = num(opts.runs, 1);
    const model = trainMixed(runs, seed, trainOnce, (m) => [m.xpos, m.upos]);
    const scores = evaluateSyntax(dev, new Tagger(model));
    log(`dev ${path.basename(devFile)}: UPOS ${scores.upos}%, XPOS ${scores.xpos}%`);
    const figures = { devUPOS: scores.upos!, devXPOS: scores.xpos!, devWords: scores.words };
    const bundle = taggerToBundle(model, card('pos', `Greedy averaged-perceptron tagger: Penn XPOS and Universal POS${runs > 1 ? `; mean weights of ${runs} taggers trained in different orders` : ''}`, figures));
    const prune = num(opts.prune, 0);
    writeModelFile(out, bundle, { precision, tablePrecision, prune });
    // The figures on the card are those of the file as shipped (quantised and pruned).
    const shipped = evaluateSyntax(dev, new Tagger(taggerFromBundle(readCompactModelFile(out))));
    log(`dev after quantisation: UPOS ${shipped.upos}%, XPOS ${shipped.xpos}%`);
    bundle.header.card.figures = { devUPOS: shipped.upos!, devXPOS: shipped.xpos!, devWords: shipped.words };
    const bytes = writeModelFile(out, bundle, { precision, tablePrecision, prune });
    log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
  } else if (what === 'parser') {
    const out = opts.out ?? 'models/parser.model';
    const taggerFile = opts.tagger ?? 'models/pos.model';
    const tagger = new Tagger(taggerFromBundle(readCompactModelFile(taggerFile)));
    // The parser must learn to read the tags it will get: predicted ones. Tags for the
    // training set come from taggers trained on the other folds (jackknifing), since the
    // final tagger has seen these sentences and would be nearly always right on them.
    const folds = num(opts.jackknife, 10);
    const withUpos = opts.withUpos === true;
    const tagsOf = (t: { xpos: string[]; upos: string[] }): string[] => t.xpos.map((x, i) => parserTag({ withUpos }, x, t.upos[i]));
    // Tags for the training sentences, from taggers trained on the other folds.
    const trainingTags = (): { tags: string[][]; alts: string[][] } => {
      const file = opts.tagsCache;
      const taggerStat = statSync(taggerFile);
      const recipe = JSON.stringify({ tagger: [path.resolve(taggerFile), taggerStat.size, taggerStat.mtimeMs], seed, folds, taggerEpochs: num(opts.taggerEpochs, 8), withUpos, files });
      if (file !== undefined && existsSync(file)) {
        const cached = readTagsCache(file, recipe, sentences.length);
        if (cached) {
          log(`training tags read from ${file}`);
          return cached;
        }
        log(`${file} holds tags made another way: tagging anew`);
      }
      const tags: string[][] = new Array(sentences.length);
      // The taggers' close runner-up tags, for a parser that reads them.
      const alts: string[][] = new Array(sentences.length);
      const keep = (i: number, t: { xpos: string[]; upos: string[]; alt: string[] }): void => {
        tags[i] = tagsOf(t);
        alts[i] = t.alt;
      };
      if (folds > 1) {
        for (let k = 0; k < folds; k++) {
          const rest = sentences.filter((_, i) => i % folds !== k).map(toTagged);
          // The fold taggers read the same word classes as the shipped one, if it has them.
          const foldTagger = new Tagger(trainTagger(rest, { epochs: num(opts.taggerEpochs, 8), bits: 20, seed, clusters: tagger.model.clusters, lookahead: tagger.model.lookahead === true }));
          sentences.forEach((s, i) => {
            if (i % folds === k) keep(i, foldTagger.tag(s.words.map((w) => w.form)));
          });
          log(`jackknife: tagged fold ${k + 1} of ${folds}`);
        }
      } else sentences.forEach((s, i) => keep(i, tagger.tag(s.words.map((w) => w.form))));
      if (file !== undefined) writeFileSync(file, JSON.stringify({ recipe, tags, alts }));
      return { tags, alts };
    };
    const readsAlts = opts.altTags === true;
    const { tags, alts } = trainingTags();
    const parsed: ParsedSentence[] = sentences.map((s, i) => ({
      forms: s.words.map((w) => w.form),
      tags: tags[i],
      heads: s.words.map((w) => w.head),
      deprels: s.words.map((w) => w.deprel),
      ...(readsAlts ? { alts: alts[i] } : {}),
    }));
    const tree = wordClassTree(opts, parsed.map((s) => s.forms), trainedOn, licenses, num(opts.coarseClusters, 0));
    const clusters = tree?.classes;
    const coarseClasses = tree?.coarseOf;
    const trainOnce = (s: number): TrainedParserModel => trainParser(parsed, { epochs: num(opts.epochs, 10), bits: num(opts.bits, 20), labelBits: num(opts.labelBits, 17), seed: s, log, clusters, coarseClasses, withUpos, readsAlts, projectivize: opts.projectivize === true, ...(opts.explore !== undefined ? { explore: num(opts.explore, 0.9) } : {}), ...(opts.exploreFrom !== undefined ? { exploreFrom: num(opts.exploreFrom, 2) } : {}) });
    const runs = num(opts.runs, 1);
    const model = trainMixed(runs, seed, trainOnce, (m) => [m.moves, m.labeller]);
    const inMemory = evaluateSyntax(dev, tagger, new Parser(model));
    log(`dev ${path.basename(devFile)} (predicted tags), full precision: UAS ${inMemory.uas}, LAS ${inMemory.las}`);
    const bundle = parserToBundle(model, card('parser', `Greedy arc-hybrid dependency parser (dynamic oracle), UD relations${readsAlts ? "; reads the tagger's close runner-up tags" : ''}${runs > 1 ? `; mean weights of ${runs} parsers trained in different orders` : ''}`, {}));
    const prune = num(opts.prune, 0);
    writeModelFile(out, bundle, { precision, tablePrecision, prune });
    // The figures on the card are those of the file as shipped (quantised and pruned).
    const scores = evaluateSyntax(dev, tagger, new Parser(parserFromBundle(readCompactModelFile(out))));
    log(`dev ${path.basename(devFile)} (predicted tags): UAS ${scores.uas}, LAS ${scores.las}, LAS universal ${scores.lasUniversal}`);
    bundle.header.card.figures = { devUAS: scores.uas!, devLAS: scores.las!, devLASUniversal: scores.lasUniversal!, devWords: scores.words };
    const bytes = writeModelFile(out, bundle, { precision, tablePrecision, prune });
    log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
  } else {
    process.stderr.write(`parley train: unknown model ${what} (pos or parser)\n`);
    return 1;
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}

/**
 * "--precision 8" (every table), or with per-table exceptions: "8,moves=16" keeps the
 * parser's move table at 16 bits and the rest at 8.
 */
export function parsePrecision(spec: string | undefined): { precision: 8 | 16; tablePrecision: Record<string, 8 | 16> } {
  const bits = (v: string): 8 | 16 => {
    if (v !== '8' && v !== '16') throw new Error(`--precision: ${v} is not 8 or 16`);
    return v === '16' ? 16 : 8;
  };
  let precision: 8 | 16 = 8;
  const tablePrecision: Record<string, 8 | 16> = {};
  for (const part of (spec ?? '8').split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) precision = bits(part);
    else tablePrecision[part.slice(0, eq)] = bits(part.slice(eq + 1));
  }
  return { precision, tablePrecision };
}
