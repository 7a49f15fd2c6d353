import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the package is a library: import { analyze } from "parley"', async () => {
  // Self-reference through package.json "exports", as an installed user would import it.
  const parley = (await import('parley')) as typeof import('../src/index.js');
  const a = parley.analyze({ id: 'x', text: 'Leaders met in Geneva. They agreed to talk again.', date: '2025-04-01' });
  assert.equal(a.id, 'x');
  assert.equal(a.date, '2025-04-01');
  assert.equal(a.sentences.length, 2);
  const b = parley.analyze('Just one sentence.');
  assert.match(b.id, /^sha256-/);
  assert.equal(b.date, null);
});

test('the library analyses many articles in batches, one result per input, in order', async () => {
  const parley = (await import('parley')) as typeof import('../src/index.js');
  const inputs = ['Leaders met in Geneva.', { id: 'b', text: 'Officials said talks would resume.', date: '2025-04-02' }, 'A third one.'];
  const out = parley.analyzeBatch(inputs, 2);
  assert.equal(out.length, 3);
  const [a, b, c] = out;
  assert.ok(!(a instanceof Error) && !(b instanceof Error) && !(c instanceof Error));
  assert.equal(b.id, 'b');
  assert.deepEqual(a, parley.analyze('Leaders met in Geneva.'));
  assert.equal(c.sentences.length, 1);
});
