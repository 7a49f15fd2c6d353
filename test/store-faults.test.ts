import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { connect } from '../src/store/connect.js';
import { StoreError } from '../src/store/errors.js';
import { search, storyEvents } from '../src/store/queries.js';
import { articleHash, Store, textHash } from '../src/store/store.js';
import { cairo, moscow, nairobi } from './store-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-faults-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const isStoreError = (kind: string, pattern: RegExp) => (err: unknown) => {
  assert.ok(err instanceof StoreError, `expected a StoreError, got ${String(err)}`);
  assert.equal(err.kind, kind);
  assert.match(err.message, pattern);
  return true;
};

test('a corrupt database file is refused and left byte for byte as it was', async () => {
  const file = join(dir, 'corrupt.db');
  const junk = Buffer.from('this is not a database, just a text file with some bytes in it\n'.repeat(100));
  writeFileSync(file, junk);
  await assert.rejects(Store.open(file), isStoreError('corrupt', /corrupt\.db is not a readable Parley database/));
  assert.deepEqual(readFileSync(file), junk);
});

test('a database locked by another writer gives a clear error and loses nothing', async () => {
  const file = join(dir, 'locked.db');
  const s = await Store.open(file, { busyTimeoutMs: 100 });
  await s.save(moscow());
  const other = new BetterSqlite3(file);
  other.exec('begin immediate');
  try {
    await assert.rejects(s.save(cairo()), isStoreError('locked', /locked by another process.*nothing already stored was changed/));
  } finally {
    other.exec('rollback');
    other.close();
  }
  // The stored article is intact, and the failed one goes in on retry.
  assert.equal((await s.counts()).documents, 1);
  assert.equal((await s.save(cairo())).status, 'stored');
  assert.equal((await s.counts()).documents, 2);
  // The knowledge base was reloaded after the rollback: Lavrov is still one actor.
  assert.equal((await s.counts()).actors, 2);
  await s.close();
});

test('a disk that fills up mid-ingest gives a clear error, rolls back, and loses nothing', async () => {
  const file = join(dir, 'full.db');
  const s = await Store.open(file);
  await s.save(moscow());
  const before = await s.counts();
  // SQLite's page limit makes the file "full" exactly as a full disk does (SQLITE_FULL).
  const pages = await sql<{ page_count: number }>`pragma page_count`.execute(s.db);
  await sql.raw(`pragma max_page_count = ${pages.rows[0].page_count}`).execute(s.db);
  const big = nairobi();
  big.text = big.text + ' ' + 'Delegates spoke at length about water, trade and security. '.repeat(400);
  await assert.rejects(s.save(big), isStoreError('disk-full', /is full.*rolled back.*nothing already stored was changed/));
  assert.deepEqual(await s.counts(), before, 'the failed article left no partial rows');
  // Space freed: the same article goes in on the next run.
  await sql.raw('pragma max_page_count = 1073741823').execute(s.db);
  assert.equal((await s.save(big)).status, 'stored');
  assert.equal((await s.counts()).documents, before.documents + 1);
  await s.close();
});

test('a schema from an older version is migrated and keeps its rows', async () => {
  const file = join(dir, 'old.db');
  // A database as version 001 left it: documents and events, no stories, no full-text index.
  const old = await connect(file, { migrateTo: '001_core' });
  const m = moscow();
  const docId = await old.db
    .insertInto('documents')
    .values({ doc_id: m.id, hash: articleHash(m), text_hash: textHash(m.text), date: m.date, title: null, url: m.url ?? null, source: m.source ?? null, text: m.text, sentences: '[]', tone: null, ingested_at: '2025-03-11T00:00:00Z' } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`insert into events (document_id, local_id, code, root_code, source_name, source_actor, source_country, date, modality, trigger_start, trigger_end, trigger_text, sentence, sentence_text)
    values (${docId.id}, 'V1', '042', '04', 'Sergei Lavrov', 'RUSGOV', 'RUS', '2025-03-11', 'asserted', 46, 52, 'hosted', 0, 'x')`.execute(old.db);
  await old.db.destroy();

  const s = await Store.open(file);
  try {
    const counts = await s.counts();
    assert.equal(counts.documents, 1);
    assert.equal(counts.stories, 1);
    assert.deepEqual((await storyEvents(s, {})).map((e) => [e.code, e.sourceActor, e.articles]), [['042', 'RUSGOV', 1]]);
    assert.deepEqual((await search(s, 'memorandum', {})).map((r) => r.document), [m.id]);
    // The same article offered again is recognised as stored.
    assert.equal((await s.save(moscow())).status, 'unchanged');
    assert.equal((await s.save(nairobi())).status, 'stored');
  } finally {
    await s.close();
  }
});

test('a schema from a newer version is refused without changes', async () => {
  const file = join(dir, 'newer.db');
  const s = await Store.open(file);
  await s.save(moscow());
  await sql`insert into kysely_migration (name, timestamp) values ('999_future', '2030-01-01T00:00:00.000Z')`.execute(s.db);
  await s.close();
  await assert.rejects(Store.open(file), isStoreError('newer-schema', /newer version/));
  const raw = new BetterSqlite3(file, { readonly: true });
  assert.equal((raw.prepare('select count(*) n from documents').get() as { n: number }).n, 1);
  raw.close();
});

test('a database in a folder that does not exist is a clear error', async () => {
  await assert.rejects(Store.open(join(dir, 'no', 'such', 'folder', 'p.db')), isStoreError('read-only', /does not exist/));
});
