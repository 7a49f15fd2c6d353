import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { actors, meetings, quotes, search, storyEvents, type Filters } from '../store/queries.js';
import type { Store } from '../store/store.js';
import { actorView } from './actor-view.js';
import { documentView, listDocuments } from './documents.js';
import { dyadSeries, type Interval } from './dyad.js';
import type { DyadView, Page as ApiPage, PlacesView } from './views.js';
import { anyObject, errorSchema, filterQuery, LIMITS, pageOf, pageQuery, querySchema } from './schemas.js';

type Page = { limit: number; offset: number };
type FilterQs = Page & Omit<Filters, 'limit' | 'offset'>;

/** Asks for one row more than the page holds, to tell whether another page follows. */
async function page<T>(p: Page, fetch: (f: { limit: number; offset: number }) => Promise<T[]>): Promise<ApiPage<T>> {
  const rows = await fetch({ limit: p.limit + 1, offset: p.offset });
  return { items: rows.slice(0, p.limit), limit: p.limit, offset: p.offset, more: rows.length > p.limit };
}

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } };
const notFound = { 404: errorSchema };

export function registerReadRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/health', { schema: { tags: ['meta'], summary: 'liveness and row counts' } }, async () => ({ ok: true, counts: await store.counts() }));

  app.get<{ Querystring: Page & { from?: string; to?: string } }>(
    '/api/documents',
    { schema: { tags: ['documents'], summary: 'stored articles, newest first', querystring: querySchema({ ...pageQuery, from: filterQuery.from, to: filterQuery.to }), response: { 200: pageOf(anyObject) } } },
    async (req) => page(req.query, (p) => listDocuments(store, { ...req.query, ...p })),
  );

  app.get<{ Params: { id: number } }>(
    '/api/documents/:id',
    { schema: { tags: ['documents'], summary: 'one article with its stored analysis (entities, quotes, events, meetings)', params: idParams, response: { 200: anyObject, ...notFound } } },
    async (req, reply) => (await documentView(store, req.params.id)) ?? reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no document ${req.params.id}` }),
  );

  app.get<{ Querystring: FilterQs }>(
    '/api/actors',
    { schema: { tags: ['actors'], summary: 'the actor knowledge base, most reported first', querystring: querySchema({ ...pageQuery, actor: filterQuery.actor, country: filterQuery.country, from: filterQuery.from, to: filterQuery.to }), response: { 200: pageOf(anyObject) } } },
    async (req) => page(req.query, (p) => actors(store, { ...req.query, ...p })),
  );

  app.get<{ Params: { id: number } }>(
    '/api/actors/:id',
    { schema: { tags: ['actors'], summary: 'one actor: roles over time, quotes, events, whom they meet', params: idParams, response: { 200: anyObject, ...notFound } } },
    async (req, reply) => (await actorView(store, req.params.id)) ?? reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no actor ${req.params.id}` }),
  );

  app.get<{ Querystring: FilterQs }>(
    '/api/events',
    { schema: { tags: ['events'], summary: 'events, counted once per story, oldest first', querystring: querySchema({ ...pageQuery, ...filterQuery }), response: { 200: pageOf(anyObject) } } },
    async (req) => page(req.query, (p) => storyEvents(store, { ...req.query, ...p })),
  );

  app.get<{ Querystring: FilterQs }>(
    '/api/quotes',
    { schema: { tags: ['quotes'], summary: 'quotations with their speakers', querystring: querySchema({ ...pageQuery, actor: filterQuery.actor, country: filterQuery.country, from: filterQuery.from, to: filterQuery.to }), response: { 200: pageOf(anyObject) } } },
    async (req) => page(req.query, (p) => quotes(store, { ...req.query, ...p })),
  );

  app.get<{ Querystring: FilterQs }>(
    '/api/meetings',
    { schema: { tags: ['meetings'], summary: 'meetings with participants by side', querystring: querySchema({ ...pageQuery, actor: filterQuery.actor, country: filterQuery.country, from: filterQuery.from, to: filterQuery.to }), response: { 200: pageOf(anyObject) } } },
    async (req) => page(req.query, (p) => meetings(store, { ...req.query, ...p })),
  );

  app.get<{ Querystring: { a: string; b: string; from?: string; to?: string; interval: Interval } }>(
    '/api/dyad',
    {
      schema: {
        tags: ['events'],
        summary: 'cooperation and conflict between two actors over time, from Goldstein scores',
        querystring: querySchema({ a: filterQuery.actor, b: filterQuery.actor, from: filterQuery.from, to: filterQuery.to, interval: { type: 'string', enum: ['day', 'week', 'month'], default: 'month' } }, ['a', 'b']),
        response: { 200: anyObject },
      },
    },
    async (req) => {
      const { a, b, interval } = req.query;
      const rows = await storyEvents(store, { from: req.query.from, to: req.query.to, limit: LIMITS.maxDyadEvents + 1 }, [a, b]);
      const truncated = rows.length > LIMITS.maxDyadEvents;
      const used = rows.slice(0, LIMITS.maxDyadEvents);
      const view: DyadView = { a, b, interval, events: used.length, truncated, series: dyadSeries(used, interval), latest: used.slice(-100).reverse() };
      return view;
    },
  );

  app.get<{ Querystring: Page & { q: string; from?: string; to?: string } }>(
    '/api/search',
    { schema: { tags: ['documents'], summary: 'full-text search: every word must occur', querystring: querySchema({ ...pageQuery, q: { type: 'string', minLength: 1, maxLength: 200 }, from: filterQuery.from, to: filterQuery.to }, ['q']), response: { 200: pageOf(anyObject) } } },
    async (req) => page(req.query, (p) => search(store, req.query.q, { from: req.query.from, to: req.query.to, ...p })),
  );

  app.get<{ Querystring: { from?: string; to?: string; actor?: string } }>(
    '/api/places',
    { schema: { tags: ['events'], summary: 'where events happened, and places the articles mention, with coordinates', querystring: querySchema({ from: filterQuery.from, to: filterQuery.to, actor: filterQuery.actor }), response: { 200: anyObject } } },
    async (req) => places(store, req.query),
  );
}

/** Event locations (story events with coordinates) and mentioned places, each grouped by name. */
async function places(store: Store, f: { from?: string; to?: string; actor?: string }): Promise<PlacesView> {
  let ev = store.db
    .selectFrom('story_events')
    .select(['location_name', 'location_country', sql<number>`avg(lat)`.as('lat'), sql<number>`avg(lon)`.as('lon'), sql<number>`count(*)`.as('n'), sql<number>`avg(goldstein)`.as('goldstein')])
    .where('lat', 'is not', null)
    .where('lon', 'is not', null);
  if (f.from) ev = ev.where('date', '>=', f.from);
  if (f.to) ev = ev.where('date', '<=', f.to);
  if (f.actor) {
    const a = f.actor;
    ev = ev.where((eb) => eb.or([eb('source_actor', 'like', `${a.toUpperCase()}%`), eb('target_actor', 'like', `${a.toUpperCase()}%`), eb(eb.fn('lower', ['source_name']), 'like', `%${a.toLowerCase()}%`), eb(eb.fn('lower', ['target_name']), 'like', `%${a.toLowerCase()}%`)]));
  }
  const events = await ev.groupBy(['location_name', 'location_country']).orderBy('n', 'desc').limit(500).execute();
  let men = store.db
    .selectFrom('entities')
    .innerJoin('documents', 'documents.id', 'entities.document_id')
    .select(['entities.name', 'entities.country', sql<number>`avg(entities.lat)`.as('lat'), sql<number>`avg(entities.lon)`.as('lon'), sql<number>`count(distinct entities.document_id)`.as('n')])
    .where('entities.lat', 'is not', null)
    .where('entities.lon', 'is not', null);
  if (f.from) men = men.where('documents.date', '>=', f.from);
  if (f.to) men = men.where('documents.date', '<=', f.to);
  const mentioned = await men.groupBy(['entities.name', 'entities.country']).orderBy('n', 'desc').limit(500).execute();
  return {
    events: events.map((r) => ({ name: r.location_name, country: r.location_country, lat: Number(r.lat), lon: Number(r.lon), events: Number(r.n), goldstein: r.goldstein === null ? null : Number(r.goldstein) })),
    mentioned: mentioned.map((r) => ({ name: r.name, country: r.country, lat: Number(r.lat), lon: Number(r.lon), documents: Number(r.n) })),
  };
}
