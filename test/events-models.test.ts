/**
 * Event coding end to end with the shipped tagger, parser and NER: the cases the parse
 * alone tends to get wrong (surface fallbacks), bare actor names, background nouns,
 * anaphoric pairs and place words that are not actors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDefaultPipeline } from '../src/io/pipeline.js';
import { runPipeline } from '../src/analyze/pipeline.js';
import type { Analysis } from '../src/analyze/analysis.js';

function analyse(text: string, date = '2025-06-03'): Analysis {
  return runPipeline(loadDefaultPipeline(), { id: 't', text, date }).analysis;
}

/** "code src->tgt modality" for each event, with actor codes. */
function coded(a: Analysis): string[] {
  return a.events.map((e) => `${e.code} ${e.sourceActor ?? '-'}->${e.targetActor ?? '-'} ${e.modality}`);
}

test('bare names of leaders and armed groups get actor codes from the CAMEO actor dictionary', () => {
  const a = analyse('Hezbollah fired rockets at Israel on Sunday.');
  assert.ok(coded(a).some((c) => c.startsWith('19') && c.includes('LBNREB->ISR')), coded(a).join('; '));
});

test('a target named only as the modifier of an object the phrase took up: "summoned the Dutch ambassador"', () => {
  const a = analyse('Turkey summoned the Dutch ambassador on Friday.');
  assert.ok(coded(a).includes('114 TUR->NLDGOV asserted'), coded(a).join('; '));
});

test('agreed (an -ee verb) with a coordinated subject: both directions', () => {
  const a = analyse('Chile and Peru agreed to expand their fisheries cooperation.');
  const c = coded(a);
  assert.ok(c.some((x) => x.startsWith('03') && x.includes('CHL->PER')), c.join('; '));
  assert.ok(c.some((x) => x.startsWith('03') && x.includes('PER->CHL')), c.join('; '));
});

test('a nominal event in a "since" phrase is background, whatever the parser hangs "since" on', () => {
  const a = analyse('Greek and Turkish officials held talks on Monday for the first time since Turkey’s invasion of Cyprus.');
  assert.ok(!a.events.some((e) => e.code.startsWith('19')), coded(a).join('; '));
  assert.ok(coded(a).some((c) => c.startsWith('043 GRCGOV->TURGOV')), coded(a).join('; '));
});

test('"the two leaders met" is the pair the article last told of; a building is where, not whom', () => {
  const a = analyse('Mexican President Claudia Sheinbaum and Canadian Prime Minister Mark Carney agreed on Monday to expand trade. The two leaders met for three hours at the National Palace.');
  const met = a.events.filter((e) => e.code === '043');
  assert.equal(met.length, 2, coded(a).join('; '));
  assert.deepEqual(met.map((e) => [e.sourceActor, e.targetActor].sort().join('-')), ['CANGOV-MEXGOV', 'CANGOV-MEXGOV']);
  assert.equal(a.meetings.length, 1);
  assert.deepEqual(a.meetings[0].sides.map((s) => s.side).sort(), ['CAN', 'MEX']);
});

test('a meeting between two people, unlikely next week: possible, dated next week, only between them', () => {
  const a = analyse('He said a meeting between French President Emmanuel Macron and German Chancellor Friedrich Merz was unlikely next week.');
  const m = a.events.filter((e) => e.code.startsWith('03'));
  assert.ok(m.length >= 1, coded(a).join('; '));
  for (const e of m) {
    assert.deepEqual([e.sourceActor, e.targetActor].sort(), ['DEUGOV', 'FRAGOV']);
    assert.equal(e.date, '2025-06-10');
    assert.notEqual(e.modality, 'asserted');
  }
});
