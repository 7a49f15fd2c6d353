import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runCli } from './helpers.js';

/**
 * `parley analyze` on worker threads: with more than one batch of 32 articles it shares the
 * batches among threads; the output must be what one thread writes, in input order, with a
 * broken line reported in its place and the rest analysed.
 */

function corpus(): string {
  const dir = join(repoRoot, 'examples');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, ''));
  const lines: string[] = [];
  // Threads start from the 16th batch of 32: 530 articles, each example's first paragraph under its own id.
  for (let i = 0; i < 530; i++) {
    if (i === 50) lines.push('{"id": "broken", "text": ');
    lines.push(JSON.stringify({ id: `a${i}`, text: texts[i % texts.length].split('\n\n')[0], date: '2025-03-11' }));
  }
  return lines.join('\n') + '\n';
}

test('analyze on two threads writes exactly what one thread writes, in input order, reporting the broken line', () => {
  const input = corpus();
  const one = runCli(['analyze', '--jsonl', '-', '--workers', '0'], input);
  const two = runCli(['analyze', '--jsonl', '-', '--workers', '2'], input);
  assert.equal(one.status, 2, one.stderr);
  assert.equal(two.status, 2, two.stderr);
  const ids = two.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
  assert.deepEqual(ids, Array.from({ length: 530 }, (_, i) => `a${i}`));
  assert.equal(two.stdout, one.stdout);
  assert.match(two.stderr, /<stdin>:51: skipped/);
});

test('analyze refuses a --workers that is not a whole number', () => {
  const r = runCli(['analyze', '--jsonl', '-', '--workers', 'many'], '{"id":"x","text":"Talks went on."}\n');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--workers wants a whole number/);
});
