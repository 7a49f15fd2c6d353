import type { Doc } from '../../text/doc.js';
import { draftFor, introducedByColon } from './direct.js';
import { widenToStart } from './direct-after.js';
import type { Draft } from './draft.js';
import type { QuotePiece } from './marks.js';
import type { ParseView } from './parsed.js';
import { opensClause } from './words.js';

/**
 * Direct quotes the token patterns of direct.ts leave unattributed, read through the
 * parse: the attribution may use a verb outside the cue lexicon ("“…,” Smith interjected",
 * "Cruz called them on it: “…”") or put more words between cue and quote ("Clinton
 * responded by pointing at the woman, saying: “…”"). The speaker is the active subject of
 * the verb, or of the verb a participle hangs from.
 */

const QUOTE_MARK = /^["“”„«»]$/u;

function sentenceOf(doc: Doc, i: number): [number, number] {
  const s = doc.sentences[doc.sentenceOf[i]];
  return [s.tokenStart, s.tokenEnd];
}

/** “…,” Smith interjected. / “…!” the crowd chanted. */
export function parsedAfter(doc: Doc, parse: ParseView, piece: QuotePiece): Draft | null {
  if (piece.close < 0) return null;
  let j = piece.close + 1;
  if (j >= doc.tokens.length || doc.tokens[j].paragraphBefore) return null;
  const lastIn = doc.tokens[piece.close - 1]?.text ?? '';
  const comma = doc.tokens[j].text === ',';
  if (!comma && !/^[,!?]$/u.test(lastIn)) return null;
  if (comma) j++;
  if (j >= doc.tokens.length) return null;
  const [s, e] = sentenceOf(doc, j);
  for (let k = j; k < e && k < j + 12; k++) {
    const t = doc.tokens[k].text;
    if (QUOTE_MARK.test(t) || t === '.' || t === ';') return null;
    if (!parse.isVerb(k)) continue;
    const subj = parse.subjectOf(k);
    if (subj < 0) return null;
    const words = widenToStart(doc, parse.subjectWords(subj, Math.max(s, j), e), j);
    if (!words) return null;
    if (subj < k && words.a !== j) return null; // the subject must open the attribution
    if (subj > k && k !== j) return null; // inverted only right after the quote: “…,” echoed Smith
    if (opensClause(doc, k + 1)) return null; // "…,” the senator said his campaign was …": the verb's own clause
    return draftFor(doc, piece, k, words, null);
  }
  return null;
}

/**
 * Cruz called them on it: “…” / …, saying: “…”. Only after a colon: without one, a quote
 * after a verb is as often part of a reported clause (left to the reported pass).
 */
export function parsedBefore(doc: Doc, parse: ParseView, piece: QuotePiece): Draft | null {
  const o = piece.open;
  if (o === 0 || (doc.tokens[o].paragraphBefore && !introducedByColon(doc, o))) return null;
  const [s, e] = sentenceOf(doc, o - 1);
  const mark = doc.tokens[o - 1].text;
  const colon = mark === ':';
  if (!colon) return null;
  let k = o - 2;
  for (let n = 0; k >= s && n < 14; k--, n++) {
    const t = doc.tokens[k].text;
    if (QUOTE_MARK.test(t) || t === '.' || t === ';' || t === ':') return null;
    if (!parse.isVerb(k)) continue;
    const found = parse.climbToSubject(k, s, e);
    if (!found || found.subj > k) return null;
    const words = parse.subjectWords(found.subj, s, o);
    if (!words || words.b > o) return null;
    return draftFor(doc, piece, k, words, null);
  }
  return null;
}
