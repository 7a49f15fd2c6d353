import type { Doc } from '../../text/doc.js';
import { isReported, redirectCarried, type Draft } from './draft.js';
import { isDash, isQuoteMark, isWord } from './words.js';
import { tokenRange } from '../../text/token.js';
import { cueWord } from './cues.js';

/**
 * "Eaton said that given the crop of candidates on both sides: “There's only one: Trump.”"
 * A reported clause that runs into a colon and a quotation is one attribution: the
 * quotation is what the reported clause's speaker said, under the reported clause's cue.
 * The direct pass alone sees only the colon, so it takes the cue to be the colon and looks
 * for a subject inside the reported words. Joined, the content runs from the reported words
 * to the end of the quotation, a mixed quote with the reported clause's speaker and cue.
 * Returns the drafts with each such pair replaced by the joined one (same order).
 */
export function joinColonContinuations(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const replaced = new Map<Draft, Draft>();
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && joinInto(doc, prev, d)) {
      out[out.length - 1] = d;
      replaced.set(prev, d);
    } else out.push(d);
  }
  // A continuation that carried the reported clause's speaker now carries the joined quote's.
  redirectCarried(out, replaced);
  return out;
}

/** The longest reported lead-in joined to the quotation after its colon, in words. */
const MAX_LEAD_IN_WORDS = 12;

/**
 * Makes `direct` the joined attribution when `reported` leads into it; the direct draft is
 * changed in place, so continuations that carry its speaker keep pointing at it.
 */
function joinInto(doc: Doc, reported: Draft, direct: Draft): boolean {
  if (direct.kind !== 'direct' || !isReported(reported)) return false;
  if (reported.cueTok < 0 || reported.end > direct.start) return false;
  // The tokens between the two contents: a colon, then the opening quotation mark(s).
  const [leadIn, afterLeadIn] = tokenRange(doc.tokens, reported.start, reported.end);
  let k = afterLeadIn;
  if (k >= doc.tokens.length || doc.tokens[k].text !== ':') return false;
  const colon = k;
  k++;
  while (k < doc.tokens.length && doc.tokens[k].start < direct.start && isQuoteMark(doc.tokens[k].text)) k++;
  if (k >= doc.tokens.length || doc.tokens[k].start < direct.start) return false;
  // The direct quote's cue must be that colon or a word of the lead-in ("given", "by saying"),
  // not a speech verb of its own: "Trump, who told CNN he sees …, said in a statement: “…”"
  // is a reported clause that ran too far, and the quotation is the main verb's.
  if (direct.cue && direct.cue.start !== doc.tokens[colon].start) {
    if (direct.cue.start < reported.start || direct.cue.end > reported.end) return false;
    const own = direct.cueTok >= 0 ? cueWord(doc.lower[direct.cueTok]) : undefined;
    if (own && own.cls === 'speech' && !own.participle) return false;
  }
  if (doc.tokens[colon].paragraphBefore || doc.sentenceOf[reported.cueTok] !== doc.sentenceOf[colon]) return false;
  // A cue in capitals is a headline's word ("HIGHER THAN EXPECTED TURNOUT …:") or, mid-sentence,
  // a name the tagger read as a verb ("Planned Parenthood"): nothing to join.
  const cue = doc.tokens[reported.cueTok].text;
  if (!/^\p{Ll}/u.test(cue)) return false;
  // "was refusing to call it terrorism: “…”": an infinitive is what someone did, not a lead-in to words.
  if (doc.lower[leadIn] === 'to') return false;
  // Only a short lead-in: a long reported clause is an attribution of its own, and a dash in
  // it ("… the Democratic caucus - HuffPollster: “…”") names a new source before the colon.
  let words = 0;
  for (let i = leadIn; i < colon; i++) {
    const t = doc.tokens[i].text;
    if (isDash(t)) return false;
    if (isWord(t)) words++;
  }
  if (words > MAX_LEAD_IN_WORDS) return false;
  const joined: Partial<Draft> = {
    kind: 'mixed',
    start: reported.start,
    speakerToks: reported.speakerToks,
    carried: reported.carried,
    cue: reported.cue,
    cueTok: reported.cueTok,
    addressee: reported.addressee,
  };
  Object.assign(direct, joined);
  return true;
}
