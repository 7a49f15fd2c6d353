import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from '../src/extract/events/extract.js';
import { parsedDoc, type EntitySpec } from './helpers/parsed.js';

const RUS: EntitySpec = { text: 'Russia', type: 'GPE', country: 'RUS', actor: 'RUS' };
const UKR: EntitySpec = { text: 'Ukraine', type: 'GPE', country: 'UKR', actor: 'UKR' };

function code(text: string, parse: string, ents: EntitySpec[], date = '2025-02-18') {
  const { doc, entities } = parsedDoc(text, parse, ents);
  const found = codeEvents(doc, entities, date);
  return found.events.map((e) => ({ ...e.event, src: e.event.sourceActor, tgt: e.event.targetActor }));
}

test('active transitive verb: subject acts on object', () => {
  const evs = code('Russia attacked Ukraine.', '2:nsubj 0:root 2:obj 2:punct', [RUS, UKR]);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].code, '190');
  assert.equal(evs[0].src, 'RUS');
  assert.equal(evs[0].tgt, 'UKR');
  assert.equal(evs[0].quadClass, 4);
  assert.equal(evs[0].goldstein, -10);
  assert.equal(evs[0].plover, 'ASSAULT');
  assert.equal(evs[0].modality, 'asserted');
  assert.equal(evs[0].date, '2025-02-18');
});

test('passive: the by-agent is the source, the subject the target', () => {
  const evs = code('Ukraine was attacked by Russia.', '3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl:agent 3:punct', [RUS, UKR]);
  assert.deepEqual(evs.map((e) => [e.code, e.src, e.tgt]), [['190', 'RUS', 'UKR']]);
});

test('coordinated subject with a light verb gives both directions, with roles from the head noun', () => {
  const evs = code('Russian and U.S. officials on Tuesday held talks.',
    '4:amod 3:cc 1:conj 7:nsubj 6:case 7:obl 0:root 7:obj 7:punct', [
      { text: 'Russian', type: 'NORP', country: 'RUS' }, { text: 'U.S.', type: 'GPE', country: 'USA', actor: 'USA' }]);
  assert.deepEqual(evs.map((e) => [e.code, e.src, e.tgt]).sort(), [['043', 'RUSGOV', 'USAGOV'], ['043', 'USAGOV', 'RUSGOV']]);
  assert.equal(evs[0].date, '2025-02-18');
});

test('negation, plans and possibility', () => {
  const neg = code('Russia did not attack Ukraine.', '4:nsubj 4:aux 4:advmod 0:root 4:obj 4:punct', [RUS, UKR]);
  assert.equal(neg[0].modality, 'negated');
  const plan = code('Russia will meet Ukraine next week.', '3:nsubj 3:aux 0:root 3:obj 6:amod 3:obl:tmod 3:punct', [RUS, UKR]);
  assert.equal(plan[0].modality, 'planned');
  assert.equal(plan[0].code, '036', 'a planned meeting is an intent to meet');
  assert.equal(plan[0].date, '2025-02-25');
  const may = code('Russia may attack Ukraine.', '3:nsubj 3:aux 0:root 3:obj 3:punct', [RUS, UKR]);
  assert.equal(may[0].modality, 'possible');
  const fail = code('Russia failed to reach an agreement with Ukraine.', '2:nsubj 0:root 4:mark 2:xcomp 6:det 4:obj 8:case 4:obl 2:punct', [RUS, UKR]);
  assert.deepEqual(fail.map((e) => [e.code, e.src, e.tgt, e.modality]), [['057', 'RUS', 'UKR', 'negated']]);
});

test('complement refines the matrix verb: agreed to meet is 036, threatened to strike 138', () => {
  const agree = code('Russia agreed to meet Ukraine.', '2:nsubj 0:root 4:mark 2:xcomp 4:obj 2:punct', [RUS, UKR]);
  assert.deepEqual(agree.map((e) => [e.code, e.src, e.tgt]), [['036', 'RUS', 'UKR']]);
  const threat = code('Russia threatened to strike Ukraine.', '2:nsubj 0:root 4:mark 2:xcomp 4:obj 2:punct', [RUS, UKR]);
  assert.deepEqual(threat.map((e) => [e.code, e.src, e.tgt]), [['138', 'RUS', 'UKR']]);
  const urge = code('Russia urged Ukraine to negotiate.', '2:nsubj 0:root 2:obj 5:mark 2:xcomp 2:punct', [RUS, UKR]);
  assert.deepEqual(urge.map((e) => [e.code, e.src, e.tgt]), [['026', 'RUS', 'UKR']]);
});

test('nominal events: a meeting between X and Y, and a possessive invasion', () => {
  const PUT: EntitySpec = { text: 'Putin', type: 'PERSON', country: 'RUS', actor: 'RUSGOV' };
  const TRU: EntitySpec = { text: 'Trump', type: 'PERSON', country: 'USA', actor: 'USAGOV' };
  const evs = code('A meeting between Putin and Trump was unlikely next week.',
    '2:det 8:nsubj 4:case 2:nmod 6:cc 4:conj 8:cop 0:root 10:amod 8:obl:tmod 8:punct',
    [PUT, TRU]);
  assert.deepEqual(evs.map((e) => [e.code, e.src, e.tgt]).sort(), [['036', 'RUSGOV', 'USAGOV'], ['036', 'USAGOV', 'RUSGOV']]);
  assert.equal(evs[0].modality, 'possible');
  assert.equal(evs[0].date, '2025-02-25');
  const inv = code('Russia’s invasion of Ukraine shocked Europe.', '3:nmod:poss 1:case 6:nsubj 5:case 3:nmod 0:root 6:obj 6:punct', [RUS, UKR]);
  assert.deepEqual(inv.map((e) => [e.code, e.src, e.tgt]), [['192', 'RUS', 'UKR']]);
});

test('background: an invasion after "since" is not an event of the article date', () => {
  const evs = code('Talks resumed since Russia’s invasion of Ukraine.', '2:nsubj 0:root 6:case 6:nmod:poss 4:case 2:obl 8:case 6:nmod 2:punct', [RUS, UKR]);
  assert.equal(evs.filter((e) => e.code.startsWith('19')).length, 0);
});

test('relative clause: the noun the clause modifies is the subject', () => {
  const evs = code('Ukraine, which Russia invaded, protested.', '7:nsubj 5:punct 5:obj 5:nsubj 1:acl:relcl 5:punct 0:root 7:punct', [RUS, UKR]);
  assert.deepEqual(evs.map((e) => [e.code, e.src, e.tgt]), [['192', 'RUS', 'UKR'], ['140', 'UKR', null]]);
  const rel = code('Officials who met Ukraine left.', '5:nsubj 3:nsubj 1:acl:relcl 3:obj 0:root 5:punct',
    [{ text: 'Officials', type: 'ORG', country: 'RUS', actor: 'RUSGOV' }, UKR]);
  assert.deepEqual(rel.map((e) => [e.code, e.src, e.tgt]), [['043', 'RUSGOV', 'UKR']]);
});

test('place: "in Riyadh" on the verb, else the dateline', () => {
  const RIY: EntitySpec = { text: 'Riyadh', type: 'GPE', country: 'SAU' };
  const { doc, entities } = parsedDoc('Russia met Ukraine in Riyadh.', '2:nsubj 0:root 2:obj 5:case 2:obl 2:punct', [RUS, UKR, RIY]);
  const evs = codeEvents(doc, entities, '2025-02-18').events;
  assert.equal(evs[0].event.location, 'E3');
  const KYI: EntitySpec = { text: 'KYIV', type: 'GPE', country: 'UKR' };
  const d2 = parsedDoc('KYIV — Russia attacked Ukraine.', '4:obl 4:punct 4:nsubj 0:root 4:obj 4:punct', [RUS, UKR, KYI]);
  assert.equal(codeEvents(d2.doc, d2.entities, '2025-02-18').events[0].event.location, 'E3');
});

test('a noun subject the parse hung from the verb above as its object takes the date of its own clause', () => {
  // "He said [a meeting between Russia and Ukraine] [was unlikely next week]", parsed with
  // "meeting" the object of "said" and "unlikely" a subjectless clause of "said".
  const text = 'He said a meeting between Russia and Ukraine was unlikely next week.';
  const split = '2:nsubj 0:root 4:det 2:obj 6:case 4:nmod 8:cc 6:conj 10:cop 2:ccomp 12:amod 10:obl:unmarked 2:punct';
  const evs = code(text, split, [RUS, UKR], '2025-06-03');
  assert.ok(evs.length >= 1, JSON.stringify(evs));
  for (const e of evs) assert.equal(e.date, '2025-06-10', JSON.stringify(e));
  // A clause with a subject of its own ("… Ukraine talks was unlikely next week") keeps its date to itself.
  const own = code('He said a meeting between Russia and Ukraine talks was unlikely next week.', '2:nsubj 0:root 4:det 2:obj 6:case 4:nmod 8:cc 6:conj 11:nsubj 11:cop 2:ccomp 13:amod 11:obl:unmarked 2:punct', [RUS, UKR], '2025-06-03');
  for (const e of own.filter((x) => x.code.startsWith('03'))) assert.equal(e.date, '2025-06-03', JSON.stringify(e));
});
