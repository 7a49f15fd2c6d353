/**
 * The shapes the HTTP API sends (besides the store's rows, src/store/rows.ts). Types
 * only, importing nothing but those rows, so that the dashboard (web/) is checked against
 * the very shapes the server declares.
 */
import type { ActorRow, StoryEventRow } from '../store/rows.js';

/** One page of a list: `more` tells whether another page follows. */
export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  more: boolean;
}

/** One stored article in the list: enough to pick it. */
export interface DocumentRow {
  id: number;
  docId: string;
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  storyId: number | null;
  tone: number | null;
}

/**
 * A stored article with its analysis, shaped for reading: the contract's offsets plus the
 * names and knowledge-base ids that the dashboard links to (speaker names, actor pages).
 */
export interface DocumentView extends DocumentRow {
  text: string;
  sentences: { start: number; end: number }[];
  entities: {
    id: string;
    type: string;
    name: string;
    country: string | null;
    actor: string | null;
    actorId: number | null;
    titles: string[];
    lat: number | null;
    lon: number | null;
    mentions: { start: number; end: number; text: string; kind: string | null }[];
  }[];
  quotes: { id: string; kind: string; start: number; end: number; text: string; speaker: string | null; speakerName: string | null; cue: string | null; addressee: string | null; medium: string | null; tone: number | null }[];
  events: {
    id: string;
    code: string;
    root: string;
    source: string | null;
    target: string | null;
    sourceName: string | null;
    targetName: string | null;
    sourceActor: string | null;
    targetActor: string | null;
    location: string | null;
    date: string | null;
    modality: string;
    trigger: { start: number; end: number };
    goldstein: number | null;
    quadClass: number | null;
    storyEventId: number | null;
  }[];
  meetings: { id: string; date: string | null; location: string | null; hours: number | null; sides: { side: string; participants: string[] }[]; absent: string[]; trigger: string }[];
}

/** An actor's knowledge-base row plus what the actor page shows of their record. */
export interface ActorView extends ActorRow {
  quotes: { documentId: number; docId: string; date: string | null; kind: string; text: string; cue: string | null }[];
  events: {
    documentId: number;
    date: string | null;
    code: string;
    side: 'source' | 'target';
    source: string | null;
    target: string | null;
    sourceActor: string | null;
    targetActor: string | null;
    modality: string;
    goldstein: number | null;
    trigger: string;
    sentence: string;
  }[];
  meetings: { documentId: number; date: string | null; location: string | null; sides: { side: string; participants: string[] }[] }[];
  /** Whom they meet: other participants of their meetings, most frequent first. */
  meets: { name: string; side: string; times: number }[];
}

export type Interval = 'day' | 'week' | 'month';

export interface DyadPoint {
  /** First day of the period, YYYY-MM-DD. */
  period: string;
  events: number;
  /** Sum of the positive Goldstein scores in the period (0..). */
  cooperation: number;
  /** Sum of the negative Goldstein scores, as a negative number (..0). */
  conflict: number;
  /** Mean Goldstein score of the scored events, or null when none was scored. */
  mean: number | null;
  /** Events by quad class: verbal coop, material coop, verbal conflict, material conflict. */
  quad: [number, number, number, number];
}

/** Relations between two actors over time (/api/dyad). */
export interface DyadView {
  a: string;
  b: string;
  interval: Interval;
  events: number;
  /** True when more events matched than the series was built from. */
  truncated: boolean;
  series: DyadPoint[];
  /** The newest events, newest first. */
  latest: StoryEventRow[];
}

/** A place with coordinates on the map (/api/places). */
export interface PlaceView {
  name: string | null;
  country: string | null;
  lat: number;
  lon: number;
  /** Events located there (event places). */
  events?: number;
  /** Articles that mention it (mentioned places). */
  documents?: number;
  goldstein?: number | null;
}

export interface PlacesView {
  events: PlaceView[];
  mentioned: PlaceView[];
}
