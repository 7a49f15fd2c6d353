import { test } from 'node:test';
import assert from 'node:assert/strict';
import { growthFactor } from './helpers/scaling.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc } from '../src/text/doc.js';
import { resolveEntities } from '../src/extract/entities.js';
import { analyzeWith } from '../src/analyze/pipeline.js';
import { defaultPipeline } from '../src/analyze/default.js';
import { lookupCity, lookupPhrase, editDistance } from '../src/lexicon/index.js';
import type { Entity } from '../src/extract/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function offsetsHold(text: string, entities: Entity[]): void {
  for (const e of entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
}
const byName = (es: Entity[], name: string): Entity | undefined => es.find((e) => e.name === name);

test('lexicon: demonyms, metonyms, IGOs and capitals resolve to countries and actor codes', () => {
  assert.equal(lookupPhrase('Russian')?.country, 'RUS');
  assert.equal(lookupPhrase('Ukrainians')?.country, 'UKR');
  assert.equal(lookupPhrase('American')?.country, 'USA');
  assert.equal(lookupPhrase('the Kremlin'), undefined);
  assert.equal(lookupPhrase('Kremlin')?.actor, 'RUSGOV');
  assert.equal(lookupPhrase('State Department')?.actor, 'USAGOV');
  assert.equal(lookupPhrase('Pentagon')?.actor, 'USAMIL');
  assert.equal(lookupPhrase('Foggy Bottom')?.actor, 'USAGOV');
  assert.equal(lookupPhrase("Quai d'Orsay")?.country, 'FRA');
  assert.equal(lookupPhrase('Élysée')?.actor, 'FRAGOV');
  assert.equal(lookupPhrase('Kiev')?.id, lookupPhrase('Kyiv')?.id);
  assert.equal(lookupPhrase('UN')?.actor, 'IGOUNO');
  assert.equal(lookupPhrase('NATO')?.actor, 'IGOWSTNAT');
  assert.equal(lookupPhrase('European Union')?.actor, 'IGOEUREEC');
  assert.equal(lookupPhrase('Ivory Coast')?.country, 'CIV');
  assert.equal(lookupPhrase('Congolese')?.country, 'COD');
  assert.equal(lookupCity('Paris')?.country, 'FRA');
  assert.equal(lookupCity('Paris', { country: 'USA', admin: 'TX' })?.admin, 'TX');
  assert.equal(editDistance('ushkaov', 'ushakov', 1), 1);
  assert.equal(editDistance('iraq', 'iran', 0), 1);
});

test('gazetteer entities come out without any tagger: places, peoples, seats of government', () => {
  const text = 'Officials met in Riyadh, Saudia Arabia, and the Kremlin said Moscow and Washington agreed. The State Department said Russian and Ukrainian envoys would meet.';
  const es = resolveEntities(makeDoc(text));
  offsetsHold(text, es);
  const riyadh = byName(es, 'Riyadh');
  assert.equal(riyadh?.type, 'GPE');
  assert.equal(riyadh?.country, 'SAU');
  assert.ok(riyadh?.lat !== undefined && Math.abs(riyadh.lat - 24.7) < 0.5);
  assert.equal(byName(es, 'Saudi Arabia')?.mentions[0].text, 'Saudia Arabia');
  assert.equal(byName(es, 'Kremlin')?.actor, 'RUSGOV');
  assert.equal(byName(es, 'Moscow')?.country, 'RUS');
  assert.equal(byName(es, 'Washington')?.actor, 'USAGOV');
  assert.equal(byName(es, 'State Department')?.type, 'ORG');
  assert.equal(byName(es, 'Russian')?.type, 'NORP');
  assert.equal(byName(es, 'Ukrainian')?.country, 'UKR');
});

test('titles announce names the tagger missed; surnames, typos, pronouns and descriptions join them', () => {
  const text = 'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Marco Rubio. Lavrov said the talks were useful. Rubio agreed, and he said more would follow. Later, the U.S. secretary of state left. Lavorv stayed.';
  const es = resolveEntities(makeDoc(text));
  offsetsHold(text, es);
  const lavrov = byName(es, 'Sergei Lavrov');
  const rubio = byName(es, 'Marco Rubio');
  assert.equal(lavrov?.actor, 'RUSGOV');
  assert.deepEqual(lavrov?.titles, ['Russian Foreign Minister']);
  assert.equal(rubio?.actor, 'USAGOV');
  const texts = (e: Entity | undefined): string[] => (e?.mentions ?? []).map((m) => m.text);
  assert.ok(texts(lavrov).includes('Lavrov'));
  assert.ok(texts(lavrov).includes('Lavorv'), 'typo joins');
  assert.ok(texts(rubio).includes('he'), 'pronoun joins the only person of the sentence');
  assert.ok(texts(rubio).includes('the U.S. secretary of state'), 'description joins, with its article');
  assert.equal(es.filter((e) => e.type === 'PERSON').length, 2);
});

test('a title without a country takes the side named before it in the sentence', () => {
  const text = 'Representing Washington were U.S. Secretary of State Marco Rubio, National Security Adviser Mike Waltz and Middle East envoy Steve Witkoff.';
  const es = resolveEntities(makeDoc(text));
  assert.equal(byName(es, 'Mike Waltz')?.actor, 'USAGOV');
  assert.equal(byName(es, 'Steve Witkoff')?.actor, 'USAGOV');
  assert.deepEqual(byName(es, 'Steve Witkoff')?.titles, ['Middle East envoy']);
});

test('bad input: no names, empty text, punctuation only', () => {
  for (const text of ['', '   ', '... !!! ---', 'the cat sat on the mat and nothing else happened at all.']) {
    const es = resolveEntities(makeDoc(text));
    assert.deepEqual(es, []);
  }
});

test('bad input: ALL CAPS text still finds countries and seats, without reading "US" as the country', () => {
  const text = 'RUSSIAN FOREIGN MINISTER SERGEI LAVROV SAID THE KREMLIN WANTS TALKS WITH UKRAINE. HE TOLD US NOTHING.';
  const es = resolveEntities(makeDoc(text));
  offsetsHold(text, es);
  assert.equal(es.find((e) => e.name === 'Kremlin')?.actor, 'RUSGOV');
  assert.equal(es.find((e) => e.name === 'Ukraine')?.country, 'UKR');
  assert.ok(!es.some((e) => e.mentions.some((m) => m.text === 'US')));
});

test('bad input: names in other scripts do not crash and keep offsets', () => {
  const text = 'Президент России Владимир Путин встретился с 習近平 в Москве. 北京 said nothing. Российская Федерация.';
  const es = resolveEntities(makeDoc(text));
  offsetsHold(text, es);
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'Российская Федерация'))?.country, 'RUS');
});

test('bad input: thousands of names keep one entity per name, in time that grows with the text', () => {
  const first = ['Amina', 'Boris', 'Chen', 'Dilma', 'Emeka', 'Fatima', 'Goran', 'Hiro', 'Ines', 'Jamal'];
  // Letter-only surnames, each index spelled with two letters per base-26 digit, so any two
  // differ by two edits or more and no typo rule may merge them.
  const abc = 'abcdefghijklmnopqrstuvwxyz';
  const letters = (i: number): string =>
    [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676) % 26].map((d) => abc[d] + abc[(d * 7 + 3) % 26]).join('');
  const textOf = (n: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`Minister ${first[i % 10]} Ka${letters(i)}ov met envoy ${first[(i + 3) % 10]} Zu${letters(i)}ski in Nairobi.`);
    return parts.join(' ');
  };
  const text = textOf(3000);
  const es = resolveEntities(makeDoc(text));
  offsetsHold(text, es);
  assert.equal(es.filter((e) => e.type === 'PERSON').length, 6000);
  // Eight times the names: linear work takes about 8 times as long (more with GC), quadratic 64.
  const growth = growthFactor((n) => resolveEntities(makeDoc(textOf(n))), 375, 8);
  assert.ok(growth < 32, `8x the names took ${growth.toFixed(1)}x the time`);
});

test('founding example: every entity fact holds through the default pipeline', (t) => {
  const shared = resolve(repoRoot, '../shared');
  const file = resolve(shared, 'examples/riyadh-2025-02-18.txt');
  if (!existsSync(file)) {
    t.skip('../shared is absent');
    return;
  }
  const raw = readFileSync(file, 'utf8');
  const text = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s?/, '');
  const expected = JSON.parse(readFileSync(resolve(shared, 'examples/riyadh-2025-02-18.expected.json'), 'utf8')) as {
    entities: Array<{ name: string; type: string; country?: string; actor?: string; mentions?: string[] }>;
  };
  const a = analyzeWith(defaultPipeline(), { id: 'riyadh', text, date: '2025-02-18' });
  offsetsHold(text, a.entities);
  const last = (s: string): string => s.toLowerCase().split(/\s+/).pop() ?? '';
  for (const want of expected.entities) {
    const got = a.entities.find((e) => [e.name, ...e.mentions.map((m) => m.text)].some((n) => n.toLowerCase() === want.name.toLowerCase() || last(n) === last(want.name)));
    assert.ok(got, `entity ${want.name}`);
    assert.equal(got.type, want.type, want.name);
    if (want.country) assert.equal(got.country, want.country, want.name);
    if (want.actor) assert.equal(got.actor, want.actor, want.name);
    for (const m of want.mentions ?? []) assert.ok(got.mentions.some((x) => x.text === m), `${want.name} mention ${m}`);
  }
});

/** A Doc with BIO tags laid on the given words, as the tagger would (first match after the cursor). */
function tagged(text: string, spans: Array<[string, string]>): ReturnType<typeof makeDoc> {
  const doc = makeDoc(text);
  let cursor = 0;
  for (const [surface, label] of spans) {
    const at = text.indexOf(surface, cursor);
    cursor = at + surface.length;
    const first = doc.tokens.findIndex((t) => t.start === at);
    const last = doc.tokens.findIndex((t) => t.end === at + surface.length);
    for (let i = first; i <= last; i++) doc.ner[i] = (i === first ? 'B-' : 'I-') + label;
  }
  return doc;
}

test('tagger and gazetteer: the article decides between a person, a team, a city and a seat', () => {
  const text = 'Director Neil Jordan spoke in Brussels. Jordan said the film was done. Florida 3 Cincinnati 1. The EU said Brussels would answer.';
  const es = resolveEntities(tagged(text, [['Neil Jordan', 'PER'], ['Brussels', 'LOC'], ['Jordan', 'PER'], ['Florida', 'ORG'], ['Cincinnati', 'ORG'], ['EU', 'ORG'], ['Brussels', 'ORG']]));
  offsetsHold(text, es);
  const jordan = byName(es, 'Neil Jordan');
  assert.ok(jordan?.mentions.some((m) => m.text === 'Jordan'), 'the surname of the named director is him, not the country');
  assert.ok(!es.some((e) => e.type === 'GPE' && e.country === 'JOR'));
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'Florida'))?.type, 'ORG', 'a team named for a state');
  const brussels = es.filter((e) => e.mentions.some((m) => m.text === 'Brussels'));
  assert.ok(brussels.some((e) => e.type === 'GPE' && e.country === 'BEL' && e.lat !== undefined), '"in Brussels" is the city');
  assert.ok(brussels.some((e) => e.actor === 'IGOEUREEC'), '"Brussels would answer" is the EU');
});

test('tagger spans: names across particles, initials, datelines, joined names and ministries', () => {
  const text = 'GENEVA (Wire) - Brazilian President Luiz Inacio Lula da Silva met M. Butcher in the U.S. Gulf. Lula left. The Foreign Ministry said it would write.';
  const es = resolveEntities(tagged(text, [['GENEVA', 'ORG'], ['Brazilian', 'MISC'], ['Luiz Inacio Lula', 'PER'], ['Silva', 'MISC'], ['M. Butcher', 'PER'], ['U.S. Gulf', 'LOC'], ['Lula', 'PER'], ['Foreign Ministry', 'ORG']]));
  offsetsHold(text, es);
  const lula = byName(es, 'Luiz Inacio Lula da Silva');
  assert.equal(lula?.actor, 'BRAGOV');
  assert.ok(lula?.mentions.some((m) => m.text === 'Lula'), 'a middle name used alone');
  assert.ok(byName(es, 'M. Butcher'), 'an initial is not the French "Monsieur"');
  assert.ok(es.some((e) => e.type === 'LOC' && e.name === 'U.S. Gulf'), 'two gazetteer names the tagger joined stay one');
  const geneva = es.find((e) => e.mentions.some((m) => m.text === 'GENEVA'));
  assert.equal(geneva?.type, 'GPE');
  assert.equal(geneva?.country, 'CHE', 'Geneva is the Swiss city, not Geneva, Illinois');
  assert.equal(byName(es, 'Foreign Ministry')?.actor, 'CHEGOV', 'a ministry without a country takes the dateline home');
});
