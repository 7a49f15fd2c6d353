import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { writeCorpus } from '../scripts/corpus.js';
import { Store } from '../src/store/store.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const parley = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });

async function countsOf(file: string): Promise<Record<string, number>> {
  const s = await Store.open(file);
  try {
    return await s.counts();
  } finally {
    await s.close();
  }
}

function storedNow(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new BetterSqlite3(file, { readonly: true, timeout: 1000 });
    try {
      return (db.prepare('select count(*) n from documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

test('ingest killed with kill -9 resumes: nothing duplicated, nothing lost', async () => {
  const corpus = join(dir, 'corpus');
  const N = 300;
  writeCorpus(corpus, N, join(root, 'examples'), 7);

  const ref = join(dir, 'ref.db');
  const r = parley('ingest', corpus, '--db', ref, '--quiet');
  assert.equal(r.status, 0, r.stderr);
  const expected = await countsOf(ref);
  assert.equal(expected.documents, N);

  const file = join(dir, 'killed.db');
  const child = spawn(process.execPath, [cli, 'ingest', corpus, '--db', file, '--batch', '2', '--quiet'], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<void>((res) => child.on('exit', () => res()));
  let atKill = 0;
  for (let i = 0; i < 3000; i++) {
    atKill = storedNow(file);
    if (atKill >= 40) break;
    await new Promise((res) => setTimeout(res, 5));
  }
  child.kill('SIGKILL');
  await exited;
  const partial = storedNow(file);
  assert.ok(partial >= 40 && partial < N, `killed mid-way (stored ${partial} of ${N})`);

  const again = parley('ingest', corpus, '--db', file);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, new RegExp(`${N} articles \\(${N - partial} new, ${partial} unchanged`));
  assert.deepEqual(await countsOf(file), expected);

  // A third run changes nothing at all.
  const third = parley('ingest', corpus, '--db', file, '--quiet');
  assert.equal(third.status, 0);
  assert.deepEqual(await countsOf(file), expected);
});

test('ingest of the examples links the syndicated copy into one story; queries print json, csv and tables', async () => {
  const file = join(dir, 'examples.db');
  const r = parley('ingest', join(root, 'examples'), '--db', file, '--workers', '1');
  assert.equal(r.status, 0, r.stderr);
  const s = await Store.open(file);
  const stories = await s.db.selectFrom('documents').select(['doc_id', 'story_id']).orderBy('doc_id').execute();
  await s.close();
  const story = (id: string) => stories.find((x) => x.doc_id === id)?.story_id;
  assert.ok(story('nairobi-summit-2025-05-20') !== undefined);
  assert.equal(story('nairobi-summit-2025-05-20'), story('nairobi-summit-syndicated-2025-05-20'));
  assert.equal(new Set(stories.map((x) => x.story_id)).size, stories.length - 1);

  const json = parley('search', 'Lavrov', 'Cairo', '--db', file, '--format', 'json');
  assert.equal(json.status, 0, json.stderr);
  const rows = JSON.parse(json.stdout) as { document: string }[];
  assert.deepEqual(rows.map((x) => x.document), ['moscow-lavrov-visit-2025-03-11', 'cairo-follow-up-2025-04-02']);
  const csv = parley('search', 'Moyale', '--db', file, '--format', 'csv');
  assert.equal(csv.stdout.split('\n')[0], 'date,document,title,snippet');
  assert.equal(csv.stdout.trim().split('\n').length, 3);
  const table = parley('actors', '--db', file);
  assert.equal(table.status, 0, table.stderr);
  const gdelt = parley('export', '--format', 'gdelt', '--header', '--db', file);
  assert.equal(gdelt.status, 0, gdelt.stderr);
  assert.equal(gdelt.stdout.split('\n')[0].split('\t').length, 61);
  const jsonl = parley('export', '--format', 'jsonl', '--db', file);
  assert.equal(jsonl.stdout.trim().split('\n').length, stories.length);
});

test('the CLI reports store faults in one line with exit code 3', () => {
  const bad = join(dir, 'not-a-db.db');
  spawnSync('sh', ['-c', `printf 'garbage%.0s' $(seq 1 500) > '${bad}'`]);
  const r = parley('events', '--db', bad);
  assert.equal(r.status, 3);
  assert.match(r.stderr, /^parley: .*not-a-db\.db is not a readable Parley database/);
  const pg = parley('events', '--db', 'postgres://nobody@127.0.0.1:1/parley');
  assert.equal(pg.status, 3);
  assert.match(pg.stderr, /cannot reach PostgreSQL/);
});
