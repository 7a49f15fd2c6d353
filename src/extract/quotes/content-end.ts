import type { Doc } from '../../text/doc.js';
import { cueWord } from './cues.js';
import type { ReportedContext } from './reported.js';
import { npLeftOf } from './speaker.js';
import { TIME_WORDS, isPunct, isWord } from './words.js';

/**
 * Where a reported content ends: at the sentence end unless a semicolon or dash, an
 * attributed quotation, a participle or "according to" after a comma, a second verb phrase
 * or clause of its own after "and"/"but"/a comma (per the parse where there is one), or the
 * sentence's own end attribution ("…, Lavrov said.") comes first.
 */

const low = (doc: Doc, i: number): string => doc.lower[i];
/** Words that open a prepositional or time phrase after a cue ("said on Monday", "told reporters in Riyadh"). */
export const PP_OPENERS = new Set(['in', 'on', 'at', 'during', 'to', 'last', 'this', 'earlier', 'after', 'before', 'while', 'late', 'early', 'from', 'via', 'through']);
/** Penn tags of finite verbs and modals. */
export const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/** After a comma, words that open a comment by the writer rather than more of the reported words. */
const COMMENT_OPENERS = new Set(['though', 'although', 'while', 'which', 'a', 'an', 'even', 'whereas', 'despite', 'prompting', 'drawing']);
/** After "but"/"and", words that start a second verb phrase of the speaker's subject. */
const VP_AFTER_CONJUNCTION = new Set(['did', 'said', 'added', 'says', 'adds', 'noted', 'also', 'then', 'later', 'declined', 'refused', 'would', 'has', 'had', 'was', 'is']);
const TRAILING = /^[.,;:!?\u2014\u2013-]+$/u;

/** The last token of a content that starts at `p` and may run to the sentence end `e`. */
export function contentEnd(ctx: ReportedContext, p: number, e: number): number {
  const { doc, pieceOf, attributed } = ctx;
  let last = p - 1;
  for (let k = p; k < e; k++) {
    const t = doc.tokens[k].text;
    if (t === ';') break;
    const pk = pieceOf[k];
    if (pk >= 0 && attributed[pk]) break;
    if (k > p && (t === '—' || t === '–' || t === '--')) break;
    if (t === ',' && k + 1 < e) {
      const next = low(doc, k + 1);
      const cw = cueWord(next);
      if ((cw && cw.participle) || next === 'according' || COMMENT_OPENERS.has(next)) break;
      // "… agreed to set up a working group, Lavrov said.": the sentence's own end attribution.
      if (endAttribution(doc, k + 1, e)) break;
      // "…, hours after a drone attack killed three people": the writer's time frame.
      if (timeFrame(doc, k + 1, e)) break;
    }
    if (k > p && (t === 'but' || t === 'and') && k + 1 < e && VP_AFTER_CONJUNCTION.has(low(doc, k + 1))) break;
    // "… found him “very charming” and called …": a verb coordinated with one outside the
    // content (its head lies before the content) opens a second attribution, per the parse.
    if (k > p && (t === 'but' || t === 'and' || t === ',') && k + 1 < e && outerVerb(doc, k + 1, p)) break;
    // "Smith praised the plan, and Jones said …": so does a clause of its own, subject and verb.
    if (k > p && (t === 'but' || t === 'and' || t === ',') && outerClause(doc, k + 1, p, e)) break;
    // "…, but he refuses to …": after ", but" a clause of its own is the writer's turn.
    if (k > p + 1 && t === 'but' && doc.tokens[k - 1].text === ',' && ownClause(doc, k + 1, e)) break;
    // “…,” referring to …: a participle right after a closing quotation starts a new clause.
    if (k > p && pieceOf[k - 1] >= 0 && pieceOf[k] < 0 && cueWord(low(doc, k))?.participle) break;
    // “excited where we stand” as he faces …: after quoted words, a subordinate clause, a
    // contrast or a participle is the writer's, not more of the reported words.
    if (k > p && pieceOf[k - 1] >= 0 && pieceOf[k] < 0 && afterQuoteBreak(doc, k, e)) break;
    last = k;
  }
  while (last >= p && TRAILING.test(doc.tokens[last].text)) last--;
  return last;
}

const AFTER_QUOTE = new Set(['as', 'though', 'although', 'while', 'whereas', 'before', 'after', 'until', 'but', 'yet']);

/** Does token k, right after a closing quotation, open words outside the reported content? */
function afterQuoteBreak(doc: Doc, k: number, e: number): boolean {
  let j = k;
  if (doc.tokens[j].text === ',' && j + 1 < e) j++;
  const w = low(doc, j);
  return AFTER_QUOTE.has(w) || doc.xpos[j] === 'VBG';
}

/** A verb whose head lies before token p (coordinated with, or hanging from, the cue's clause). */
function outerVerb(doc: Doc, v: number, p: number): boolean {
  const u = doc.upos[v];
  if (u !== 'VERB') return false;
  const h = doc.heads[v];
  return h >= 0 && h < p && (doc.deprels[v] === 'conj' || doc.deprels[v] === 'advcl');
}

/** Does a clause with its own subject, coordinated with the cue's clause (its verb's head lies before p) or the sentence's main clause, open at token `a`? */
function outerClause(doc: Doc, a: number, p: number, e: number): boolean {
  for (let v = a + 1; v < e && v <= a + 8; v++) {
    if (isPunct(doc.tokens[v].text)) return false;
    if (doc.upos[v] !== 'VERB' && doc.upos[v] !== 'AUX') continue;
    // A finite verb: "“the union placards carried by marchers …”" is a noun phrase.
    if (!FINITE.has(doc.xpos[v])) return false;
    const h = doc.heads[v];
    // The sentence's main clause after a subordinate one holding the cue ("While he says
    // that …, his administration continues …") ends the content too.
    const root = h < 0 && v > p;
    if (!root && !(h >= 0 && h < p && (doc.deprels[v] === 'conj' || doc.deprels[v] === 'parataxis'))) return false;
    for (let j = a; j < v; j++) if (doc.heads[j] === v && (doc.deprels[j] === 'nsubj' || doc.deprels[j] === 'nsubj:pass')) return true;
    return false;
  }
  return false;
}

/** True when the tokens after the cue up to the sentence end are a short tail ("on Tuesday", "in a statement"). */
export function shortTail(doc: Doc, from: number, e: number): boolean {
  let n = 0;
  for (let k = from; k < e; k++) {
    const t = low(doc, k);
    if (t === 'that' || t === ':' || t === '“' || t === '"') return false;
    if (isWord(doc.tokens[k].text)) n++;
    if (t === ',' && n === 0) return true;
    // "…, Hollande said Tuesday in Paris, noting …": a participle after a comma starts an attribution of its own.
    if (t === ',' && k + 1 < e && (cueWord(low(doc, k + 1))?.participle || doc.xpos[k + 1] === 'VBG')) break;
  }
  return n <= 7 && (n === 0 || PP_OPENERS.has(low(doc, from)) || TIME_WORDS.has(low(doc, from)) || /^\p{Lu}/u.test(doc.tokens[from].text) || ['reporters', 'him', 'her', 'them', 'me', 'us'].includes(low(doc, from)));
}

/** Do the tokens from `a` to the sentence end read "Lavrov said." (a noun phrase, a speech verb, a short tail)? */
function endAttribution(doc: Doc, a: number, e: number): boolean {
  for (let v = a + 1; v < e && v <= a + 6; v++) {
    const cw = cueWord(low(doc, v));
    if (!cw) continue;
    if (cw.cls !== 'speech' || cw.participle || !/^VB[DZP]$/u.test(doc.xpos[v])) return false;
    const np = npLeftOf(doc, v, a);
    return np !== null && np.a === a && shortTail(doc, v + 1, e);
  }
  return false;
}

/** Words of a distance in time before "after"/"before" ("hours", "two days", "shortly", "just a week"). */
const TIME_DISTANCE = new Set(['hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'minutes', 'moments', 'shortly', 'just', 'only', 'soon', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'few']);

/** Do the tokens at `a` read "hours after …", "two days before …", "shortly after …"? */
function timeFrame(doc: Doc, a: number, e: number): boolean {
  let k = a;
  while (k < e && k - a < 4 && (TIME_DISTANCE.has(low(doc, k)) || /^\d+$/u.test(low(doc, k)))) k++;
  return k > a && k < e && (low(doc, k) === 'after' || low(doc, k) === 'before');
}

/** Does a subject pronoun or name followed by a finite verb open at `a` ("he refuses", "Smith has")? */
function ownClause(doc: Doc, a: number, e: number): boolean {
  if (a + 1 >= e) return false;
  const u = doc.upos[a];
  if (!(u === 'PRON' && /^(he|she|they|it|we|i)$/u.test(low(doc, a))) && u !== 'PROPN') return false;
  let v = a + 1;
  while (v < e && v - a <= 3 && doc.upos[v] === 'PROPN') v++;
  return v < e && FINITE.has(doc.xpos[v]);
}
