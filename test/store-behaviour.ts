/** What every Store must do, whichever database is under it; run on SQLite and on PostgreSQL. */
import assert from 'node:assert/strict';
import { allStoryEvents, gdeltRow, GDELT_COLUMNS, storedAnalyses } from '../src/store/export.js';
import { actors, meetings, quotes, search, storyEvents } from '../src/store/queries.js';
import type { Store } from '../src/store/store.js';
import { corpus } from './store-fixtures.js';

export async function ingestFixtures(store: Store): Promise<void> {
  const outcomes = await store.saveBatch(corpus().slice(0, 2));
  assert.deepEqual(outcomes.map((o) => o.status), ['stored', 'stored']);
  for (const a of corpus().slice(2)) await store.save(a);
}

/** The results of every query, minus wall-clock fields, for comparing databases. */
export async function snapshot(store: Store): Promise<unknown> {
  const strip = <T extends { added?: string }>(rows: T[]) => rows.map(({ added: _added, ...r }) => r);
  return {
    counts: await store.counts(),
    events: strip(await storyEvents(store, {})),
    rus: strip(await storyEvents(store, { country: 'RUS' })),
    coop: strip(await storyEvents(store, { root: '05', from: '2025-05-01', to: '2025-05-31' })),
    dyad: strip(await storyEvents(store, {}, ['KEN', 'ETH'])),
    quotes: await quotes(store, { actor: 'lavrov' }),
    actors: await actors(store, {}),
    meetings: await meetings(store, {}),
    search: await search(store, 'Lavrov Cairo', {}),
    searchRuto: await search(store, 'ruto', {}),
    gdelt: (await collect(allStoryEvents(store))).map((e) => gdeltRow({ ...e, added: '' })),
  };
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export async function checkBehaviour(store: Store): Promise<void> {
  await ingestFixtures(store);
  const counts = await store.counts();
  assert.equal(counts.documents, 4);
  // The syndicated copy joins the original's story.
  assert.equal(counts.stories, 3);

  // Idempotent: the same articles again change nothing.
  const again = await store.saveBatch(corpus());
  assert.ok(again.every((o) => o.status === 'unchanged'));
  assert.deepEqual(await store.counts(), counts);

  // Knowledge base: the bare "Lavrov" of April is Russia's foreign minister from March.
  const lav = (await actors(store, { actor: 'lavrov' }))[0];
  assert.equal(lav.name, 'Sergei Lavrov');
  assert.equal(lav.country, 'RUS');
  assert.equal(lav.actor, 'RUSGOV');
  assert.equal(lav.documents, 2);
  assert.equal(lav.firstSeen, '2025-03-11');
  assert.equal(lav.lastSeen, '2025-04-02');
  assert.ok(lav.aliases.includes('lavrov') && lav.aliases.includes('sergei lavrov'));
  assert.deepEqual(lav.roles.map((r) => [r.role, r.actor, r.firstSeen, r.lastSeen]), [['foreign minister', 'RUSGOV', '2025-03-11', '2025-03-11']]);
  const cairoEntity = await store.db
    .selectFrom('entities')
    .innerJoin('documents', 'documents.id', 'entities.document_id')
    .select(['entities.country', 'entities.actor', 'entities.actor_id'])
    .where('documents.doc_id', '=', 'cairo-2025-04-02')
    .where('entities.local_id', '=', 'E1')
    .executeTakeFirstOrThrow();
  assert.deepEqual(cairoEntity, { country: 'RUS', actor: 'RUSGOV', actor_id: lav.id });
  const april = await storyEvents(store, { actor: 'RUSGOV', from: '2025-04-01' });
  assert.deepEqual(april.map((e) => [e.code, e.sourceActor]), [['042', 'RUSGOV'], ['111', 'RUSGOV']]);

  // Duplicates: each Nairobi event once, with both sources listed.
  const may = await storyEvents(store, { from: '2025-05-01' });
  assert.deepEqual(may.map((e) => e.code), ['057', '043']);
  for (const e of may) {
    assert.equal(e.articles, 2);
    assert.equal(e.outlets, 2);
    assert.deepEqual(e.sources, ['https://daily.example.com/nairobi', 'https://wire.example.net/0520-nairobi']);
  }
  assert.equal((await storyEvents(store, {})).length, 6);

  // Filters.
  assert.deepEqual((await storyEvents(store, { code: '05' })).map((e) => e.date), ['2025-03-11', '2025-05-20']);
  assert.equal((await storyEvents(store, { modality: 'negated' })).length, 0);
  assert.deepEqual((await storyEvents(store, {}, ['ETH', 'Ruto'])).map((e) => e.code), ['057', '043']);
  assert.deepEqual((await quotes(store, { country: 'KEN' })).map((q) => q.document), ['nairobi-2025-05-20', 'wire-nairobi-0520']);
  // Where a quotation was said is kept with it.
  assert.deepEqual((await quotes(store, { actor: 'lavrov' })).map((q) => [q.document, q.medium]), [['moscow-2025-03-11', 'a statement']]);

  // Full-text search: every word must occur.
  assert.deepEqual((await search(store, 'Lavrov Cairo', {})).map((r) => r.document), ['cairo-2025-04-02']);
  assert.deepEqual((await search(store, 'lavrov', {})).map((r) => r.document), ['moscow-2025-03-11', 'cairo-2025-04-02']);
  assert.deepEqual((await search(store, 'Regional Wire', {})).map((r) => r.document), ['wire-nairobi-0520']);

  // Exports: analyses round-trip their offsets; GDELT rows have GDELT's 61 columns.
  const docs = await collect(storedAnalyses(store));
  assert.equal(docs.length, 4);
  const m = docs[0];
  assert.equal(m.id, 'moscow-2025-03-11');
  for (const e of m.entities) for (const x of e.mentions) assert.equal(m.text.slice(x.start, x.end), x.text);
  assert.equal(GDELT_COLUMNS.length, 61);
  const rows = (await collect(allStoryEvents(store))).map(gdeltRow);
  assert.equal(rows.length, 6);
  for (const r of rows) assert.equal(r.split('\t').length, 61);
  const first = rows[0].split('\t');
  const col = (name: (typeof GDELT_COLUMNS)[number]): string => first[GDELT_COLUMNS.indexOf(name)];
  assert.equal(col('SQLDATE'), '20250311');
  assert.equal(col('Actor1Code'), 'RUSGOV');
  assert.equal(col('Actor1CountryCode'), 'RUS');
  assert.equal(col('Actor1Type1Code'), 'GOV');
  assert.equal(col('EventRootCode'), '04');
  assert.equal(col('ActionGeo_FullName'), 'Moscow');
  assert.equal(col('SOURCEURL'), 'https://example.org/moscow');
}
