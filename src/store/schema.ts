import type { Generated } from 'kysely';

/**
 * The tables of the record, as Kysely sees them. Offsets are UTF-16 indices into the
 * document text (as in the contract); entity, quote and event ids inside a document
 * keep the analysis's own ids ("E1", "Q2", "V3") in `local_id` columns.
 */
export interface DocumentsTable {
  id: Generated<number>;
  doc_id: string;
  /** sha256 of the article (id, date, source, url, text): the idempotency key. */
  hash: string;
  /** sha256 of the text alone: exact copies under another name. */
  text_hash: string;
  story_id: number | null;
  date: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  text: string;
  sentences: string;
  tone: number | null;
  minhash: string | null;
  ingested_at: string;
}

export interface StoriesTable {
  id: Generated<number>;
  first_document_id: number;
  date: string | null;
}

export interface DocBandsTable {
  document_id: number;
  lsh_key: string;
}

export interface EntitiesTable {
  document_id: number;
  local_id: string;
  type: string;
  name: string;
  country: string | null;
  actor: string | null;
  titles: string | null;
  lat: number | null;
  lon: number | null;
  actor_id: number | null;
}

export interface MentionsTable {
  document_id: number;
  entity_local: string;
  start_offset: number;
  end_offset: number;
  text: string;
  kind: string | null;
}

export interface QuotesTable {
  document_id: number;
  local_id: string;
  kind: string;
  start_offset: number;
  end_offset: number;
  text: string;
  speaker_local: string | null;
  speaker_name: string | null;
  speaker_actor: string | null;
  speaker_country: string | null;
  cue_text: string | null;
  tone: number | null;
  addressee_text: string | null;
  medium_text: string | null;
}

/** The coded facts of an event, shared by each report of it and by the story's one record. */
export interface EventFacts {
  code: string;
  root_code: string;
  source_name: string | null;
  target_name: string | null;
  source_actor: string | null;
  target_actor: string | null;
  source_country: string | null;
  target_country: string | null;
  location_name: string | null;
  location_country: string | null;
  lat: number | null;
  lon: number | null;
  date: string | null;
  modality: string;
  quad_class: number | null;
  goldstein: number | null;
  trigger_text: string;
  sentence_text: string;
}

export interface EventsTable extends EventFacts {
  document_id: number;
  local_id: string;
  story_event_id: number | null;
  source_local: string | null;
  target_local: string | null;
  trigger_start: number;
  trigger_end: number;
  sentence: number;
  plover: string | null;
}

/** One real-world event as reported by every copy of one story: counted once. */
export interface StoryEventsTable extends EventFacts {
  id: Generated<number>;
  story_id: number;
  signature: string;
  first_document_id: number;
}

export interface MeetingsTable {
  document_id: number;
  local_id: string;
  date: string | null;
  location_name: string | null;
  duration_hours: number | null;
  sides: string;
  absent: string;
  events: string;
  quotes: string;
  trigger_text: string;
}

export interface ActorsTable {
  id: Generated<number>;
  name: string;
  type: string;
  country: string | null;
  actor: string | null;
  first_seen: string | null;
  last_seen: string | null;
  documents: number;
}

export interface ActorAliasesTable {
  actor_id: number;
  alias: string;
}

export interface ActorRolesTable {
  actor_id: number;
  role: string;
  actor: string | null;
  first_seen: string | null;
  last_seen: string | null;
}

export interface Database {
  documents: DocumentsTable;
  stories: StoriesTable;
  doc_bands: DocBandsTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  quotes: QuotesTable;
  events: EventsTable;
  story_events: StoryEventsTable;
  meetings: MeetingsTable;
  actors: ActorsTable;
  actor_aliases: ActorAliasesTable;
  actor_roles: ActorRolesTable;
  feed_seen: FeedSeenTable;
}

/** Items `parley watch` has taken from a feed (key: guid, id or link). */
export interface FeedSeenTable {
  feed: string;
  item: string;
  seen_at: string;
}
