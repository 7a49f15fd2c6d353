import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeWith } from '../src/analyze/pipeline.js';
import { loadDefaultPipeline } from '../src/io/pipeline.js';
import type { Analysis } from '../src/analyze/analysis.js';

/**
 * A quotation's setting through the shipped models: where it was said (quote.medium), to whom
 * (addressee) and the words naming the speaker. The sentences are our own.
 */

function run(text: string): Analysis {
  return analyzeWith(loadDefaultPipeline(), { id: 'm', text, date: '2025-02-18' });
}

/** The words of `field` in the quote whose content holds `holding` ('' when it has none). */
function wordsOf(a: Analysis, holding: string, field: 'medium' | 'addressee' | 'speakerMention'): string {
  const q = a.quotes.find((x) => a.text.slice(x.start, x.end).includes(holding));
  assert.ok(q, `no quote holding "${holding}": ${JSON.stringify(a.quotes.map((x) => a.text.slice(x.start, x.end)))}`);
  const span = q[field];
  return span ? a.text.slice(span.start, span.end) : '';
}

const mediumOf = (a: Analysis, holding: string): string => wordsOf(a, holding, 'medium');

test('a medium after the cue: a statement, an interview with a broadcaster, a platform, past time words and an addressee', () => {
  const a = run(
    'State Department spokeswoman Tammy Bruce said in a statement that both teams would meet again. ' +
      '“We will meet again,” Ushakov told reporters on Tuesday in an interview with Channel One. ' +
      'The foreign ministry said on Telegram that the talks were useful.',
  );
  assert.equal(mediumOf(a, 'both teams would meet'), 'a statement');
  assert.equal(mediumOf(a, 'We will meet again'), 'an interview with Channel One');
  assert.equal(mediumOf(a, 'the talks were useful'), 'Telegram');
});

test('a medium opening the sentence before the cue: a post, a participle with its channel', () => {
  const a = run('In a post on X, President Donald Trump wrote that the war must end. Speaking on state television, Peskov said the Kremlin welcomed the talks.');
  assert.equal(mediumOf(a, 'the war must end'), 'a post on X');
  assert.equal(mediumOf(a, 'the Kremlin welcomed'), 'state television');
});

test('places, times and occasions are no medium; the medium phrase stops before them', () => {
  const a = run(
    'Rubio said in Geneva that the sides had agreed. Lavrov said on Monday that the meeting was useful. ' +
      '“We are ready,” the minister said at a rally in Moscow. “It went well,” Ms. Okafor said in an interview Tuesday in Nairobi.',
  );
  assert.equal(mediumOf(a, 'the sides had agreed'), '');
  assert.equal(mediumOf(a, 'the meeting was useful'), '');
  assert.equal(mediumOf(a, 'We are ready'), '');
  assert.equal(mediumOf(a, 'It went well'), 'an interview');
});

test('a quotation carried over from the one before takes its medium; one with a cue of its own and none stays without', () => {
  const a = run('“We will not give up our land,” Zelensky said in his nightly video address. “Nothing about Ukraine without Ukraine.” “We are ready for peace,” he added.');
  assert.equal(mediumOf(a, 'give up our land'), 'his nightly video address');
  assert.equal(mediumOf(a, 'Nothing about Ukraine'), 'his nightly video address');
  assert.equal(mediumOf(a, 'ready for peace'), '');
});

test('an addressee ends at a preposition: "told reporters outside the palace that …"', () => {
  const a = run('Foreign Minister Sergei Lavrov told reporters outside the palace that the talks had been useful.');
  assert.equal(wordsOf(a, 'talks had been useful', 'addressee'), 'reporters');
});

test('an addressee does not swallow a gerund clause ("accused him of endangering …") nor open with a preposition ("called for …")', () => {
  const a = run('Senator Ruth Okafor accused him of endangering the talks. The minister called for an immediate ceasefire, the ministry said.');
  assert.equal(wordsOf(a, 'endangering', 'addressee'), 'him');
  assert.equal(wordsOf(a, 'immediate ceasefire', 'addressee'), '');
});

test('speaker words keep a number inside them ("said the 46-year-old", "according to the 2009 paper")', () => {
  const a = run('“He will go to work for you,” said the 46-year-old. A levy would raise $110 billion a year, according to the 2009 paper.');
  assert.equal(wordsOf(a, 'go to work for you', 'speakerMention'), 'the 46-year-old');
  assert.equal(wordsOf(a, 'raise $110 billion', 'speakerMention'), 'the 2009 paper');
});
