/**
 * The events extractor: CAMEO events, meeting records, and tone of the document and of
 * each quote. Runs after entities and quotes (meetings link quotes).
 */
import type { Doc } from '../../text/doc.js';
import type { Entity, Event, Meeting, Quote } from '../types.js';
import { toneOfValences, valencesOfForms } from '../tone.js';
import { tokenRange } from '../../text/token.js';
import { codeEvents } from './extract.js';
import { buildMeetings, linkMeetings } from './meetings.js';

export { codeEvents } from './extract.js';
export type { CodedEvent, EventFindings, MeetingReference } from './extract.js';
export { buildMeetings, linkMeetings } from './meetings.js';

/** The part of an analysis this extractor reads and fills. */
export interface EventsTarget {
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  meetings: Meeting[];
  tone?: number;
}

export function extractEvents(doc: Doc, document: { date: string | null }, analysis: EventsTarget): void {
  const findings = codeEvents(doc, analysis.entities, document.date);
  analysis.entities.push(...findings.added);
  for (const ce of findings.events) {
    ce.event.id = `V${analysis.events.length + 1}`;
    analysis.events.push(ce.event);
  }
  const meetings = buildMeetings(findings, analysis.entities);
  linkMeetings(meetings, findings, analysis.quotes);
  analysis.meetings.push(...meetings);
}

export function extractTone(doc: Doc, _document: unknown, analysis: EventsTarget): void {
  const vals = valencesOfForms(doc.lower, doc.forms);
  analysis.tone = toneOfValences(vals, 0, doc.tokens.length);
  for (const q of analysis.quotes) {
    const [from, to] = tokenRange(doc.tokens, q.start, q.end);
    q.tone = toneOfValences(vals, from, to);
  }
}
