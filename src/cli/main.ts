#!/usr/bin/env -S node --max-semi-space-size=64
// The young generation may grow to 64 MB semi-spaces (V8's default stops at 16): analysis
// allocates short-lived tokens, spans and features at a high rate, and the default size
// scavenged 4 times as often (about a tenth of the analysis time over 840 PolNeAR articles).
import { Command, Option } from 'commander';
import { analyzeCommand } from './analyze.js';
import { trainCommand } from './train.js';
import { evalCommand } from './eval.js';
import { modelsCommand } from './models.js';
import { evalConllCommand, trainNerCommand } from './train-ner.js';
import { evalAttributionCommand } from './eval-attribution.js';

const program = new Command();
program
  .name('parley')
  .description('Turn dated news reports into an evidence-linked record of international politics.')
  .version('0.1.0');

program
  .command('analyze')
  .description('analyse articles (files in the `date YYYY-MM-DD` header format or plain text, .jsonl files, directories)')
  .argument('[files...]', 'article files or directories')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'pretty']))
  .option('--jsonl <file>', 'read one JSON article per line from FILE (- for standard input)')
  .option('--workers <n>', 'analysis threads, used from the 16th batch of 32 articles on (default: one per core, at most 4; 0: this thread only)', (v) => Number(v))
  .action(async (files: string[], opts) => {
    process.exitCode = await analyzeCommand(files, opts);
  });

program
  .command('train')
  .description('train a model from annotated data (pos: tagger, parser: dependency parser, ner: named-entity tagger; defaults read ../shared/data)')
  .argument('<model>', 'pos, parser or ner')
  .option('--train <files...>', 'pos/parser: CoNLL-U files; DIR/splits.tsv[:partition] stands for GUM documents of that partition; ner: one CoNLL-2003 file')
  .option('--dev <file>', 'CoNLL-U development file for the figures on the model card')
  .option('--out <file>', 'model file to write (.model, or .model.gz to compress it)')
  .option('--epochs <n>', 'training epochs')
  .option('--bits <n>', 'hash table bits')
  .option('--precision <bits>', 'bits per weight in the file: 8 or 16, with per-table exceptions (8,moves=16)', '8')
  .option('--prune <x>', 'drop weights below this fraction of the largest', '0')
  .option('--tagger <file>', 'parser: the POS model whose tags the parser learns to read')
  .option('--seed <n>', 'random seed')
  .option('--jackknife <k>', 'parser: train on tags from K taggers each trained on the other folds (1: use --tagger)', '10')
  .option('--tagger-epochs <n>', 'parser: epochs of the jackknife taggers', '8')
  .option('--label-bits <n>', 'parser: hash table bits of the relation labeller', '17')
  .option('--clusters <k>', 'pos, parser: number of word classes learnt from raw text (0: none)', '0')
  .option('--with-upos', 'parser: read the universal tag along with the Penn tag')
  .option('--cluster-text <paths...>', 'pos, parser: raw text for the word classes besides the training sentences (folders of .txt, .conll, .conllu)')
  .option('--tags-cache <file>', 'parser: keep the jackknifed training tags in this file (read if it exists)')
  .option('--alt-tags', "parser: also read the tagger's close runner-up tags")
  .option('--lookahead', "pos: read the next two words' tag sets (from the tag dictionary and ambiguity classes)")
  .option('--runs <k>', 'pos, parser: train K models in different orders and keep the mean of their weights', '1')
  .option('--coarse-clusters <k>', 'parser: coarse word classes over the --clusters ones, for features at two granularities (0: none)')
  .option('--projectivize', 'parser: lift the non-projective arcs of the training trees')
  .option('--explore <p>', 'parser: share of sentences trained following the model\'s own moves (default 0.9)')
  .option('--explore-from <epoch>', 'parser: first epoch with error exploration (default 2)')
  .option('--beam <width>', 'ner: beam width the model tags with (1: greedy)', '4')
  .action((model: string, opts) => {
    if (model === 'ner') {
      process.exitCode = trainNerCommand({
        train: opts.train?.[0] ?? '../shared/data/conll2003/train.conll',
        dev: opts.dev ?? '../shared/data/conll2003/dev.conll',
        out: opts.out,
        epochs: opts.epochs ?? '8',
        precision: opts.precision,
        prune: opts.prune,
        beam: opts.beam,
        bits: opts.bits ?? '18',
      });
    } else process.exitCode = trainCommand(model, opts);
  });

program
  .command('eval')
  .description('evaluate on annotated data (conllu: UPOS/XPOS accuracy, UAS, LAS; conll: named entities P/R/F1; attribution: quotes against brat annotations in DIR/text and DIR/attributions)')
  .argument('<format>', 'conllu, conll or attribution')
  .argument('<file>', 'annotated file (a folder for attribution)')
  .option('--models <dir>', 'folder of model files (default: the package models/)')
  .option('--pos <file>', 'conllu: POS model file')
  .option('--parser <file>', 'conllu: parser model file')
  .option('--model <file>', 'conll: named-entity model file')
  .option('--beam <width>', 'conll: beam width (default: the model\'s own)')
  .option('--json', 'attribution: print the scores as one JSON object')
  .action(async (format: string, file: string, opts) => {
    if (format === 'conll') process.exitCode = evalConllCommand(file, opts);
    else if (format === 'attribution') process.exitCode = await evalAttributionCommand(file, opts);
    else process.exitCode = evalCommand(format, file, opts);
  });

program
  .command('models')
  .description('list the model files with their cards (training data, licenses, figures, build)')
  .option('--dir <dir>', 'folder of model files (default: the package models/)')
  .option('--json', 'print the cards as JSON')
  .action((opts) => {
    process.exitCode = modelsCommand(opts);
  });

// The record's commands bring the store, the server and the queue (SQLite, PostgreSQL,
// fastify, BullMQ): half a second of module loading that the analysis commands above,
// defined in this file, never need. Any other command, or the full help, loads them.
const ANALYSIS_COMMANDS = new Set(['analyze', 'train', 'eval', 'models']);
if (!ANALYSIS_COMMANDS.has(process.argv[2] ?? '')) {
  const [{ registerStoreCommands }, { registerServeCommand }, { registerQueueCommands }] = await Promise.all([import('./store-commands.js'), import('./serve.js'), import('./queue-commands.js')]);
  registerStoreCommands(program);
  registerServeCommand(program);
  registerQueueCommands(program);
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await program.parseAsync(process.argv);
