#!/usr/bin/env node
import { Command, Option } from 'commander';
import { analyzeCommand } from './analyze.js';
import { trainCommand } from './train.js';
import { evalCommand } from './eval.js';
import { modelsCommand } from './models.js';

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
  .action(async (files: string[], opts) => {
    process.exitCode = await analyzeCommand(files, opts);
  });

program
  .command('train')
  .description('train a model from annotated data (pos: tagger, parser: dependency parser; defaults read ../shared/data)')
  .argument('<model>', 'pos or parser')
  .option('--train <files...>', 'CoNLL-U files; DIR/splits.tsv[:partition] stands for GUM documents of that partition')
  .option('--dev <file>', 'CoNLL-U development file for the figures on the model card')
  .option('--out <file>', 'model file to write (.model.gz)')
  .option('--epochs <n>', 'training epochs')
  .option('--bits <n>', 'hash table bits')
  .option('--precision <n>', '8 or 16 bit weights in the file', '8')
  .option('--prune <x>', 'drop weights below this fraction of the largest', '0')
  .option('--tagger <file>', 'parser: the POS model whose tags the parser learns to read')
  .option('--seed <n>', 'random seed')
  .option('--jackknife <k>', 'parser: train on tags from K taggers each trained on the other folds (1: use --tagger)', '4')
  .option('--tagger-epochs <n>', 'parser: epochs of the jackknife taggers', '5')
  .action((model: string, opts) => {
    process.exitCode = trainCommand(model, opts);
  });

program
  .command('eval')
  .description('evaluate the models on annotated data (conllu: UPOS/XPOS accuracy, UAS, LAS)')
  .argument('<format>', 'conllu')
  .argument('<file>', 'annotated file')
  .option('--models <dir>', 'folder of model files (default: the package models/)')
  .option('--pos <file>', 'POS model file')
  .option('--parser <file>', 'parser model file')
  .action((format: string, file: string, opts) => {
    process.exitCode = evalCommand(format, file, opts);
  });

program
  .command('models')
  .description('list the model files with their cards (training data, licenses, figures, build)')
  .option('--dir <dir>', 'folder of model files (default: the package models/)')
  .option('--json', 'print the cards as JSON')
  .action((opts) => {
    process.exitCode = modelsCommand(opts);
  });

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await program.parseAsync(process.argv);
