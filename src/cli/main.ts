#!/usr/bin/env node
import { Command, Option } from 'commander';
import { analyzeCommand } from './analyze.js';
import { registerQueueCommands } from './queue-commands.js';
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

registerStoreCommands(program);
registerQueueCommands(program);

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await program.parseAsync(process.argv);
