import type { Store } from '../store/store.js';
import type { DocumentRow, DocumentView } from './views.js';

export type { DocumentRow, DocumentView } from './views.js';

export interface DocumentFilters {
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function listDocuments(store: Store, f: DocumentFilters): Promise<DocumentRow[]> {
  let q = store.db.selectFrom('documents').select(['id', 'doc_id', 'date', 'title', 'source', 'url', 'story_id', 'tone']);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  const rows = await q.orderBy('date', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({ id: r.id, docId: r.doc_id, date: r.date, title: r.title, source: r.source, url: r.url, storyId: r.story_id, tone: r.tone }));
}


export async function documentView(store: Store, id: number): Promise<DocumentView | null> {
  const d = await store.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) return null;
  const [ents, ments, quotes, events, meetings] = await Promise.all([
    store.db.selectFrom('entities').selectAll().where('document_id', '=', id).execute(),
    store.db.selectFrom('mentions').selectAll().where('document_id', '=', id).orderBy('start_offset').execute(),
    store.db.selectFrom('quotes').selectAll().where('document_id', '=', id).orderBy('start_offset').execute(),
    store.db.selectFrom('events').selectAll().where('document_id', '=', id).orderBy('trigger_start').execute(),
    store.db.selectFrom('meetings').selectAll().where('document_id', '=', id).orderBy('local_id').execute(),
  ]);
  const localNum = (s: string): number => Number(s.replace(/\D/g, '')) || 0;
  return {
    id: d.id,
    docId: d.doc_id,
    date: d.date,
    title: d.title,
    source: d.source,
    url: d.url,
    storyId: d.story_id,
    tone: d.tone,
    text: d.text,
    sentences: (JSON.parse(d.sentences) as [number, number][]).map(([start, end]) => ({ start, end })),
    entities: ents
      .sort((a, b) => localNum(a.local_id) - localNum(b.local_id))
      .map((e) => ({
        id: e.local_id,
        type: e.type,
        name: e.name,
        country: e.country,
        actor: e.actor,
        actorId: e.actor_id,
        titles: e.titles ? (JSON.parse(e.titles) as string[]) : [],
        lat: e.lat,
        lon: e.lon,
        mentions: ments.filter((m) => m.entity_local === e.local_id).map((m) => ({ start: m.start_offset, end: m.end_offset, text: m.text, kind: m.kind })),
      })),
    quotes: quotes.map((q) => ({
      id: q.local_id,
      kind: q.kind,
      start: q.start_offset,
      end: q.end_offset,
      text: q.text,
      speaker: q.speaker_local,
      speakerName: q.speaker_name,
      cue: q.cue_text,
      addressee: q.addressee_text,
      medium: q.medium_text,
      tone: q.tone,
    })),
    events: events.map((v) => ({
      id: v.local_id,
      code: v.code,
      root: v.root_code,
      source: v.source_local,
      target: v.target_local,
      sourceName: v.source_name,
      targetName: v.target_name,
      sourceActor: v.source_actor,
      targetActor: v.target_actor,
      location: v.location_name,
      date: v.date,
      modality: v.modality,
      trigger: { start: v.trigger_start, end: v.trigger_end },
      goldstein: v.goldstein,
      quadClass: v.quad_class,
      storyEventId: v.story_event_id,
    })),
    meetings: meetings.map((m) => ({
      id: m.local_id,
      date: m.date,
      location: m.location_name,
      hours: m.duration_hours,
      sides: JSON.parse(m.sides) as { side: string; participants: string[] }[],
      absent: JSON.parse(m.absent) as string[],
      trigger: m.trigger_text,
    })),
  };
}
