/**
 * Meeting records: one per real meeting the article reports, gathered from the meeting
 * events (held talks, met, negotiated) and the later definite mentions of it ("the
 * 4.5-hour meeting in Riyadh"), with who sat on which side, who was absent, and what came
 * out of it (events and quotes).
 */
import type { Entity, Meeting, MeetingSide, Quote } from '../types.js';
import type { CodedEvent, EventFindings } from './extract.js';

const MEETING_CODES = new Set(['043', '044', '046']);
const PARTICIPATION = /^(represent|represented|representing|represents|attend|attended|attending|attends|join|joined|joining|led|lead|leading|participat\w*|accompan\w*|present)$/;
const ABSENCE_CUE = /^(present|attend|attended|attending|participated|participate|part|invited|absent|excluded|represented)$/;
const NEGATOR = /^(no|not|n't|never|none|neither|nor|absent|excluded|without)$/;

const MEETING_WORDS = /^(meeting|meetings|talks|summit|session|conference|negotiations|gathering|present|attend|attended|attending|absent)$/;

/**
 * "No Ukrainian officials were present at the meeting", "was not invited to the talks":
 * a negation, a cue of taking part, and the meeting itself (not "take part in the deliveries").
 */
function isAbsence(words: readonly string[]): boolean {
  return words.some((w) => NEGATOR.test(w)) && words.some((w) => ABSENCE_CUE.test(w)) && words.some((w) => MEETING_WORDS.test(w));
}

interface Draft {
  meeting: Meeting;
  /** Sentences that speak of this meeting. */
  sentences: Set<number>;
  firstToken: number;
  sideEntities: Set<Entity>;
}

/** The side an entity sits on: its country, or the whole code of an international organisation ("IGOWSTNAT"). */
const sideKey = (e: Entity): string => e.country ?? (e.actor ? (e.actor.startsWith('IGO') ? e.actor : e.actor.slice(0, 3)) : e.name);

/** Duration in hours from the words before a meeting noun: "4.5-hour", "three-hour", "two-day". */
function durationBefore(words: readonly string[], at: number): number | null {
  const NUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
  for (let i = Math.max(0, at - 5); i < at; i++) {
    const unit = words[i + 2] === 'hour' || words[i + 1] === 'hour' ? 1 : words[i + 2] === 'day' || words[i + 1] === 'day' ? 24 : 0;
    if (!unit) continue;
    const n = /^\d+(\.\d+)?$/.test(words[i]) ? Number(words[i]) : NUM[words[i]];
    if (n !== undefined && (words[i + 1] === '-' || words[i + 1] === 'hour' || words[i + 1] === 'day')) return n * unit;
  }
  return null;
}

export function buildMeetings(findings: EventFindings, entities: readonly Entity[]): Meeting[] {
  const { tree, ents, events, references } = findings;
  const doc = tree.doc;
  const drafts: Draft[] = [];
  const byTrigger = new Map<number, Draft>();
  // A meeting needs someone on each side: "Ukraine peace negotiations" alone is a topic, not a meeting held.
  // A verb with a doer alone is a gathering ("NATO defence ministers met in Brussels").
  const seedOf = (ce: CodedEvent): boolean => MEETING_CODES.has(ce.event.code) && ce.event.modality === 'asserted' && ce.sources.length > 0
    && (ce.targets.length > 0 || ce.trigger.kind === 'verb');
  for (const ce of events) {
    if (!seedOf(ce)) continue;
    let d = byTrigger.get(ce.trigger.token);
    // The same meeting told twice on one day between the same sides is one record.
    // A host or a gathering with no counterpart ("UNDP, which hosted the meeting") joins the meeting of that day.
    if (!d && !ce.targets.length) d = [...drafts].reverse().find((x) => x.meeting.date === ce.event.date);
    d ??= drafts.find((x) => x.meeting.date === ce.event.date && [...ce.sources, ...ce.targets].every((s) => [...x.sideEntities].some((e) => sideKey(e) === sideKey(s.entity))));
    if (!d) {
      d = {
        meeting: {
          id: `M${drafts.length + 1}`, date: ce.event.date, location: ce.placeInSentence ? ce.event.location : null, durationHours: null,
          sides: [], absent: [], events: [], quotes: [], trigger: ce.event.trigger,
        },
        sentences: new Set([ce.event.sentence]), firstToken: ce.trigger.token, sideEntities: new Set(),
      };
      drafts.push(d);
    }
    byTrigger.set(ce.trigger.token, d);
    for (const s of [...ce.sources, ...ce.targets]) d.sideEntities.add(s.entity);
    d.meeting.durationHours ??= durationBefore(tree.lower, ce.trigger.token);
    if (!d.meeting.location && ce.placeInSentence) d.meeting.location = ce.event.location;
  }
  if (!drafts.length) return [];
  // Definite mentions ("the meeting") belong to the latest meeting reported before them.
  for (const r of references) {
    const d = [...drafts].reverse().find((x) => x.firstToken < r.token) ?? drafts[0];
    d.sentences.add(r.sentence);
    d.meeting.durationHours ??= durationBefore(tree.lower, r.token);
    if (!d.meeting.location && r.place >= 0) d.meeting.location = entities[r.place].id;
  }
  const draftOfSentence = (k: number): Draft => [...drafts].reverse().find((x) => [...x.sentences].some((s) => s <= k)) ?? drafts[0];
  // Participation sentences ("Lavrov represented Moscow", "Representing Washington were ...").
  doc.sentences.forEach((s, k) => {
    const words = tree.lower.slice(s.tokenStart, s.tokenEnd);
    // Absence ("No Ukrainian officials were present") speaks of the latest meeting too.
    if (isAbsence(words)) {
      const d = draftOfSentence(k);
      if (d.firstToken < s.tokenStart) d.sentences.add(k);
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (PARTICIPATION.test(tree.lower[i]) && tree.lower[i] !== 'present') {
        const d = draftOfSentence(k);
        if (d.firstToken < i) d.sentences.add(k);
        break;
      }
    }
  });
  for (const d of drafts) {
    const persons = new Map<string, Set<string>>();
    const absentSides = new Set<string>();
    const absent = new Set<string>();
    for (const k of [...d.sentences].sort((a, b) => a - b)) {
      const s = doc.sentences[k];
      const words = tree.lower.slice(s.tokenStart, s.tokenEnd);
      const negated = isAbsence(words);
      // Who was absent is named before the cue ("Venezuelan officials were invited but did not
      // attend, according to Brazil's Foreign Ministry": not Brazil).
      const cue = negated ? s.tokenStart + words.findIndex((w) => ABSENCE_CUE.test(w)) : s.tokenEnd;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const ei = ents[i];
        if (ei < 0) continue;
        const e = entities[ei];
        if (negated && i > cue) continue;
        if (negated) {
          if (e.type !== 'GPE' || !['at', 'in'].includes(tree.lower[i - 1] ?? '')) {
            absent.add(e.id);
            absentSides.add(sideKey(e));
          }
          continue;
        }
        if (e.type !== 'PERSON' || !e.country) continue;
        if (!persons.has(sideKey(e))) persons.set(sideKey(e), new Set());
        persons.get(sideKey(e))!.add(e.id);
      }
    }
    const sides: MeetingSide[] = [];
    const addSide = (key: string) => {
      let side = sides.find((x) => x.side === key);
      if (!side) sides.push((side = { side: key, participants: [] }));
      return side;
    };
    for (const e of d.sideEntities) {
      if (absentSides.has(sideKey(e))) continue;
      const side = addSide(sideKey(e));
      if (e.type === 'PERSON' && !side.participants.includes(e.id)) side.participants.push(e.id);
    }
    for (const [key, ids] of persons) {
      if (absentSides.has(key)) continue;
      const side = addSide(key);
      for (const id of ids) if (!side.participants.includes(id)) side.participants.push(id);
    }
    d.meeting.sides = sides;
    d.meeting.absent = [...absent];
  }
  return drafts.map((d) => d.meeting);
}

/** Fills in outcomes and places once event ids exist: events of the meeting's sides after it, quotes of its people. */
export function linkMeetings(meetings: Meeting[], findings: EventFindings, quotes: readonly Quote[]): void {
  for (const m of meetings) {
    const sideKeys = new Set(m.sides.map((s) => s.side));
    const people = new Set(m.sides.flatMap((s) => s.participants));
    const start = m.trigger.start;
    for (const ce of findings.events) {
      const ev = ce.event;
      const root = Number(ev.code.slice(0, 2));
      const own = ev.trigger.start === start;
      const countries = [...ce.sources, ...ce.targets].map((s) => sideKey(s.entity));
      const about = countries.length > 0 && countries.every((c) => sideKeys.has(c));
      if (own || (ev.trigger.start > start && root <= 8 && about && (ev.date === m.date || ev.modality !== 'asserted'))) {
        if (!m.events.includes(ev.id)) m.events.push(ev.id);
        // The place a later mention gave ("the meeting in Riyadh") is the place of the meeting's own events.
        if (own && m.location && !ce.placeInSentence) ev.location = m.location;
      }
    }
    for (const q of quotes) {
      if (q.start < start) continue;
      if (q.speaker && people.has(q.speaker)) m.quotes.push(q.id);
    }
  }
}
