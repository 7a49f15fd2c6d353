import type { Span } from '../text/span.js';
import type { Entity, Event, Meeting, Quote } from '../extract/types.js';

/** A dated news report, as it enters the pipeline. */
export interface Document {
  id: string;
  text: string;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  date: string | null;
  title?: string;
  url?: string;
  source?: string;
}

/** The analysis of one document, in the form CONTRACT.md fixes. */
export interface Analysis {
  id: string;
  date: string | null;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  sentences: Span[];
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  meetings: Meeting[];
  /** Document tone, -1 (hostile) .. 1 (warm). */
  tone?: number;
}
