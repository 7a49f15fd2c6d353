/** The API's shapes, as the dashboard reads them, and one fetch helper. */

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  more: boolean;
}

export interface ViewEntity {
  id: string;
  type: string;
  name: string;
  country: string | null;
  actor: string | null;
  actorId: number | null;
  titles: string[];
  mentions: { start: number; end: number; text: string }[];
}

export interface ViewQuote {
  id: string;
  kind: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerName: string | null;
  cue: string | null;
}

export interface ViewEvent {
  id: string;
  code: string;
  sourceName: string | null;
  targetName: string | null;
  sourceActor: string | null;
  targetActor: string | null;
  modality: string;
  date: string | null;
  trigger: { start: number; end: number };
  goldstein: number | null;
  location: string | null;
}

export interface ViewMeeting {
  id: string;
  date: string | null;
  location: string | null;
  sides: { side: string; participants: string[] }[];
}

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

export interface EventRow {
  id: number;
  date: string | null;
  code: string;
  root: string;
  source: string | null;
  sourceActor: string | null;
  target: string | null;
  targetActor: string | null;
  modality: string;
  quadClass: number | null;
  goldstein: number | null;
  location: string | null;
  trigger: string;
  sentence: string;
  articles: number;
  sources: string[];
}

export interface ActorRow {
  id: number;
  name: string;
  type: string;
  country: string | null;
  actor: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  documents: number;
  roles: { role: string; actor: string | null; firstSeen: string | null; lastSeen: string | null }[];
}

export interface ActorDetail extends ActorRow {
  aliases: string[];
  quotes: { documentId: number; docId: string; date: string | null; kind: string; text: string; cue: string | null }[];
  events: { documentId: number; date: string | null; code: string; side: string; source: string | null; target: string | null; modality: string; goldstein: number | null; trigger: string; sentence: string }[];
  meetings: { documentId: number; date: string | null; location: string | null; sides: { side: string; participants: string[] }[] }[];
  meets: { name: string; side: string; times: number }[];
}

export interface DocumentRow {
  id: number;
  docId: string;
  date: string | null;
  title: string | null;
  source: string | null;
}

export interface MeetingRow {
  document: string;
  date: string | null;
  location: string | null;
  hours: number | null;
  sides: { side: string; participants: string[] }[];
  absent: string[];
  trigger: string;
}

export interface DyadPoint {
  period: string;
  events: number;
  cooperation: number;
  conflict: number;
  mean: number | null;
}

export interface DyadResult {
  a: string;
  b: string;
  events: number;
  truncated: boolean;
  series: DyadPoint[];
  latest: EventRow[];
}

export interface Place {
  name: string | null;
  country: string | null;
  lat: number;
  lon: number;
  events?: number;
  documents?: number;
  goldstein?: number | null;
}

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

interface RawAnalysis {
  id: string;
  date: string | null;
  title?: string;
  text: string;
  entities: { id: string; type: string; name: string; country?: string; actor?: string; titles?: string[]; mentions: { start: number; end: number; text: string }[] }[];
  quotes: { id: string; kind: string; start: number; end: number; speaker: string | null; cue: { start: number; end: number } | null }[];
  events: { id: string; code: string; source: string | null; target: string | null; sourceActor: string | null; targetActor: string | null; modality: string; date: string | null; trigger: { start: number; end: number }; goldstein?: number; location: string | null }[];
  meetings: { id: string; date: string | null; location: string | null; sides: { side: string; participants: string[] }[] }[];
}

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
    quotes: a.quotes.map((q) => ({ id: q.id, kind: q.kind, start: q.start, end: q.end, speaker: q.speaker, speakerName: name(q.speaker), cue: q.cue ? a.text.slice(q.cue.start, q.cue.end) : null })),
    events: a.events.map((v) => ({ id: v.id, code: v.code, sourceName: name(v.source), targetName: name(v.target), sourceActor: v.sourceActor, targetActor: v.targetActor, modality: v.modality, date: v.date, trigger: v.trigger, goldstein: v.goldstein ?? null, location: name(v.location) })),
    meetings: a.meetings.map((m) => ({ id: m.id, date: m.date, location: name(m.location), sides: m.sides.map((s) => ({ side: s.side, participants: s.participants.map((p) => name(p) ?? p) })) })),
  };
}

export type { RawAnalysis };
