/**
 * Every accuracy figure of the README's "Where Parley stands" table in one run, each by the
 * command it names, on the dev data in ../shared (skipped, with a message, when absent):
 *   node dist/scripts/eval-all.js [--only tokens,syntax,ner,quotes,events,example]
 * The scorers are ../shared/tools' own; Parley runs through its CLI, as a user would run it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');
const data = join(shared, 'data');
const tools = join(shared, 'tools');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : process.argv[process.argv.indexOf(onlyArg) + 1]).split(',') : null;
const tmp = mkdtempSync(join(tmpdir(), 'parley-eval-'));

function run(cmd: string[], input?: string): string {
  const shown = cmd.map((a) => a.replace(root + '/', '').replace(shared, '../shared')).join(' ');
  process.stdout.write(`$ ${shown.replace(process.execPath, 'node')}\n`);
  const p = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', input, maxBuffer: 1 << 30 });
  if (p.status !== 0 && p.status !== 2) throw new Error(`${shown} failed (${p.status}): ${p.stderr.slice(-500)}`);
  return p.stdout;
}
const node = (...args: string[]): string => run([process.execPath, ...args]);
/** Runs `parley analyze --jsonl` over an input file into a prediction file. */
function analyze(input: string, out: string): void {
  writeFileSync(out, node(cli, 'analyze', '--jsonl', input));
}

/** A shared scorer's way: it writes the input, Parley analyses it, the scorer scores the output. */
function scored(tool: string, gold: string[], name: string): void {
  const input = join(tmp, `${name}-in.jsonl`);
  const pred = join(tmp, `${name}-pred.jsonl`);
  node(join(tools, tool), ...gold, '--make-input', input);
  analyze(input, pred);
  process.stdout.write(node(join(tools, tool), ...gold, '--pred', pred));
}

const tasks: Record<string, () => void> = {
  tokens: () => {
    for (const f of [join(data, 'ud-ewt', 'dev.conllu')]) process.stdout.write(node(join(root, 'dist', 'scripts', 'eval-tokenizer.js'), f));
  },
  syntax: () => {
    process.stdout.write(node(cli, 'eval', 'conllu', join(data, 'ud-ewt', 'dev.conllu')));
  },
  ner: () => scored('score-ner.mjs', ['--conll', join(data, 'conll2003', 'dev.conll')], 'ner'),
  quotes: () => scored('score-attribution.mjs', ['--gold', join(data, 'polnear', 'dev')], 'quotes'),
  events: () => scored('score-events.mjs', ['--gold', join(root, 'test', 'data', 'events.jsonl')], 'events'),
  example: () => {
    const text = join(shared, 'examples', 'riyadh-2025-02-18.txt');
    const pred = join(tmp, 'example.json');
    writeFileSync(pred, node(cli, 'analyze', text));
    const out = node(join(tools, 'check-example.mjs'), '--expected', text.replace(/\.txt$/, '.expected.json'), '--pred', pred);
    process.stdout.write(out.split('\n').filter((l) => !l.startsWith('ok')).join('\n') + '\n');
  },
};

try {
  if (!existsSync(data) || !existsSync(tools)) {
    process.stdout.write(`eval-all: skipped: ${shared} (dev data and scorers) is absent\n`);
  } else {
    for (const [name, task] of Object.entries(tasks)) {
      if (only && !only.includes(name)) continue;
      process.stdout.write(`\n== ${name}\n`);
      task();
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
