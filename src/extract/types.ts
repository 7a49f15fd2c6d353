import type { Span, TextSpan } from '../text/span.js';

/** The entity types of the contract. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'MISC';

/** ISO 3166-1 alpha-3 code, e.g. "RUS". */
export type CountryCode = string;

/** CAMEO actor code: a country or IGO code plus role codes, e.g. "RUSGOV", "IGOUNO", "USAMIL". */
export type ActorCode = string;

/** A CAMEO event code, two to four digits, e.g. "043", "0311". */
export type CameoCode = string;

export interface Mention extends TextSpan {
  /** True for pronouns and descriptive phrases that point back to a named mention. */
  kind?: 'name' | 'pronoun' | 'nominal' | 'title';
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  mentions: Mention[];
  titles?: string[];
  country?: CountryCode;
  actor?: ActorCode;
  /** Coordinates for places, from the gazetteer. */
  lat?: number;
  lon?: number;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  speaker: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  /** Who the words were said to ("told state broadcaster Channel One", "told reporters"). */
  addressee?: Span | null;
  /** Where they were said: "in a statement", "on Telegram", "in an interview with CNN" (extract/quotes/medium.ts). */
  medium?: Span | null;
  /** Tone of the quoted words, -1 (hostile) .. 1 (warm). */
  tone?: number;
}

export type Modality = 'asserted' | 'negated' | 'planned' | 'possible';

export type QuadClass = 1 | 2 | 3 | 4;

export interface Event {
  id: string;
  code: CameoCode;
  source: string | null;
  target: string | null;
  sourceActor: ActorCode | null;
  targetActor: ActorCode | null;
  location: string | null;
  date: string | null;
  /** How exact `date` is: "next week" gives a week, "in 2022" a year (dated to its first day). */
  datePrecision?: 'day' | 'week' | 'month' | 'year';
  modality: Modality;
  trigger: Span;
  sentence: number;
  quadClass?: QuadClass;
  goldstein?: number;
  plover?: string;
}

export interface MeetingSide {
  /** Country code or IGO actor code the side stands for. */
  side: string;
  participants: string[];
}

export interface Meeting {
  id: string;
  date: string | null;
  location: string | null;
  /** Duration in hours when the text gives one. */
  durationHours: number | null;
  sides: MeetingSide[];
  /** Entities the text says were absent. */
  absent: string[];
  /** Event ids: the meeting itself and its outcomes. */
  events: string[];
  /** Quote ids said about or at the meeting. */
  quotes: string[];
  trigger: Span;
}
