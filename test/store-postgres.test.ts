import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startPostgres, type PgCluster } from '../scripts/pg-cluster.js';
import { StoreError } from '../src/store/errors.js';
import { Store } from '../src/store/store.js';
import { checkBehaviour, ingestFixtures, snapshot } from './store-behaviour.js';
import { corpus } from './store-fixtures.js';

let cluster: PgCluster | undefined;
let skip: string | undefined;
const dir = mkdtempSync(join(tmpdir(), 'parley-pgcmp-'));

before(async () => {
  const c = await startPostgres();
  if ('skip' in c) {
    skip = `PostgreSQL tests skipped: ${c.skip}`;
    process.stderr.write(skip + '\n');
  } else cluster = c;
});
after(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('PostgreSQL store: same behaviour as SQLite', async (t) => {
  if (!cluster) return t.skip(skip);
  const store = await Store.open(cluster.url('parley_behaviour'));
  try {
    assert.equal(store.dialect, 'postgres');
    await checkBehaviour(store);
  } finally {
    await store.close();
  }
});

test('same input, same queries: same results on SQLite and PostgreSQL', async (t) => {
  if (!cluster) return t.skip(skip);
  const lite = await Store.open(join(dir, 'cmp.db'));
  const pg = await Store.open(cluster.url('parley_compare'));
  try {
    await ingestFixtures(lite);
    await ingestFixtures(pg);
    const a = await snapshot(lite);
    const b = await snapshot(pg);
    assert.deepEqual(b, a);
  } finally {
    await lite.close();
    await pg.close();
  }
});

test('an unreachable PostgreSQL URL is a clear error', async () => {
  // A port that was free a moment ago: nothing listens there.
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  await assert.rejects(Store.open(`postgres://parley:secret@127.0.0.1:${port}/parley`), (err: unknown) => {
    assert.ok(err instanceof StoreError);
    assert.equal(err.kind, 'unreachable');
    assert.match(err.message, /cannot reach PostgreSQL at postgres:\/\/parley:\*\*\*@127\.0\.0\.1/);
    assert.doesNotMatch(err.message, /secret/);
    return true;
  });
});

test('two writers at once on one PostgreSQL database take turns: no article, story or actor twice', async (t) => {
  if (!cluster) return t.skip(skip);
  const articles = corpus();
  const one = await Store.open(cluster.url('parley_one_writer'));
  const a = await Store.open(cluster.url('parley_two_writers'));
  const b = await Store.open(cluster.url('parley_two_writers'));
  try {
    for (const x of articles) await one.save(x);
    // Opposite orders, so the two writers save different articles (sharing actors) at the same moment.
    const [outA, outB] = await Promise.all([
      (async () => { const o = []; for (const x of articles) o.push((await a.save(x)).status); return o; })(),
      (async () => { const o = []; for (const x of [...articles].reverse()) o.push((await b.save(x)).status); return o; })(),
    ]);
    const stored = [...outA, ...outB].filter((s) => s === 'stored').length;
    assert.equal(stored, articles.length, 'each article stored by exactly one writer');
    const counts = await a.counts();
    const single = await one.counts();
    assert.equal(counts.documents, single.documents);
    assert.equal(counts.stories, single.stories);
    assert.equal(counts.actors, single.actors, 'the actor knowledge base is the same size as with one writer');
    const dupes = await a.db
      .selectFrom('actors')
      .select(['name', 'type'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy(['name', 'type', 'country'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    assert.deepEqual(dupes, []);
  } finally {
    await one.close();
    await a.close();
    await b.close();
  }
});
