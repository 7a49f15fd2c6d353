import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasKey, applyKnownActors, type KnownActors } from '../src/analyze/known-actors.js';
import { bandKeys, decodeSignature, encodeSignature, signature, similarity } from '../src/store/minhash.js';
import { splitActorCode } from '../src/store/export.js';
import { cairo } from './store-fixtures.js';

const base =
  'Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed agreed on Monday to reopen the Moyale border crossing to freight traffic, ending a six-week closure that stranded hundreds of lorries. The two leaders met for about four hours at State House in Nairobi.';

test('MinHash: a syndicated copy is similar, another story is not, and signatures round-trip', () => {
  const copy = 'NAIROBI (Wire) — ' + base + ' Reporting by Wire staff.';
  const other = 'Foreign ministers of Tajikistan and Uzbekistan met in Geneva on Tuesday for three hours of talks on sharing the waters of the Amu Darya river basin.';
  const a = signature(base);
  assert.ok(similarity(a, signature(copy)) >= 0.6);
  assert.ok(similarity(a, signature(other)) < 0.2);
  assert.equal(similarity(a, signature(base.toUpperCase())), 1);
  assert.deepEqual(decodeSignature(encodeSignature(a)), a);
  const shared = bandKeys(a).filter((k) => bandKeys(signature(copy)).includes(k));
  assert.ok(shared.length > 0);
});

test('known actors fill a bare surname, but never override what the text says', () => {
  const lavrov = { id: 1, name: 'Sergei Lavrov', type: 'PERSON' as const, country: 'RUS', actor: 'RUSGOV', roles: [{ role: 'foreign minister', actor: 'RUSGOV', firstSeen: '2025-03-11', lastSeen: '2025-03-11' }], lastSeen: '2025-03-11' };
  const known: KnownActors = new Map([['lavrov', [lavrov]], ['sergei lavrov', [lavrov]]]);
  const a = cairo();
  assert.equal(applyKnownActors(a, known), 1);
  assert.equal(a.entities[0].country, 'RUS');
  assert.equal(a.entities[0].actor, 'RUSGOV');
  assert.equal(a.events[0].sourceActor, 'RUSGOV');
  assert.equal(a.entities[1].actor, undefined);
  // A Lavrov the text places in another country is someone else.
  const b = cairo();
  b.entities[0].country = 'FRA';
  assert.equal(applyKnownActors(b, known), 0);
  assert.equal(b.entities[0].actor, undefined);
  assert.equal(aliasKey("Lavrov's"), 'lavrov');
});

test('CAMEO actor codes split into GDELT columns', () => {
  assert.deepEqual(splitActorCode('RUSGOV', null), { country: 'RUS', group: '', types: ['GOV', '', ''] });
  assert.deepEqual(splitActorCode('IGOUNO', null), { country: '', group: 'UNO', types: ['IGO', '', ''] });
  assert.deepEqual(splitActorCode('USAMILREB', 'USA'), { country: 'USA', group: '', types: ['MIL', 'REB', ''] });
  assert.deepEqual(splitActorCode(null, 'KEN'), { country: 'KEN', group: '', types: ['', '', ''] });
});
