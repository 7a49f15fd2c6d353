/** The API's shapes, as the dashboard reads them, and one fetch helper. */
import type { StoryEventRow } from '../../src/store/rows.js';
import type { ActorView, DocumentView, DyadView, PlaceView } from '../../src/server/views.js';
import type { Analysis } from '../../src/analyze/analysis.js';

export type { Page } from '../../src/server/views.js';

/**
 * What the article view needs of each annotation: the fields a stored document (the
 * server's DocumentView) and a live analysis (resolved by fromAnalysis) both give.
 */
type Stored = DocumentView;
export type ViewEntity = Pick<Stored['entities'][number], 'id' | 'type' | 'name' | 'country' | 'actor' | 'actorId' | 'titles'> & {
  mentions: { start: number; end: number; text: string }[];
};
export type ViewQuote = Pick<Stored['quotes'][number], 'id' | 'kind' | 'start' | 'end' | 'speaker' | 'speakerName' | 'cue' | 'medium'>;
export type ViewEvent = Pick<Stored['events'][number], 'id' | 'code' | 'sourceName' | 'targetName' | 'sourceActor' | 'targetActor' | 'modality' | 'date' | 'trigger' | 'goldstein' | 'location'>;
export type ViewMeeting = Pick<Stored['meetings'][number], 'id' | 'date' | 'location' | 'sides'>;

/** One article with its analysis: a stored document or a live analysis, brought to one form. */
export interface ArticleView {
  id: number | null;
  docId: string;
  date: string | null;
  title: string | null;
  text: string;
  entities: ViewEntity[];
  quotes: ViewQuote[];
  events: ViewEvent[];
  meetings: ViewMeeting[];
}

// The server's own shapes (types only: nothing from src/ is bundled), under the names the views use.
export type { ActorRow, MeetingRow } from '../../src/store/rows.js';
export type { DocumentRow, DyadPoint } from '../../src/server/views.js';
export type EventRow = StoryEventRow;
export type ActorDetail = ActorView;
export type DyadResult = DyadView;
export type Place = PlaceView;

const TOKEN_KEY = 'parley-token';

export function getToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function setToken(t: string): void {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** GET or POST JSON; the server's message becomes the error text. */
export async function api<T>(path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = data && typeof data === 'object' && 'message' in data ? String((data as { message: unknown }).message) : res.statusText;
    throw new ApiError(res.status, `${res.status}: ${msg}`);
  }
  return data as T;
}

/** Query string from the non-empty fields. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

/** A live analysis as POST /api/analyze returns it: the contract form. */
type RawAnalysis = Analysis;

/** A live analysis (the contract form) in the dashboard's form: ids resolved to names. */
export function fromAnalysis(a: RawAnalysis): ArticleView {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const name = (id: string | null): string | null => (id ? byId.get(id)?.name ?? null : null);
  return {
    id: null,
    docId: a.id,
    date: a.date,
    title: a.title ?? null,
    text: a.text,
    entities: a.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, country: e.country ?? null, actor: e.actor ?? null, actorId: null, titles: e.titles ?? [], mentions: e.mentions })),
    quotes: a.quotes.map((q) => ({ id: q.id, kind: q.kind, start: q.start, end: q.end, speaker: q.speaker, speakerName: name(q.speaker), cue: q.cue ? a.text.slice(q.cue.start, q.cue.end) : null, medium: q.medium ? a.text.slice(q.medium.start, q.medium.end) : null })),
    events: a.events.map((v) => ({ id: v.id, code: v.code, sourceName: name(v.source), targetName: name(v.target), sourceActor: v.sourceActor, targetActor: v.targetActor, modality: v.modality, date: v.date, trigger: v.trigger, goldstein: v.goldstein ?? null, location: name(v.location) })),
    meetings: a.meetings.map((m) => ({ id: m.id, date: m.date, location: name(m.location), sides: m.sides.map((s) => ({ side: s.side, participants: s.participants.map((p) => name(p) ?? p) })) })),
  };
}

export type { RawAnalysis };
