/**
 * The rows the record's queries return. Types only, with no imports, so that the
 * dashboard (web/) reads the same shapes the server sends.
 */

export interface StoryEventRow {
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
  mentions: number;
  articles: number;
  /** Distinct outlets (source, else URL, else document id) among the articles. */
  outlets: number;
  sources: string[];
  sentence: string;
  sourceCountry: string | null;
  targetCountry: string | null;
  locationCountry: string | null;
  lat: number | null;
  lon: number | null;
  tone: number | null;
  /** True when some report has the event in its lead sentence. */
  lead: boolean;
  added: string;
}

export interface QuoteRow {
  document: string;
  date: string | null;
  speaker: string | null;
  actor: string | null;
  country: string | null;
  kind: string;
  cue: string | null;
  /** To whom it was said ("reporters"), where the text says. */
  addressee: string | null;
  /** Where it was said ("a statement", "Telegram"), where the text says. */
  medium: string | null;
  text: string;
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
  aliases: string[];
  roles: { role: string; actor: string | null; firstSeen: string | null; lastSeen: string | null }[];
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

export interface SearchRow {
  document: string;
  date: string | null;
  title: string | null;
  snippet: string;
}
