import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../src/text/tokenize.js';
import { splitSentences } from '../src/text/sentences.js';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

test('news abbreviations, initials and acronyms keep their periods', () => {
  assert.deepEqual(words('U.S. and U.N. officials met Mr. Smith, Gen. Jones and Sen. Vance in Jan. in Mo. at Acme Inc.'), [
    'U.S.', 'and', 'U.N.', 'officials', 'met', 'Mr.', 'Smith', ',', 'Gen.', 'Jones', 'and', 'Sen.', 'Vance', 'in', 'Jan.', 'in', 'Mo.', 'at', 'Acme', 'Inc.',
  ]);
  assert.deepEqual(words('George W. Bush spoke.'), ['George', 'W.', 'Bush', 'spoke', '.']);
  assert.deepEqual(words('Russian-U.S. relations'), ['Russian', '-', 'U.S.', 'relations']);
});

test('numbers with separators and units, hyphenated words', () => {
  assert.deepEqual(words('a 4.5-hour meeting, 1,000 troops, $3.5bn and 12.5%'), [
    'a', '4.5', '-', 'hour', 'meeting', ',', '1,000', 'troops', ',', '$', '3.5', 'bn', 'and', '12.5', '%',
  ]);
  assert.deepEqual(words('a full-scale invasion, a non-stop post-war rally'), ['a', 'full', '-', 'scale', 'invasion', ',', 'a', 'non-stop', 'post-war', 'rally']);
  assert.deepEqual(words('call 303-832-8160'), ['call', '303-832-8160']);
});

test('contractions and possessives split the UD way, straight and curly', () => {
  assert.deepEqual(words('Moscow’s We’ve don’t can\'t officials\' it\'s'), ['Moscow', '’s', 'We', '’ve', 'do', 'n’t', 'ca', "n't", 'officials', "'", 'it', "'s"]);
  assert.deepEqual(words('We cannot, gonna'), ['We', 'can', 'not', ',', 'gon', 'na']);
});

test('quotation marks typed the wrong way round and the horizontal bar come off the words', () => {
  assert.deepEqual(words('”Fear. I am afraid.”― Ana Lopes'), ['”', 'Fear', '.', 'I', 'am', 'afraid', '.', '”', '―', 'Ana', 'Lopes']);
  assert.deepEqual(words('»Nein«, sagte er.'), ['»', 'Nein', '«', ',', 'sagte', 'er', '.']);
});

test('punctuation glued to an opening quotation mark, and invisible bidirectional marks, come off the words', () => {
  assert.deepEqual(words('Ryan said,“Look, we lost.” He said.“We won.”'), ['Ryan', 'said', ',', '“', 'Look', ',', 'we', 'lost', '.', '”', 'He', 'said', '.', '“', 'We', 'won', '.', '”']);
  assert.deepEqual(words('the U.S.“plan”'), ['the', 'U.S.', '“', 'plan', '”']);
  const text = '\u202a”This is why,” said John.';
  const toks = tokenize(text);
  assert.deepEqual(toks.map((t) => t.text).slice(0, 3), ['”', 'This', 'is']);
  assert.equal(toks[0].start, 1);
});

test('quotes, dashes, ellipses, URLs, e-mail addresses and hashtags', () => {
  assert.deepEqual(words('“Not bad,” he said — really… see https://example.org/a?b=1. Mail a.b@c.org #Ukraine'), [
    '“', 'Not', 'bad', ',', '”', 'he', 'said', '—', 'really', '…', 'see', 'https://example.org/a?b=1', '.', 'Mail', 'a.b@c.org', '#Ukraine',
  ]);
  assert.deepEqual(words('wait...what'), ['wait', '...', 'what']);
  assert.deepEqual(words('Kyiv–Moscow'), ['Kyiv', '–', 'Moscow']);
});

test('sentences end inside the closing quotation mark and at paragraph breaks', () => {
  const text = '“It was a very serious discussion on every issue we wanted to address.” Ushakov said it was “hard to say” whether talks in the U.S. would help.\n\nThe next day Rubio left. He said so.';
  const toks = tokenize(text);
  const sents = splitSentences(toks).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, [
    '“It was a very serious discussion on every issue we wanted to address.”',
    'Ushakov said it was “hard to say” whether talks in the U.S. would help.',
    'The next day Rubio left.',
    'He said so.',
  ]);
});

test('abbreviations end a sentence only when a new one plainly begins', () => {
  const text = 'He flew to the U.S. The talks began. Mr. Rubio met U.S. Secretary Smith at 4 p.m. on Monday.';
  const sents = splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, ['He flew to the U.S.', 'The talks began.', 'Mr. Rubio met U.S. Secretary Smith at 4 p.m. on Monday.']);
});

test('after an abbreviation, a quotation opening in lower case goes on with the sentence', () => {
  const text = 'She said the U.S. “clearly” needed allies. He left the U.S. “We will be back,” he said.';
  const sents = splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, ['She said the U.S. “clearly” needed allies.', 'He left the U.S.', '“We will be back,” he said.']);
});

test('datelines stand apart from the first sentence', () => {
  for (const text of ['WASHINGTON (AP) — The Senate voted on Tuesday.', 'Washington (AFP) – The Senate voted on Tuesday.', 'KYIV, Ukraine (Reuters) - The Senate voted on Tuesday.', 'WASHINGTON, Dec. 8 (UPI) — The Senate voted on Tuesday.']) {
    const sents = splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
    assert.equal(sents.length, 2, text);
    assert.equal(sents[1], 'The Senate voted on Tuesday.');
  }
  const plain = 'Russia and China signed a deal.';
  assert.equal(splitSentences(tokenize(plain)).length, 1);
});

test('property: for any Unicode input, tokens are in order, disjoint, exact, and never empty', () => {
  const arb = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.constantFrom('U.S.', '“', '”', '’s', ' ', '\n', '—', '...', 'a', 'Mr.', '.', '-', '1,000', 'http://x.y', '#', '@', '\ud800', '😀'), { maxLength: 60 }).map((a) => a.join('')));
  fc.assert(
    fc.property(arb, (text) => {
      const toks = tokenize(text);
      let prev = 0;
      for (const t of toks) {
        assert.ok(t.start >= prev, 'in order, no overlap');
        assert.ok(t.end > t.start, 'non-empty');
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.equal(t.text.trim(), t.text, 'no whitespace inside the token edges');
        prev = t.end;
      }
      // Every non-space character belongs to a token.
      const covered = toks.reduce((n, t) => n + t.text.replace(/\s/gu, '').length, 0);
      assert.equal(covered, text.replace(/\s/gu, '').length);
      const sents = splitSentences(toks);
      let last = 0;
      for (const s of sents) {
        assert.equal(s.tokenStart, last);
        assert.ok(s.tokenEnd > s.tokenStart);
        last = s.tokenEnd;
      }
      assert.equal(last, toks.length);
    }),
    { numRuns: 400 },
  );
});

test('an opening curly mark typed as the closing one is split from the word it follows ("unusual,“ said")', () => {
  const toks = tokenize('“It is unusual,“ said Larry Noble. “Apparently not?“ he asked.').map((t) => t.text);
  assert.deepEqual(toks.slice(0, 6), ['“', 'It', 'is', 'unusual', ',', '“']);
  assert.ok(toks.includes('?') && toks[toks.indexOf('?') + 1] === '“', JSON.stringify(toks));
});
