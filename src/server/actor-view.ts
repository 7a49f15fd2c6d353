import { aliasKey } from '../analyze/known-actors.js';
import type { Store } from '../store/store.js';
import type { ActorView } from './views.js';

export type { ActorView } from './views.js';

/** How many quotes, events and meetings one actor page shows: the newest ones. */
const PER_SECTION = 200;


/** Everything the record holds about one knowledge-base actor. */
export async function actorView(store: Store, id: number): Promise<ActorView | null> {
  const a = await store.db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return null;
  const [aliases, roles, quotes, events, meetingRows] = await Promise.all([
    store.db.selectFrom('actor_aliases').select('alias').where('actor_id', '=', id).orderBy('alias').execute(),
    store.db.selectFrom('actor_roles').selectAll().where('actor_id', '=', id).orderBy('first_seen').orderBy('role').execute(),
    store.db
      .selectFrom('quotes')
      .innerJoin('entities', (j) => j.onRef('entities.document_id', '=', 'quotes.document_id').onRef('entities.local_id', '=', 'quotes.speaker_local'))
      .innerJoin('documents', 'documents.id', 'quotes.document_id')
      .select(['documents.id', 'documents.doc_id', 'documents.date', 'quotes.kind', 'quotes.text', 'quotes.cue_text'])
      .where('entities.actor_id', '=', id)
      .orderBy('documents.date', 'desc')
      .orderBy('quotes.start_offset')
      .limit(PER_SECTION)
      .execute(),
    store.db
      .selectFrom('events')
      .innerJoin('entities', (j) =>
        j.onRef('entities.document_id', '=', 'events.document_id').on((eb) => eb.or([eb('entities.local_id', '=', eb.ref('events.source_local')), eb('entities.local_id', '=', eb.ref('events.target_local'))])),
      )
      .select(['events.document_id', 'events.date', 'events.code', 'events.source_local', 'entities.local_id', 'events.source_name', 'events.target_name', 'events.source_actor', 'events.target_actor', 'events.modality', 'events.goldstein', 'events.trigger_text', 'events.sentence_text'])
      .where('entities.actor_id', '=', id)
      .orderBy('events.date', 'desc')
      .limit(PER_SECTION)
      .execute(),
    store.db
      .selectFrom('meetings')
      .innerJoin('entities', 'entities.document_id', 'meetings.document_id')
      .select(['meetings.document_id', 'meetings.date', 'meetings.location_name', 'meetings.sides'])
      .distinct()
      .where('entities.actor_id', '=', id)
      .orderBy('meetings.date', 'desc')
      .limit(PER_SECTION)
      .execute(),
  ]);
  // Meeting sides hold participant names as written: the actor is there under one of its aliases.
  const names = new Set([aliasKey(a.name), ...aliases.map((x) => aliasKey(x.alias))]);
  const isMe = (p: string): boolean => names.has(aliasKey(p));
  const meetings = meetingRows
    .map((m) => ({ documentId: m.document_id, date: m.date, location: m.location_name, sides: JSON.parse(m.sides) as { side: string; participants: string[] }[] }))
    .filter((m) => m.sides.some((s) => s.participants.some(isMe)));
  const meets = new Map<string, { name: string; side: string; times: number }>();
  for (const m of meetings) {
    for (const s of m.sides) {
      for (const p of s.participants) {
        if (isMe(p)) continue;
        const k = aliasKey(p);
        const cur = meets.get(k) ?? { name: p, side: s.side, times: 0 };
        cur.times++;
        meets.set(k, cur);
      }
    }
  }
  return {
    id: a.id,
    name: a.name,
    type: a.type,
    country: a.country,
    actor: a.actor,
    firstSeen: a.first_seen,
    lastSeen: a.last_seen,
    documents: Number(a.documents),
    aliases: aliases.map((x) => x.alias),
    roles: roles.map((r) => ({ role: r.role, actor: r.actor, firstSeen: r.first_seen, lastSeen: r.last_seen })),
    quotes: quotes.map((q) => ({ documentId: q.id, docId: q.doc_id, date: q.date, kind: q.kind, text: q.text, cue: q.cue_text })),
    events: events.map((v) => ({
      documentId: v.document_id,
      date: v.date,
      code: v.code,
      side: v.source_local === v.local_id ? 'source' : 'target',
      source: v.source_name,
      target: v.target_name,
      sourceActor: v.source_actor,
      targetActor: v.target_actor,
      modality: v.modality,
      goldstein: v.goldstein,
      trigger: v.trigger_text,
      sentence: v.sentence_text,
    })),
    meetings,
    meets: [...meets.values()].sort((x, y) => y.times - x.times || x.name.localeCompare(y.name)),
  };
}
