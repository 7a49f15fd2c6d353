import type { Analysis } from '../analyze/analysis.js';
import type { Entity, EntityType, Event, Meeting, Modality, Quote, QuoteKind } from '../extract/types.js';
import { storyEvents, type Filters, type StoryEventRow } from './queries.js';
import type { Store } from './store.js';

const PAGE = 200;

/** Every stored document as its analysis (the contract form), oldest row first, in pages. */
export async function* storedAnalyses(store: Store): AsyncGenerator<Analysis> {
  let after = 0;
  for (;;) {
    const docs = await store.db.selectFrom('documents').selectAll().where('id', '>', after).orderBy('id').limit(PAGE).execute();
    if (docs.length === 0) return;
    const ids = docs.map((d) => d.id);
    const [ents, ments, quotes, events, meetings] = await Promise.all([
      store.db.selectFrom('entities').selectAll().where('document_id', 'in', ids).execute(),
      store.db.selectFrom('mentions').selectAll().where('document_id', 'in', ids).orderBy('document_id').orderBy('start_offset').execute(),
      store.db.selectFrom('quotes').selectAll().where('document_id', 'in', ids).orderBy('document_id').orderBy('start_offset').execute(),
      store.db.selectFrom('events').selectAll().where('document_id', 'in', ids).orderBy('document_id').orderBy('trigger_start').execute(),
      store.db.selectFrom('meetings').selectAll().where('document_id', 'in', ids).orderBy('document_id').orderBy('local_id').execute(),
    ]);
    for (const d of docs) {
      const localNum = (id: string): number => Number(id.replace(/\D/g, '')) || 0;
      const entities: Entity[] = ents
        .filter((e) => e.document_id === d.id)
        .sort((a, b) => localNum(a.local_id) - localNum(b.local_id))
        .map((e) => ({
          id: e.local_id,
          type: e.type as EntityType,
          name: e.name,
          mentions: ments
            .filter((m) => m.document_id === d.id && m.entity_local === e.local_id)
            .map((m) => ({ start: m.start_offset, end: m.end_offset, text: m.text, ...(m.kind ? { kind: m.kind as 'name' } : {}) })),
          ...(e.titles ? { titles: JSON.parse(e.titles) as string[] } : {}),
          ...(e.country ? { country: e.country } : {}),
          ...(e.actor ? { actor: e.actor } : {}),
          ...(e.lat !== null ? { lat: e.lat } : {}),
          ...(e.lon !== null ? { lon: e.lon } : {}),
        }));
      const a: Analysis = {
        id: d.doc_id,
        date: d.date,
        text: d.text,
        ...(d.title ? { title: d.title } : {}),
        ...(d.url ? { url: d.url } : {}),
        ...(d.source ? { source: d.source } : {}),
        sentences: (JSON.parse(d.sentences) as [number, number][]).map(([start, end]) => ({ start, end })),
        entities,
        quotes: quotes
          .filter((q) => q.document_id === d.id)
          .map((q): Quote => ({ id: q.local_id, kind: q.kind as QuoteKind, start: q.start_offset, end: q.end_offset, speaker: q.speaker_local, speakerMention: null, cue: null })),
        events: events
          .filter((v) => v.document_id === d.id)
          .map((v): Event => ({
            id: v.local_id,
            code: v.code,
            source: v.source_local,
            target: v.target_local,
            sourceActor: v.source_actor,
            targetActor: v.target_actor,
            location: null,
            date: v.date,
            modality: v.modality as Modality,
            trigger: { start: v.trigger_start, end: v.trigger_end },
            sentence: v.sentence,
            ...(v.quad_class !== null ? { quadClass: v.quad_class as 1 | 2 | 3 | 4 } : {}),
            ...(v.goldstein !== null ? { goldstein: v.goldstein } : {}),
            ...(v.plover ? { plover: v.plover } : {}),
          })),
        meetings: meetings
          .filter((m) => m.document_id === d.id)
          .map((m): Meeting => ({
            id: m.local_id,
            date: m.date,
            location: null,
            durationHours: m.duration_hours,
            sides: JSON.parse(m.sides) as Meeting['sides'],
            absent: JSON.parse(m.absent) as string[],
            events: JSON.parse(m.events) as string[],
            quotes: JSON.parse(m.quotes) as string[],
            trigger: { start: 0, end: 0 },
          })),
        ...(d.tone !== null ? { tone: d.tone } : {}),
      };
      yield a;
    }
    after = docs[docs.length - 1].id;
  }
}

/** Story events in id order, page by page, so exports of any size stay in bounded memory. */
export async function* allStoryEvents(store: Store, f: Filters = {}): AsyncGenerator<StoryEventRow> {
  let after = 0;
  for (;;) {
    const rows = await storyEvents(store, { ...f, limit: PAGE }, undefined, { afterId: after });
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1].id;
  }
}

/** The columns of GDELT 2.0's event table, in its order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** CAMEO actor code → GDELT's split: country, known group, and up to three role types. */
export function splitActorCode(code: string | null, country: string | null): { country: string; group: string; types: [string, string, string] } {
  const c = code ?? '';
  const parts: string[] = [];
  let ctry = '';
  let group = '';
  let rest = c;
  if (rest.startsWith('IGO') || rest.startsWith('NGO')) {
    parts.push(rest.slice(0, 3));
    group = rest.slice(3, 6);
    rest = rest.slice(6);
  } else if (rest.length >= 3) {
    ctry = rest.slice(0, 3);
    rest = rest.slice(3);
  }
  for (let i = 0; i + 3 <= rest.length && parts.length < 3; i += 3) parts.push(rest.slice(i, i + 3));
  return { country: ctry || country || '', group, types: [parts[0] ?? '', parts[1] ?? '', parts[2] ?? ''] };
}

function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000 + 1;
  return (y + day / 365).toFixed(4);
}

/** One GDELT 2.0 event-table row (tab-separated) for a story event. */
export function gdeltRow(e: StoryEventRow): string {
  const date = e.date ?? '';
  const compact = date.replace(/-/g, '');
  const a1 = splitActorCode(e.sourceActor, e.sourceCountry);
  const a2 = splitActorCode(e.targetActor, e.targetCountry);
  const actor = (code: string | null, name: string | null, s: ReturnType<typeof splitActorCode>): string[] =>
    code || name ? [code ?? '', (name ?? '').toUpperCase(), s.country, s.group, '', '', '', ...s.types] : ['', '', '', '', '', '', '', '', '', ''];
  const emptyGeo = ['0', '', '', '', '', '', '', ''];
  const actionGeo =
    e.lat !== null && e.lon !== null
      ? ['4', e.location ?? '', e.locationCountry ?? '', '', '', String(e.lat), String(e.lon), '']
      : e.location || e.locationCountry
        ? [e.locationCountry ? '1' : '0', e.location ?? '', e.locationCountry ?? '', '', '', '', '', '']
        : emptyGeo;
  const cells = [
    String(e.id),
    compact,
    compact.slice(0, 6),
    compact.slice(0, 4),
    date ? fractionDate(date) : '',
    ...actor(e.sourceActor, e.source, a1),
    ...actor(e.targetActor, e.target, a2),
    e.lead ? '1' : '0',
    e.code,
    e.code.slice(0, 3),
    e.root,
    e.quadClass === null ? '' : String(e.quadClass),
    e.goldstein === null ? '' : String(e.goldstein),
    String(e.mentions),
    String(e.outlets),
    String(e.articles),
    // Our tone is -1..1; GDELT's AvgTone is a word-share difference that in practice spans about -10..10.
    e.tone === null ? '' : (e.tone * 10).toFixed(4),
    ...emptyGeo,
    ...emptyGeo,
    ...actionGeo,
    e.added.replace(/\D/g, '').slice(0, 14),
    e.sources[0] ?? '',
  ];
  return cells.map((c) => c.replace(/[\t\n\r]/g, ' ')).join('\t');
}
