import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { analyzeWith } from '../src/analyze/pipeline.js';
import { loadDefaultPipeline } from '../src/io/pipeline.js';
import { buildApp } from '../src/server/app.js';
import { dyadSeries, periodOf } from '../src/server/dyad.js';
import { LIMITS } from '../src/server/schemas.js';
import { toDocument } from '../src/server/routes-write.js';
import { Store } from '../src/store/store.js';
import { serverCorpus } from './server-fixtures.js';

const TOKEN = 'test-token-123';
const pipeline = loadDefaultPipeline();
const analyze = (d: Parameters<typeof analyzeWith>[1]) => analyzeWith(pipeline, d);

let dir: string;
let store: Store;
let app: FastifyInstance;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
  store = await Store.open(join(dir, 'api.db'));
  await store.saveBatch(serverCorpus());
  app = await buildApp({ store, analyze, token: TOKEN, webRoot: join(dir, 'no-web') });
});

after(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const r = await app.inject({ method: 'GET', url, headers });
  return { status: r.statusCode, body: r.json() as Record<string, unknown> & { items: Record<string, unknown>[]; message: string; more: boolean }, headers: r.headers };
};

describe('reading', () => {
  test('events: filters narrow, rows carry story counts', async () => {
    const all = await get('/api/events');
    assert.equal(all.status, 200);
    // moscow 2 + cairo 2 + nairobi story 2 (two copies counted once) + hostile 1
    assert.equal(all.body.items.length, 7);
    const met = all.body.items.find((e) => e.trigger === 'met');
    assert.equal(met?.articles, 2);
    const conflict = await get('/api/events?root=11');
    assert.deepEqual(conflict.body.items.map((e) => e.code), ['111']);
    const lavrov = await get('/api/events?actor=lavrov&from=2025-04-01');
    assert.deepEqual(lavrov.body.items.map((e) => e.date), ['2025-04-02', '2025-04-02']);
    const ken = await get('/api/events?country=KEN&modality=asserted');
    assert.equal(ken.body.items.length, 2);
  });

  test('pagination: pages are disjoint, `more` tells whether another follows', async () => {
    const p1 = await get('/api/events?limit=3&offset=0');
    const p2 = await get('/api/events?limit=3&offset=3');
    const p3 = await get('/api/events?limit=3&offset=6');
    assert.equal(p1.body.more, true);
    assert.equal(p2.body.more, true);
    assert.equal(p3.body.more, false);
    const ids = [...p1.body.items, ...p2.body.items, ...p3.body.items].map((e) => e.id);
    assert.equal(ids.length, 7);
    assert.equal(new Set(ids).size, 7);
    const docs = await get('/api/documents?limit=2&offset=4');
    assert.equal(docs.body.items.length, 1);
    assert.equal(docs.body.more, false);
  });

  test('a document comes back with its analysis, offsets pointing at the words', async () => {
    const list = await get('/api/documents?limit=10');
    const row = list.body.items.find((d) => d.docId === 'moscow-2025-03-11');
    assert.ok(row);
    const doc = await get(`/api/documents/${row.id as number}`);
    assert.equal(doc.status, 200);
    const text = doc.body.text as string;
    const ents = doc.body.entities as { name: string; actorId: number | null; mentions: { start: number; end: number; text: string }[] }[];
    const lavrov = ents.find((e) => e.name === 'Sergei Lavrov');
    assert.ok(lavrov?.actorId);
    for (const m of lavrov.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    const quotes = doc.body.quotes as { speakerName: string; start: number; end: number }[];
    assert.equal(quotes[0].speakerName, 'Sergei Lavrov');
    const events = doc.body.events as { trigger: { start: number; end: number } }[];
    assert.deepEqual(events.map((v) => text.slice(v.trigger.start, v.trigger.end)), ['hosted', 'signed']);
    assert.equal((await get('/api/documents/99999')).status, 404);
  });

  test('an actor: roles, quotes, events, and whom they meet', async () => {
    const list = await get('/api/actors?actor=ruto');
    assert.equal(list.body.items.length, 1);
    const ruto = await get(`/api/actors/${list.body.items[0].id as number}`);
    assert.equal(ruto.status, 200);
    assert.equal(ruto.body.name, 'William Ruto');
    assert.ok((ruto.body.quotes as unknown[]).length >= 1);
    assert.ok((ruto.body.events as unknown[]).length >= 2);
    assert.deepEqual((ruto.body.meets as { name: string; side: string }[]).map((m) => [m.name, m.side]), [['Abiy Ahmed', 'ETH']]);
    assert.ok((ruto.body.roles as { role: string }[]).length >= 1);
  });

  test('quotes, meetings, search, places', async () => {
    const q = await get('/api/quotes?actor=ruto');
    assert.ok(q.body.items.every((r) => r.speaker === 'William Ruto'));
    const m = await get('/api/meetings');
    assert.equal(m.body.items.length, 2);
    assert.deepEqual((m.body.items[0].sides as { side: string; participants: string[] }[]).map((s) => s.participants), [['William Ruto'], ['Abiy Ahmed']]);
    const s = await get('/api/search?q=grain%20deliveries');
    assert.deepEqual(s.body.items.map((r) => r.document), ['moscow-2025-03-11']);
    const p = await get('/api/places');
    const places = p.body.events as unknown as { name: string; events: number }[];
    assert.deepEqual(places.map((x) => x.name).sort(), ['Cairo', 'Moscow', 'Nairobi']);
  });

  test('dyad: both directions, cooperation and conflict from Goldstein scores', async () => {
    const d = await get('/api/dyad?a=RUS&b=EGY&interval=month');
    assert.equal(d.status, 200);
    // Moscow: hosted and signed (RUS -> EGY); Cairo: Lavrov (known as RUS by then) arrived in Cairo (EGY).
    assert.equal(d.body.events, 3);
    assert.deepEqual(d.body.series, [
      { period: '2025-03-01', events: 2, cooperation: 9.9, conflict: 0, mean: 4.95, quad: [2, 0, 0, 0] },
      { period: '2025-04-01', events: 1, cooperation: 1.9, conflict: 0, mean: 1.9, quad: [1, 0, 0, 0] },
    ]);
  });

  test('dyad series and periods (pure)', () => {
    assert.equal(periodOf('2025-03-13', 'week'), '2025-03-10');
    assert.equal(periodOf('2025-03-10', 'week'), '2025-03-10');
    assert.equal(periodOf('2025-03-13', 'month'), '2025-03-01');
    const s = dyadSeries([
      { date: '2025-01-05', goldstein: 3, quadClass: 1 },
      { date: '2025-01-20', goldstein: -10, quadClass: 4 },
      { date: '2025-03-01', goldstein: null, quadClass: null },
      { date: null, goldstein: 5, quadClass: 1 },
    ], 'month');
    assert.deepEqual(s.map((p) => [p.period, p.events, p.cooperation, p.conflict, p.mean]), [['2025-01-01', 2, 3, -10, -3.5], ['2025-03-01', 1, 0, 0, null]]);
  });
});

describe('validation and limits', () => {
  const bad: [string, RegExp][] = [
    ['/api/events?limit=501', /limit must be <= 500/],
    ['/api/events?limit=0', /limit must be >= 1/],
    [`/api/events?offset=${LIMITS.maxOffset + 1}`, /offset must be <=/],
    ['/api/events?limit=abc', /limit must be integer/],
    ['/api/events?from=2025-13', /from must match pattern/],
    ['/api/events?modality=maybe', /modality must be equal to one of the allowed values/],
    ['/api/events?colour=red', /must NOT have additional properties/],
    ['/api/dyad?a=RUS', /must have required property 'b'/],
    ['/api/search', /must have required property 'q'/],
    ['/api/actors/abc', /id must be integer/],
  ];
  for (const [url, msg] of bad) {
    test(`400 with a clear message: ${url}`, async () => {
      const r = await get(url);
      assert.equal(r.status, 400);
      assert.match(r.body.message, msg);
    });
  }

  test('analyze: body checked, size limited', async () => {
    const empty = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: '' } });
    assert.equal(empty.statusCode, 400);
    const extra = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'x', html: true } });
    assert.equal(extra.statusCode, 400);
    const long = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'a '.repeat(LIMITS.maxTextChars) } });
    assert.equal(long.statusCode, 400);
    assert.match(long.json().message, /text must NOT have more than 100000 characters/);
    const huge = await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ text: 'b'.repeat(LIMITS.analyzeBodyBytes + 10) }) });
    assert.equal(huge.statusCode, 413);
    const notJson = await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: '{"text": ' });
    assert.equal(notJson.statusCode, 400);
  });

  test('analyze: an article in, its analysis out, nothing stored', async () => {
    const before = await store.counts();
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'date 2025-02-03\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. "We stand together," Scholz said.' } });
    assert.equal(r.statusCode, 200);
    const a = r.json() as { date: string; text: string; entities: { name: string }[]; quotes: { speaker: string }[] };
    assert.equal(a.date, '2025-02-03');
    assert.ok(!a.text.startsWith('date'));
    assert.ok(a.entities.some((e) => e.name === 'Olaf Scholz'));
    assert.equal(a.quotes.length, 1);
    assert.deepEqual(await store.counts(), before);
  });

  test('toDocument: the date header is read, a given date wins', () => {
    assert.deepEqual([toDocument({ text: 'date 2025-01-02\nHello.' }).date, toDocument({ text: 'date 2025-01-02\nHello.' }).text], ['2025-01-02', 'Hello.']);
    assert.equal(toDocument({ text: 'Hello.', date: '2024-05-06' }).date, '2024-05-06');
  });
});

describe('the token', () => {
  const article = { id: 'api-ingest-1', date: '2025-07-01', text: 'Norwegian Foreign Minister Espen Barth Eide met Indonesian Foreign Minister Sugiono in Jakarta on Tuesday. "Our cooperation is growing," Eide said.' };

  test('ingest needs the bearer token; stored once; idempotent', async () => {
    const none = await app.inject({ method: 'POST', url: '/api/ingest', payload: { articles: [article] } });
    assert.equal(none.statusCode, 401);
    assert.match(String(none.headers['www-authenticate']), /Bearer/);
    const wrong = await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer nope' }, payload: { articles: [article] } });
    assert.equal(wrong.statusCode, 401);
    const ok = await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: `Bearer ${TOKEN}` }, payload: { articles: [article] } });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().stored, 1);
    const again = await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: `Bearer ${TOKEN}` }, payload: { articles: [article] } });
    assert.deepEqual([again.json().stored, again.json().unchanged], [0, 1]);
    const found = await get('/api/search?q=Jakarta');
    assert.deepEqual(found.body.items.map((r) => r.document), ['api-ingest-1']);
  });

  test('ingest: batch bounded', async () => {
    const many = Array.from({ length: LIMITS.maxArticles + 1 }, (_, i) => ({ text: `Article ${i}.` }));
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: `Bearer ${TOKEN}` }, payload: { articles: many } });
    assert.equal(r.statusCode, 400);
    assert.match(r.json().message, /articles must NOT have more than 100 items/);
  });

  test('no token configured: ingest is off (403); reads open', async () => {
    const open = await buildApp({ store, analyze });
    try {
      const r = await open.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer anything' }, payload: { articles: [article] } });
      assert.equal(r.statusCode, 403);
      assert.equal((await open.inject('/api/events?limit=1')).statusCode, 200);
    } finally {
      await open.close();
    }
  });

  test('--protect-reads: reads and analyze need the token, the API description does not', async () => {
    const closed = await buildApp({ store, analyze, token: TOKEN, protectReads: true });
    try {
      assert.equal((await closed.inject('/api/events')).statusCode, 401);
      assert.equal((await closed.inject('/api/actors/1')).statusCode, 401);
      assert.equal((await closed.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'Hello.' } })).statusCode, 401);
      assert.equal((await closed.inject({ url: '/api/events', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode, 200);
      assert.equal((await closed.inject('/openapi.json')).statusCode, 200);
    } finally {
      await closed.close();
    }
  });
});

describe('description and pages', () => {
  test('/openapi.json lists every endpoint with its parameters', async () => {
    const r = await app.inject('/openapi.json');
    const spec = r.json() as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    assert.match(spec.openapi, /^3\./);
    for (const p of ['/api/analyze', '/api/ingest', '/api/documents', '/api/documents/{id}', '/api/actors', '/api/actors/{id}', '/api/events', '/api/quotes', '/api/meetings', '/api/dyad', '/api/search', '/api/places']) {
      assert.ok(spec.paths[p], `${p} in the description`);
    }
    const names = spec.paths['/api/events'].get.parameters?.map((x) => x.name) ?? [];
    for (const n of ['limit', 'offset', 'actor', 'country', 'code', 'root', 'from', 'to', 'modality']) assert.ok(names.includes(n), n);
  });

  test('/docs is served from the package (offline), the API has a CSP', async () => {
    const docs = await app.inject('/docs/');
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
    const ev = await app.inject('/api/events?limit=1');
    assert.match(String(ev.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(ev.headers['x-content-type-options'], 'nosniff');
  });

  test('without a built dashboard, / says how to build it', async () => {
    const r = await app.inject('/');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /npm run build/);
  });
});
