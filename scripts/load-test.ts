/**
 * Load test of the HTTP API on loopback: requests per second and latency percentiles of
 * /api/events queries on a 10,000-article SQLite record. Bounded in time (about 25 s of
 * load); not part of `npm test`.
 *
 *   node dist/scripts/load-test.js [--db FILE] [--n 10000] [--seconds 10] [--connections 10]
 *
 * Without --db it builds (once) .bench/load-<n>.db from articles generated from examples/
 * (scripts/corpus.ts), analysed by the real pipeline. While the engine codes no events for
 * them, events are synthesised between the actors it found, so the queries have rows to
 * read; the report says so.
 */
import { availableParallelism, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { analyzeWith } from '../src/analyze/pipeline.js';
import { loadDefaultPipeline } from '../src/io/pipeline.js';
import { readInputs } from '../src/io/read.js';
import { buildApp } from '../src/server/app.js';
import { ingest } from '../src/store/ingest.js';
import { Store } from '../src/store/store.js';
import { writeCorpus } from './corpus.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const n = Number(flag('--n', '10000'));
const seconds = Math.min(60, Number(flag('--seconds', '10')));
const connections = Number(flag('--connections', '10'));
const dbFile = resolve(flag('--db', join(root, '.bench', `load-${n}.db`)));

const CODES: [string, number, 1 | 2 | 3 | 4][] = [['036', 4, 1], ['042', 1.9, 1], ['043', 2.8, 1], ['057', 8, 2], ['061', 6.4, 2], ['111', -2, 3], ['112', -2, 3], ['130', -4.4, 3], ['163', -8, 4], ['190', -10, 4]];

async function build(store: Store): Promise<void> {
  const have = Number((await store.counts()).documents);
  if (have < n) {
    const dir = mkdtempSync(join(tmpdir(), 'parley-load-'));
    try {
      process.stderr.write(`load-test: generating and ingesting ${n} articles into ${dbFile} (once)…\n`);
      writeCorpus(dir, n, join(root, 'examples'), 11);
      const t0 = performance.now();
      const s = await ingest(store, readInputs([dir]), { workers: availableParallelism(), batchSize: 64 });
      process.stderr.write(`load-test: ingested ${s.stored} new articles in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (Number((await store.counts()).story_events) === 0) await synthesiseEvents(store);
}

/** Events between consecutive coded actors of each stored article (benchmark data only). */
async function synthesiseEvents(store: Store): Promise<void> {
  let after = 0;
  let made = 0;
  for (;;) {
    const docs = await store.db.selectFrom('documents').select(['id', 'story_id', 'date']).where('id', '>', after).orderBy('id').limit(500).execute();
    if (docs.length === 0) break;
    const ents = await store.db.selectFrom('entities').selectAll().where('document_id', 'in', docs.map((d) => d.id)).where('actor', 'is not', null).execute();
    await store.db.transaction().execute(async (trx) => {
      for (const d of docs) {
        const es = ents.filter((e) => e.document_id === d.id);
        const place = es.find((e) => e.lat !== null);
        for (let k = 0; k + 1 < es.length && k < 3; k++) {
          const [code, goldstein, quad] = CODES[(d.id * 7 + k) % CODES.length];
          const [src, tgt] = [es[k], es[k + 1]];
          const row = {
            code,
            root_code: code.slice(0, 2),
            source_name: src.name,
            target_name: tgt.name,
            source_actor: src.actor,
            target_actor: tgt.actor,
            source_country: src.country,
            target_country: tgt.country,
            location_name: place?.name ?? null,
            location_country: place?.country ?? null,
            lat: place?.lat ?? null,
            lon: place?.lon ?? null,
            date: d.date,
            modality: 'asserted',
            quad_class: quad,
            goldstein,
            trigger_text: 'synthetic',
            sentence_text: `${src.name} / ${tgt.name}`,
          };
          const se = await trx
            .insertInto('story_events')
            .values({ ...row, story_id: d.story_id ?? d.id, signature: `synthetic:${d.id}:${k}`, first_document_id: d.id })
            .returning('id')
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('events')
            .values({ ...row, document_id: d.id, local_id: `S${k + 1}`, story_event_id: se.id, source_local: src.local_id, target_local: tgt.local_id, trigger_start: 0, trigger_end: 0, sentence: 0, plover: null })
            .execute();
          made++;
        }
      }
    });
    after = docs[docs.length - 1].id;
  }
  process.stderr.write(`load-test: the engine coded no events for the generated articles; synthesised ${made} events between the actors it found\n`);
}

interface Scenario {
  name: string;
  paths: string[];
  seconds: number;
}

async function main(): Promise<void> {
  mkdirSync(dirname(dbFile), { recursive: true });
  const store = await Store.open(dbFile);
  await build(store);
  const counts = await store.counts();
  const pipeline = loadDefaultPipeline();
  const app = await buildApp({ store, analyze: (d) => analyzeWith(pipeline, d) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  if (!addr || typeof addr !== 'object') throw new Error('no address');
  const base = `http://127.0.0.1:${addr.port}`;
  const short = Math.max(2, Math.round(seconds / 3));
  const scenarios: Scenario[] = [
    { name: 'first page (limit 50)', paths: ['/api/events?limit=50'], seconds: short },
    { name: 'actor filter', paths: ['/api/events?actor=RUS&limit=50', '/api/events?actor=lavrov&limit=50', '/api/events?actor=KEN&limit=50'], seconds: short },
    { name: 'root code + date range', paths: ['/api/events?root=04&from=2025-03-01&to=2025-06-30&limit=50', '/api/events?root=19&from=2025-01-01&to=2025-12-31&limit=50'], seconds: short },
    { name: 'deep page (offset 5000)', paths: ['/api/events?limit=50&offset=5000'], seconds: short },
    {
      name: `mixed /api/events (${seconds} s)`,
      paths: ['/api/events?limit=50', '/api/events?actor=RUS&limit=50', '/api/events?country=ETH&limit=100', '/api/events?root=04&from=2025-03-01&to=2025-06-30&limit=50', '/api/events?modality=asserted&limit=20&offset=200', '/api/events?code=043&limit=50'],
      seconds,
    },
  ];
  const out: string[] = [];
  out.push(`record: ${dbFile}: ${counts.documents} documents, ${counts.story_events} story events, ${counts.events} event rows`);
  out.push(`load: autocannon, ${connections} connections on loopback; node ${process.version}`);
  out.push('scenario | req/s (mean) | latency ms p50 / p90 / p99 / max | requests | non-2xx');
  for (const s of scenarios) {
    const r = await autocannon({ url: base, connections, duration: s.seconds, requests: s.paths.map((p) => ({ method: 'GET', path: p })) });
    out.push(`${s.name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} / ${r.latency.p90} / ${r.latency.p99} / ${r.latency.max} | ${r.requests.total} | ${r.non2xx}`);
  }
  await app.close();
  await store.close();
  process.stdout.write(out.join('\n') + '\n');
}

await main();
