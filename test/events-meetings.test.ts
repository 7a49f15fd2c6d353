import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents, extractTone, type EventsTarget } from '../src/extract/events/index.js';
import { toneOf } from '../src/extract/tone.js';
import { makeDoc } from '../src/text/doc.js';
import { parsedDoc } from './helpers/parsed.js';

test('a meeting record: date, place and duration from a later mention, sides, absence, outcomes', () => {
  const text = 'Russian and U.S. officials held talks on Tuesday. Lavrov represented Moscow at the 4.5-hour meeting in Riyadh. No Ukrainian officials were present.';
  const parse = [
    '4:amod 3:cc 1:conj 5:nsubj 0:root 5:obj 8:case 5:obl 5:punct',
    '11:nsubj 0:root 11:obj 18:case 18:det 17:nummod 17:punct 18:compound 11:obl 20:case 18:nmod 11:punct',
    '24:det 24:amod 26:nsubj 26:cop 0:root 26:punct',
  ].join(' ');
  const { doc, entities } = parsedDoc(text, parse, [
    { text: 'Russian', type: 'NORP', country: 'RUS' }, { text: 'U.S.', type: 'GPE', country: 'USA' },
    { text: 'Lavrov', type: 'PERSON', country: 'RUS', actor: 'RUSGOV' }, { text: 'Moscow', type: 'GPE', country: 'RUS' },
    { text: 'Riyadh', type: 'GPE', country: 'SAU' }, { text: 'Ukrainian', type: 'NORP', country: 'UKR' },
  ]);
  const analysis: EventsTarget = { entities, quotes: [], events: [], meetings: [] };
  extractEvents(doc, { date: '2025-02-18' }, analysis);
  const talks = analysis.events.filter((e) => e.code === '043');
  assert.equal(talks.length, 2);
  assert.ok(talks.every((e) => e.location === 'E5' && e.date === '2025-02-18' && e.modality === 'asserted'));
  assert.equal(analysis.meetings.length, 1);
  const m = analysis.meetings[0];
  assert.equal(m.date, '2025-02-18');
  assert.equal(m.location, 'E5');
  assert.equal(m.durationHours, 4.5);
  assert.deepEqual(m.sides.map((s) => [s.side, s.participants]).sort(), [['RUS', ['E3']], ['USA', []]]);
  assert.deepEqual(m.absent, ['E6']);
  assert.deepEqual(m.events.sort(), talks.map((e) => e.id).sort());
  // No event puts Ukraine at the table.
  assert.ok(!analysis.events.some((e) => e.source === 'E6' || e.target === 'E6'));
});

test('tone: AFINN valence with negation, normalised to -1..1, for the document and each quote', () => {
  const warm = makeDoc('Not bad, I think. It was a very good and productive discussion.');
  const hostile = makeDoc('The attack was a brutal, criminal act of terror that killed dozens.');
  const t1 = toneOf(warm.tokens, 0, warm.tokens.length), t2 = toneOf(hostile.tokens, 0, hostile.tokens.length);
  assert.ok(t1 > 0.3 && t1 <= 1, `warm tone ${t1}`);
  assert.ok(t2 < -0.3 && t2 >= -1, `hostile tone ${t2}`);
  const analysis: EventsTarget = { entities: [], quotes: [{ id: 'Q1', kind: 'direct', start: 0, end: 16, speaker: null, speakerMention: null, cue: null }], events: [], meetings: [] };
  extractTone(warm, null, analysis);
  assert.equal(analysis.tone, t1);
  assert.ok((analysis.quotes[0].tone ?? 0) > 0, 'quote "Not bad, I think" reads warm');
});
