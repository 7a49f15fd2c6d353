import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Store } from './store.js';
import type { Database } from './schema.js';
import type { ActorRow, MeetingRow, QuoteRow, SearchRow, StoryEventRow } from './rows.js';

export type { ActorRow, MeetingRow, QuoteRow, SearchRow, StoryEventRow } from './rows.js';

/** Filters shared by the query commands; each one narrows, absent ones do not. */
export interface Filters {
  /** CAMEO actor code prefix ("RUS", "USAGOV") or part of a name ("Lavrov"). */
  actor?: string;
  /** ISO alpha-3 country of either side. */
  country?: string;
  /** CAMEO event code prefix ("04", "043"). */
  code?: string;
  /** CAMEO root code, exactly ("04"). */
  root?: string;
  from?: string;
  to?: string;
  modality?: string;
  limit?: number;
  /** Rows to skip before the first one returned (pages); used together with `limit`. */
  offset?: number;
}


type EventEb = ExpressionBuilder<Database, 'story_events'>;

/** "Matches actor A" on one side of an event: code prefix, country, or part of the name. */
function sideMatches(eb: EventEb, side: 'source' | 'target', a: string): Expression<SqlBool> {
  const code = `story_events.${side}_actor` as const;
  const country = `story_events.${side}_country` as const;
  const name = `story_events.${side}_name` as const;
  return eb.or([
    eb(code, 'like', `${a.toUpperCase()}%`),
    eb(country, '=', a.toUpperCase()),
    eb(eb.fn('lower', [name]), 'like', `%${a.toLowerCase()}%`),
  ]);
}

/** Events counted once per story, each with every document that reported it. */
export async function storyEvents(store: Store, f: Filters, dyad?: [string, string], page?: { afterId: number }): Promise<StoryEventRow[]> {
  let q = store.db
    .selectFrom('story_events')
    .innerJoin('events', 'events.story_event_id', 'story_events.id')
    .innerJoin('documents', 'documents.id', 'events.document_id')
    .select((eb) => [
      'story_events.id',
      'story_events.date',
      'story_events.code',
      'story_events.root_code',
      'story_events.source_name',
      'story_events.source_actor',
      'story_events.target_name',
      'story_events.target_actor',
      'story_events.modality',
      'story_events.quad_class',
      'story_events.goldstein',
      'story_events.location_name',
      'story_events.trigger_text',
      'story_events.sentence_text',
      eb.fn.countAll<number>().as('mentions'),
      eb.fn.count<number>('events.document_id').distinct().as('articles'),
      sql<number>`count(distinct coalesce(documents.source, documents.url, documents.doc_id))`.as('outlets'),
      'story_events.source_country',
      'story_events.target_country',
      'story_events.location_country',
      'story_events.lat',
      'story_events.lon',
      eb.fn.avg<number | null>('documents.tone').as('tone'),
      eb.fn.min<number>('events.sentence').as('first_sentence'),
      eb.fn.min<string>('documents.ingested_at').as('added'),
    ])
    .groupBy('story_events.id');
  // The page is chosen on story_events alone (filters, order, limit), and only its rows are
  // then joined and aggregated: aggregating every story before sorting made a page of a
  // large record cost a scan of all its events.
  let pageIds = store.db.selectFrom('story_events').select('story_events.id');
  if (f.actor) pageIds = pageIds.where((eb) => eb.or([sideMatches(eb, 'source', f.actor!), sideMatches(eb, 'target', f.actor!)]));
  if (f.country) pageIds = pageIds.where((eb) => eb.or([eb('story_events.source_country', '=', f.country!.toUpperCase()), eb('story_events.target_country', '=', f.country!.toUpperCase())]));
  if (f.code) pageIds = pageIds.where('story_events.code', 'like', `${f.code}%`);
  if (f.root) pageIds = pageIds.where('story_events.root_code', '=', f.root.padStart(2, '0'));
  if (f.from) pageIds = pageIds.where('story_events.date', '>=', f.from);
  if (f.to) pageIds = pageIds.where('story_events.date', '<=', f.to);
  if (f.modality) pageIds = pageIds.where('story_events.modality', '=', f.modality);
  if (dyad) {
    const [a, b] = dyad;
    pageIds = pageIds.where((eb) => eb.or([eb.and([sideMatches(eb, 'source', a), sideMatches(eb, 'target', b)]), eb.and([sideMatches(eb, 'source', b), sideMatches(eb, 'target', a)])]));
  }
  if (page) pageIds = pageIds.where('story_events.id', '>', page.afterId).orderBy('story_events.id');
  else pageIds = pageIds.orderBy('story_events.date').orderBy('story_events.id');
  if (f.limit) pageIds = pageIds.limit(f.limit);
  if (f.limit && f.offset) pageIds = pageIds.offset(f.offset);
  q = q.where('story_events.id', 'in', pageIds);
  q = page ? q.orderBy('story_events.id') : q.orderBy('story_events.date').orderBy('story_events.id');
  const rows = await q.execute();
  const sources = new Map<number, string[]>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const part = await store.db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.document_id')
      .select(['events.story_event_id', 'documents.doc_id', 'documents.source', 'documents.url'])
      .distinct()
      .where('events.story_event_id', 'in', ids.slice(i, i + 500))
      .orderBy('events.story_event_id')
      .orderBy('documents.doc_id')
      .execute();
    for (const p of part) {
      const list = sources.get(p.story_event_id as number) ?? [];
      list.push(p.url ?? (p.source ? `${p.source}:${p.doc_id}` : p.doc_id));
      sources.set(p.story_event_id as number, list);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    code: r.code,
    root: r.root_code,
    source: r.source_name,
    sourceActor: r.source_actor,
    target: r.target_name,
    targetActor: r.target_actor,
    modality: r.modality,
    quadClass: r.quad_class,
    goldstein: r.goldstein,
    location: r.location_name,
    trigger: r.trigger_text,
    mentions: Number(r.mentions),
    articles: Number(r.articles),
    outlets: Number(r.outlets),
    sources: [...new Set(sources.get(r.id) ?? [])],
    sentence: r.sentence_text,
    sourceCountry: r.source_country,
    targetCountry: r.target_country,
    locationCountry: r.location_country,
    lat: r.lat,
    lon: r.lon,
    tone: r.tone === null || r.tone === undefined ? null : Number(r.tone),
    lead: Number(r.first_sentence) === 0,
    added: r.added,
  }));
}


export async function quotes(store: Store, f: Filters): Promise<QuoteRow[]> {
  let q = store.db
    .selectFrom('quotes')
    .innerJoin('documents', 'documents.id', 'quotes.document_id')
    .select(['documents.doc_id', 'documents.date', 'quotes.speaker_name', 'quotes.speaker_actor', 'quotes.speaker_country', 'quotes.kind', 'quotes.cue_text', 'quotes.addressee_text', 'quotes.medium_text', 'quotes.text']);
  if (f.actor) {
    const a = f.actor;
    q = q.where((eb) => eb.or([eb('quotes.speaker_actor', 'like', `${a.toUpperCase()}%`), eb(eb.fn('lower', ['quotes.speaker_name']), 'like', `%${a.toLowerCase()}%`)]));
  }
  if (f.country) q = q.where('quotes.speaker_country', '=', f.country.toUpperCase());
  if (f.from) q = q.where('documents.date', '>=', f.from);
  if (f.to) q = q.where('documents.date', '<=', f.to);
  q = q.orderBy('documents.date').orderBy('documents.id').orderBy('quotes.start_offset');
  if (f.limit) q = q.limit(f.limit);
  if (f.limit && f.offset) q = q.offset(f.offset);
  return (await q.execute()).map((r) => ({
    document: r.doc_id,
    date: r.date,
    speaker: r.speaker_name,
    actor: r.speaker_actor,
    country: r.speaker_country,
    kind: r.kind,
    cue: r.cue_text,
    addressee: r.addressee_text,
    medium: r.medium_text,
    text: r.text,
  }));
}


export async function actors(store: Store, f: Filters): Promise<ActorRow[]> {
  let q = store.db.selectFrom('actors').selectAll();
  if (f.actor) {
    const a = f.actor.toLowerCase();
    q = q.where((eb) =>
      eb.or([
        eb('actors.actor', 'like', `${f.actor!.toUpperCase()}%`),
        eb(eb.fn('lower', ['actors.name']), 'like', `%${a}%`),
        eb.exists(eb.selectFrom('actor_aliases').select('actor_aliases.actor_id').whereRef('actor_aliases.actor_id', '=', 'actors.id').where('actor_aliases.alias', 'like', `%${a}%`)),
      ]),
    );
  }
  if (f.country) q = q.where('actors.country', '=', f.country.toUpperCase());
  if (f.from) q = q.where('actors.last_seen', '>=', f.from);
  if (f.to) q = q.where('actors.first_seen', '<=', f.to);
  q = q.orderBy('actors.documents', 'desc').orderBy('actors.id');
  if (f.limit) q = q.limit(f.limit);
  if (f.limit && f.offset) q = q.offset(f.offset);
  const rows = await q.execute();
  const ids = rows.map((r) => r.id);
  const aliases = new Map<number, string[]>();
  const roles = new Map<number, ActorRow['roles']>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    for (const al of await store.db.selectFrom('actor_aliases').selectAll().where('actor_id', 'in', part).orderBy('actor_id').orderBy('alias').execute()) {
      aliases.set(al.actor_id, [...(aliases.get(al.actor_id) ?? []), al.alias]);
    }
    for (const r of await store.db.selectFrom('actor_roles').selectAll().where('actor_id', 'in', part).orderBy('actor_id').orderBy('first_seen').orderBy('role').execute()) {
      roles.set(r.actor_id, [...(roles.get(r.actor_id) ?? []), { role: r.role, actor: r.actor, firstSeen: r.first_seen, lastSeen: r.last_seen }]);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    country: r.country,
    actor: r.actor,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    documents: Number(r.documents),
    aliases: aliases.get(r.id) ?? [],
    roles: roles.get(r.id) ?? [],
  }));
}


export async function meetings(store: Store, f: Filters): Promise<MeetingRow[]> {
  let q = store.db
    .selectFrom('meetings')
    .innerJoin('documents', 'documents.id', 'meetings.document_id')
    .select(['documents.doc_id', 'meetings.date', 'meetings.location_name', 'meetings.duration_hours', 'meetings.sides', 'meetings.absent', 'meetings.trigger_text']);
  if (f.actor) q = q.where(sql<string>`lower(meetings.sides)`, 'like', `%${f.actor.toLowerCase()}%`);
  if (f.country) q = q.where('meetings.sides', 'like', `%"side":"${f.country.toUpperCase()}%`);
  if (f.from) q = q.where('meetings.date', '>=', f.from);
  if (f.to) q = q.where('meetings.date', '<=', f.to);
  q = q.orderBy('meetings.date').orderBy('documents.id').orderBy('meetings.local_id');
  if (f.limit) q = q.limit(f.limit);
  if (f.limit && f.offset) q = q.offset(f.offset);
  return (await q.execute()).map((r) => ({
    document: r.doc_id,
    date: r.date,
    location: r.location_name,
    hours: r.duration_hours,
    sides: JSON.parse(r.sides) as MeetingRow['sides'],
    absent: JSON.parse(r.absent) as string[],
    trigger: r.trigger_text,
  }));
}


/** The words of a search, as both full-text engines split them. */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

/** Full-text search over titles and texts: every word must occur (FTS5 on SQLite, tsvector on PostgreSQL). */
export async function search(store: Store, text: string, f: Filters): Promise<SearchRow[]> {
  const terms = searchTerms(text);
  if (terms.length === 0) return [];
  let q = store.db.selectFrom('documents').select(['documents.id', 'documents.doc_id', 'documents.date', 'documents.title', 'documents.text']);
  if (store.dialect === 'sqlite') {
    const match = terms.map((t) => `"${t}"`).join(' ');
    q = q.where(sql<boolean>`documents.id in (select rowid from documents_fts where documents_fts match ${match})`);
  } else {
    q = q.where(sql<boolean>`documents.tsv @@ to_tsquery('simple', ${terms.join(' & ')})`);
  }
  if (f.from) q = q.where('documents.date', '>=', f.from);
  if (f.to) q = q.where('documents.date', '<=', f.to);
  q = q.orderBy('documents.date').orderBy('documents.id');
  if (f.limit) q = q.limit(f.limit);
  if (f.limit && f.offset) q = q.offset(f.offset);
  return (await q.execute()).map((r) => ({ document: r.doc_id, date: r.date, title: r.title, snippet: snippet(r.text, terms[0]) }));
}

function snippet(text: string, term: string): string {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  const at = m ? m.index : 0;
  const start = Math.max(0, at - 60);
  const s = text.slice(start, at + 80).replace(/\s+/g, ' ').trim();
  return (start > 0 ? '…' : '') + s + (at + 80 < text.length ? '…' : '');
}
