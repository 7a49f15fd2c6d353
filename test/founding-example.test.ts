import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { hasShared, runCli, sharedDir } from './helpers.js';

const skip = hasShared ? false : 'needs ../shared (the founding example), absent on this machine';

test('the founding example: date and the 17 sentences a reader draws, with exact offsets', { skip }, () => {
  const r = runCli(['analyze', join(sharedDir, 'examples', 'riyadh-2025-02-18.txt'), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout) as { date: string; text: string; sentences: Array<{ start: number; end: number }> };
  assert.equal(a.date, '2025-02-18');
  assert.equal(a.sentences.length, 17);
  const texts = a.sentences.map((s) => a.text.slice(s.start, s.end));
  assert.ok(texts[0].startsWith('Russian and U.S. officials on Tuesday'));
  assert.equal(texts[2], '“It was a very serious discussion on every issue we wanted to address.”');
  assert.ok(texts[3].startsWith('Ushakov said it was “hard to say” whether Russian-U.S. relations'));
  assert.ok(texts[16].endsWith('for a summit.'));
  for (const s of texts) assert.equal(s.trim(), s);
});

test('the founding example: every fact of its .expected.json holds, as the shared checker reads it', { skip }, () => {
  const example = join(sharedDir, 'examples', 'riyadh-2025-02-18');
  const r = runCli(['analyze', example + '.txt', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const dir = mkdtempSync(join(tmpdir(), 'parley-example-'));
  const pred = join(dir, 'example.json');
  writeFileSync(pred, r.stdout);
  const check = spawnSync(process.execPath, [join(sharedDir, 'tools', 'check-example.mjs'), '--expected', example + '.expected.json', '--pred', pred], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  const lines = check.stdout.trim().split('\n');
  const score = JSON.parse(lines[lines.length - 1]) as { passed: number; total: number };
  const missed = lines.filter((l) => l.startsWith('MISS'));
  assert.equal(score.passed, score.total, missed.join('\n'));
  assert.ok(score.total >= 100);
});
