import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers.js';
import { splitDateHeader, isCalendarDate } from '../src/io/header.js';

test('the seed header: date on the first line, text may follow on that line', () => {
  assert.deepEqual(splitDateHeader(' date 2025-02-18 Russian officials met.'), { text: 'Russian officials met.', date: '2025-02-18' });
  assert.deepEqual(splitDateHeader('date 2025-03-01\nText here.'), { text: 'Text here.', date: '2025-03-01' });
  assert.deepEqual(splitDateHeader('dated 2025-03-01 no header'), { text: 'dated 2025-03-01 no header', date: null });
  assert.equal(splitDateHeader('date 2025-02-30\nText.').invalidDate, '2025-02-30');
  assert.ok(isCalendarDate('2024-02-29'));
  assert.ok(!isCalendarDate('2025-02-29'));
  assert.ok(!isCalendarDate('2025-13-01'));
});

test('one bad article in a batch is reported by name and the rest are analysed', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a-good.txt'), 'date 2025-03-04\nLeaders met in Paris on Tuesday.');
  writeFileSync(join(dir, 'b-empty.txt'), '   \n');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
  writeFileSync(join(dir, 'd-baddate.txt'), 'date 2025-02-30\nTalks ended.');
  writeFileSync(join(dir, 'e-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date 2025-03-05\nTalks in Kyiv.', 'utf16le')]));
  writeFileSync(join(dir, 'f-bom.txt'), '\ufeffdate 2025-03-06\nTalks in Rome.');
  writeFileSync(join(dir, 'g.jsonl'), [
    JSON.stringify({ id: 'j1', text: 'The UN met.', date: '2025-01-02' }),
    '{not json',
    JSON.stringify({ id: 'j3', title: 'no text' }),
    JSON.stringify({ text: 'Anonymous article without id.' }),
  ].join('\n'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', 'h.txt'), 'Plain text with no date.');
  const r = runCli(['analyze', dir, '--format', 'jsonl']);
  assert.equal(r.status, 2, 'exit code says something was skipped');
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; date: string | null; text: string });
  assert.deepEqual(out.map((a) => a.id), ['a-good', 'd-baddate', 'e-utf16', 'f-bom', 'j1', out[5].id, 'nested/h']);
  assert.match(out[5].id, /^sha256-[0-9a-f]{16}$/);
  assert.equal(out[0].date, '2025-03-04');
  assert.equal(out[1].date, null);
  assert.equal(out[2].text, 'Talks in Kyiv.');
  assert.equal(out[3].date, '2025-03-06');
  assert.equal(out[6].date, null);
  assert.match(r.stderr, /b-empty\.txt: skipped: empty file/);
  assert.match(r.stderr, /c-binary\.txt: skipped: binary file/);
  assert.match(r.stderr, /d-baddate\.txt:1: warning: date 2025-02-30 is not a calendar date/);
  assert.match(r.stderr, /e-utf16\.txt: warning: read as UTF-16LE/);
  assert.match(r.stderr, /g\.jsonl:2: skipped: not valid JSON/);
  assert.match(r.stderr, /g\.jsonl:3: skipped: field "text" is missing/);
});

test('missing files and empty directories get one clear message each', () => {
  const dir = tempDir();
  const r = runCli(['analyze', join(dir, 'nope.txt'), dir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /nope\.txt: skipped: no such file or directory/);
  assert.match(r.stderr, /skipped: directory holds no \.txt or \.jsonl articles/);
});

test('JSONL from standard input, in input order', () => {
  const lines = [1, 2, 3].map((i) => JSON.stringify({ id: `s${i}`, text: `Article ${i}. It has two sentences.`, date: '2025-05-0' + i }));
  const r = runCli(['analyze', '--jsonl', '-'], lines.join('\n') + '\n');
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; sentences: unknown[] });
  assert.deepEqual(out.map((a) => a.id), ['s1', 's2', 's3']);
  assert.equal(out[0].sentences.length, 2);
});

test('a single file as json is one analysis object; pretty is readable text', () => {
  const dir = tempDir();
  const f = join(dir, 'one.txt');
  writeFileSync(f, 'date 2025-02-18\nOfficials met. They talked.');
  const json = runCli(['analyze', f, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const a = JSON.parse(json.stdout) as { id: string; date: string; sentences: Array<{ start: number; end: number }>; text: string };
  assert.equal(a.id, 'one');
  assert.equal(a.date, '2025-02-18');
  assert.deepEqual(a.sentences.map((s) => a.text.slice(s.start, s.end)), ['Officials met.', 'They talked.']);
  const pretty = runCli(['analyze', f, '--format', 'pretty']);
  assert.match(pretty.stdout, /one {2}2025-02-18 {2}2 sentences/);
});
