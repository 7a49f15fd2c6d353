import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Store } from '../src/store/store.js';
import { checkBehaviour } from './store-behaviour.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('SQLite store: idempotent saves, actor knowledge base, one event per story, queries, exports', async () => {
  const store = await Store.open(join(dir, 'parley.db'));
  try {
    assert.equal(store.dialect, 'sqlite');
    await checkBehaviour(store);
  } finally {
    await store.close();
  }
});

test('SQLite store: a reopened database keeps its knowledge base', async () => {
  const file = join(dir, 'reopen.db');
  const { moscow, cairo } = await import('./store-fixtures.js');
  let s = await Store.open(file);
  await s.save(moscow());
  await s.close();
  s = await Store.open(file);
  try {
    const a = cairo();
    await s.save(a);
    // save() codes the analysis it stores with what the base knew.
    assert.equal(a.entities[0].actor, 'RUSGOV');
    assert.equal(a.events[0].sourceActor, 'RUSGOV');
    // Lavrov and Abdelatty, each merged across the two articles.
    assert.equal(s.actors.size, 2);
  } finally {
    await s.close();
  }
});
