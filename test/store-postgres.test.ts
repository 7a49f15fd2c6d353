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
