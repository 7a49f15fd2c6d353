#!/usr/bin/env node
import { Command, Option } from 'commander';
import { analyzeCommand } from './analyze.js';
import { evalConllCommand, trainNerCommand } from './train.js';
import { evalAttributionCommand } from './eval.js';
import { registerStoreCommands } from './store-commands.js';

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

const train = program.command('train').description('train a model from annotated data');
train
  .command('ner')
  .description('train the named-entity tagger on CoNLL-2003 style data')
  .requiredOption('--train <file>', 'CoNLL training file')
  .option('--dev <file>', 'CoNLL file to report figures on (written into the model card)')
  .option('--out <file>', 'model file to write (default: models/ner.model.gz)')
  .option('--epochs <n>', 'training passes', '8')
  .option('--precision <bits>', 'weight precision, 8 or 16', '8')
  .option('--prune <ratio>', 'drop weights below this share of the largest', '0')
  .option('--beam <width>', 'beam width the model tags with (1: greedy)', '4')
  .option('--bits <n>', 'hash table size, 2^n rows', '18')
  .action((opts) => {
    process.exitCode = trainNerCommand(opts);
  });

const evaluate = program.command('eval').description('score a model on annotated data');
evaluate
  .command('conll')
  .description('named-entity precision, recall and F1 per type and micro-averaged, on a CoNLL file')
  .argument('<file>', 'CoNLL file')
  .option('--model <file>', 'model file (default: the shipped models/ner.model.gz)')
  .option('--beam <width>', 'beam width (default: the model\'s own)')
  .action((file: string, opts) => {
    process.exitCode = evalConllCommand(file, opts);
  });

evaluate
  .command('attribution')
  .description('score quotes against brat attribution annotations (DIR/text/*.txt, DIR/attributions/*.ann, PolNeAR layout)')
  .argument('<dir>', 'folder with text/ and attributions/')
  .option('--json', 'print the scores as one JSON object')
  .action(async (dir: string, opts: { json?: boolean }) => {
    process.exitCode = await evalAttributionCommand(dir, opts);
  });

registerStoreCommands(program);

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await program.parseAsync(process.argv);
