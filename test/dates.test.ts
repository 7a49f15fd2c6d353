import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateExpressions } from '../src/extract/dates.js';
import { makeDoc } from '../src/text/doc.js';

/** Resolves the first date expression of `text` against Tuesday 2025-02-18. */
function resolve(text: string, future = false): string | undefined {
  const doc = makeDoc(text);
  const [e] = findDateExpressions(doc.lower, 0, doc.tokens.length);
  return e?.resolve('2025-02-18', future)?.date;
}

test('dates resolve against the article date', () => {
  assert.equal(resolve('They met on Tuesday.'), '2025-02-18', 'the article weekday itself');
  assert.equal(resolve('They met on Sunday.'), '2025-02-16', 'past: the last such day');
  assert.equal(resolve('They will meet on Friday.', true), '2025-02-21', 'future: the next such day');
  assert.equal(resolve('They met yesterday.'), '2025-02-17');
  assert.equal(resolve('They meet next week.', true), '2025-02-25');
  assert.equal(resolve('They met last month.'), '2025-01-18');
  assert.equal(resolve('It began in 2022.'), '2022-01-01');
  assert.equal(resolve('They met on Feb. 18.'), '2025-02-18');
  assert.equal(resolve('They met on December 3.'), '2024-12-03', 'a month day later in the year is last year for the past');
  assert.equal(resolve('They met two days ago.'), '2025-02-16');
  assert.equal(resolve('Talks may continue.'), undefined, '"may" is not a month');
});
