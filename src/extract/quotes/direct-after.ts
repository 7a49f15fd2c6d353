import type { Doc } from '../../text/doc.js';
import { cueWord } from './cues.js';
import type { Draft } from './draft.js';
import { activeCue, draftFor } from './direct.js';
import type { QuotePiece } from './marks.js';
import { addresseeAfter, npLeftOf, npRightOf, subjectOf, type TokRange } from './speaker.js';
import { BETWEEN_SUBJECT_AND_VERB, SUBJECT_PRONOUNS, opensClause, startsLine } from './words.js';

/**
 * Attributions that follow the quotation: “A,” he said / “A,” said Smith / “A,” Smith, a
 * spokesman, added / “A.” ― Jane Smith. The speaker's words must start right after the
 * quotation (a comma or a nested closing mark between allowed).
 */

const low = (doc: Doc, i: number): string => doc.lower[i];

function sentenceBounds(doc: Doc, i: number): [number, number] {
  const s = doc.sentences[doc.sentenceOf[i]];
  return [s.tokenStart, s.tokenEnd];
}

/**
 * “A,” Smith, who has proposed repealing the law over five years, said at the time. A name
 * right after the quotation, then an appositive or relative clause between commas (longer
 * than the plain scan reaches, and possibly holding quoted words), then the speech cue.
 */
function afterAppositive(doc: Doc, piece: QuotePiece, j: number): Draft | null {
  const np = npRightOf(doc, j, Math.min(doc.tokens.length, j + 8));
  if (!np || np.b >= doc.tokens.length || doc.tokens[np.b].text !== ',') return null;
  // “A,” the White House press secretary, Josh Earnest, said: a title, then the name between commas.
  // "“A,” an Israeli official, who spoke on condition of anonymity, told AFP": a common noun
  // phrase takes a relative clause or a participle aside as well as a name does.
  const aside = np.b + 1 < doc.tokens.length && (low(doc, np.b + 1) === 'who' || doc.xpos[np.b + 1] === 'VBG');
  // "the economist Jared Bernstein, a former adviser …, wrote": title words ending in a name.
  const endsInName = doc.upos[np.b - 1] === 'PROPN' && /^\p{Lu}/u.test(doc.tokens[np.b - 1].text);
  const named = /^\p{Lu}/u.test(doc.tokens[np.a].text) || SUBJECT_PRONOUNS.has(low(doc, np.a)) || aside || endsInName ? np : titleThenName(doc, np);
  if (!named) return null;
  for (let k = named === np ? np.b + 1 : named.b; k < doc.tokens.length && k < np.b + 40; k++) {
    const t = doc.tokens[k].text;
    if (doc.tokens[k].paragraphBefore || t === '.' || t === ';' || t === '?' || t === '!') return null;
    if (t !== ',') continue;
    let v = k + 1;
    while (v < doc.tokens.length && v < k + 4 && BETWEEN_SUBJECT_AND_VERB.has(low(doc, v))) v++;
    const c = v < doc.tokens.length ? cueWord(low(doc, v)) : undefined;
    if (c && c.cls === 'speech' && !c.participle) {
      const [, e] = sentenceBounds(doc, v);
      const addr = c.object ? addresseeAfter(doc, v + 1, Math.max(e, v + 1)) : null;
      return draftFor(doc, piece, v, named, addr);
    }
  }
  return null;
}

/** The title words `np` and the capitalised name between commas after them, as one range; else null. */
function titleThenName(doc: Doc, np: TokRange): TokRange | null {
  let b = np.b + 1;
  while (b < doc.tokens.length && b - np.b <= 5 && /^\p{Lu}/u.test(doc.tokens[b].text) && doc.upos[b] === 'PROPN') b++;
  if (b === np.b + 1 || b - np.b > 5 || b >= doc.tokens.length || doc.tokens[b].text !== ',') return null;
  return { a: np.a, b };
}

/**
 * “A.” ― Jane Smith: a dash after the quotation and a name that ends the line, the way
 * epigraphs and collected comments are signed. The dash is the cue.
 */
function signedAfter(doc: Doc, piece: QuotePiece): Draft | null {
  const j = piece.close + 1;
  if (j + 1 >= doc.tokens.length || !/^[―—–-]$/u.test(doc.tokens[j].text)) return null;
  if (startsLine(doc, j)) return signedBelow(doc, piece, j);
  let b = j + 1;
  while (b < doc.tokens.length && b - j <= 6 && !startsLine(doc, b) && /^\p{Lu}/u.test(doc.tokens[b].text)) b++;
  if (b === j + 1) return null;
  // The name must end the line (or the text), a full stop allowed: otherwise the dash opens an aside.
  const lineEnds = (k: number): boolean => k >= doc.tokens.length || startsLine(doc, k);
  if (!lineEnds(b) && !(doc.tokens[b].text === '.' && lineEnds(b + 1))) return null;
  return draftFor(doc, piece, j, { a: j + 1, b }, null);
}

/**
 * A quotation closing its paragraph, then a line of its own "- Jane Smith." or "- Jane Smith,
 * tweeting after the speech.": the way collected quotations are signed below them. The name
 * is the capitalised run after the dash; what follows a comma describes the occasion.
 */
function signedBelow(doc: Doc, piece: QuotePiece, j: number): Draft | null {
  let b = j + 1;
  while (b < doc.tokens.length && b - j <= 6 && !startsLine(doc, b) && /^\p{Lu}/u.test(doc.tokens[b].text)) b++;
  if (b === j + 1) return null;
  const lineEnds = (k: number): boolean => k >= doc.tokens.length || startsLine(doc, k);
  // The name ends at the line's end, at a full stop that ends it, or at a comma.
  const t = b < doc.tokens.length ? doc.tokens[b].text : '';
  if (!(lineEnds(b) || (t === '.' && lineEnds(b + 1)) || t === ',')) return null;
  return draftFor(doc, piece, j, { a: j + 1, b }, null);
}

/** “A,” he said / “A,” said Smith / “A,” Smith told reporters / “A,” Smith, …, said. */
export function after(doc: Doc, piece: QuotePiece): Draft | null {
  const signed = piece.close >= 0 ? signedAfter(doc, piece) : null;
  if (signed) return signed;
  const d = afterScan(doc, piece);
  if (d) return accordingToAfter(doc, d);
  if (piece.close < 0) return d;
  // A comma closes the quoted words, inside the marks or after them.
  let j = piece.close + 1;
  const commaAfter = doc.tokens[j]?.text === ',';
  if (commaAfter) j++;
  if (!commaAfter && !commaBeforeMark(doc, piece.close)) return null;
  if (j >= doc.tokens.length || doc.tokens[piece.close + 1].paragraphBefore || doc.tokens[j].paragraphBefore) return null;
  const d2 = afterAppositive(doc, piece, j);
  return d2 ? accordingToAfter(doc, d2) : null;
}

/**
 * “A,” Smith said Monday, according to the Post: the writer has the quotation from the
 * source after "according to", which is then the attribution's speaker and cue (the
 * speaker's own "said" is the reported event). Stops at the sentence end or a quotation.
 */
function accordingToAfter(doc: Doc, d: Draft): Draft {
  if (d.cueTok < 0) return d;
  const [, e] = sentenceBounds(doc, d.cueTok);
  for (let k = d.cueTok + 1; k + 2 < e && k < d.cueTok + 16; k++) {
    const t = doc.tokens[k].text;
    if (t === '“' || t === '"' || t === ';' || t === ':') return d;
    if (t !== ',' || low(doc, k + 1) !== 'according' || low(doc, k + 2) !== 'to') continue;
    const source = npRightOf(doc, k + 3, e, true);
    if (!source) return d;
    d.speakerToks = source;
    d.cueTok = k + 1;
    d.cue = { start: doc.tokens[k + 1].start, end: doc.tokens[k + 2].end };
    d.addressee = null;
    return d;
  }
  return d;
}

/** The token before the closing mark that ends at `close` (a mark of one or two tokens, as in ''). */
function beforeMark(doc: Doc, close: number): number {
  let k = close;
  while (k > 0 && /^['"”’»]+$/u.test(doc.tokens[k].text) && close - k < 2) k--;
  return k;
}

/** Does a comma end the quoted words, right before the closing mark? */
function commaBeforeMark(doc: Doc, close: number): boolean {
  return doc.tokens[beforeMark(doc, close)].text === ',';
}

function afterScan(doc: Doc, piece: QuotePiece): Draft | null {
  if (piece.close < 0) return null;
  let j = piece.close + 1;
  if (j >= doc.tokens.length || doc.tokens[j].paragraphBefore) return null;
  // A quotation closed by a full stop ends its sentence: words after it begin a new one
  // unless they run lower-case ("he said") or finish right after the cue ("Smith said.").
  const finalStop = /^[.]$/u.test(doc.tokens[piece.last].text) || doc.tokens[piece.close - 1]?.text === '.';
  // The closing single mark of a quotation nested at the very end (…'Fox and Friends,''').
  if (j < doc.tokens.length && (doc.tokens[j].text === "'" || doc.tokens[j].text === '’') && doc.tokens[j].start === doc.tokens[j - 1].end) j++;
  if (j < doc.tokens.length && doc.tokens[j].text === ',') j++;
  if (j >= doc.tokens.length) return null;
  const [, e] = sentenceBounds(doc, Math.min(j, doc.tokens.length - 1));
  const end = Math.max(e, Math.min(doc.tokens.length, j + 16));
  // “…,” as Barnier put it / as one diplomat said: the speaker after "as".
  if (low(doc, j) === 'as' && !finalStop) {
    const put = asPutIt(doc, piece, j + 1, end);
    if (put) return put;
    j++;
  }
  // Inverted: said Smith. / said former executive Jane Smith.
  // "“…,” reads an editorial in the Herald": reading is how a text speaks, inverted too.
  const readsInverted = (low(doc, j) === 'read' || low(doc, j) === 'reads') && j + 1 < end && !SUBJECT_PRONOUNS.has(low(doc, j + 1));
  const cw = j >= doc.tokens.length ? undefined : readsInverted ? cueWord(low(doc, j)) : activeCue(doc, j, j);
  if (cw && (cw.cls === 'speech' || readsInverted) && !cw.participle) {
    const np = npRightOf(doc, j + 1, end) ?? titledNameRightOf(doc, j + 1, end);
    if (np) return draftFor(doc, piece, j, np, null);
    return null;
  }
  // Subject then verb: scan right for a speech cue within a few tokens.
  for (let k = j; k < end && k < j + 14; k++) {
    const t = doc.tokens[k].text;
    if (k > j && doc.tokens[k].paragraphBefore) return null;
    if (t === '.' || t === '“' || t === '"' || t === ';' || t === '?' || t === '!') return null;
    const c = cueWord(t.toLowerCase());
    if (!c || k === j) continue;
    // "the note says", "the statement said": a noun that reads like a cue is still the subject.
    if (doc.upos[k] === 'NOUN' && k + 1 < end && cueWord(low(doc, k + 1))) continue;
    // "the Islamic State": a capitalised noun mid-sentence is part of a name.
    if ((doc.upos[k] === 'PROPN' || doc.upos[k] === 'NOUN') && /^\p{Lu}/u.test(t)) continue;
    // "the email read": reading is how a document speaks.
    const reads = (t === 'read' || t === 'reads') && !SUBJECT_PRONOUNS.has(low(doc, k - 1));
    if ((c.cls !== 'speech' && !reads) || c.participle) return null;
    // After a closing full stop, a capitalised "He said …" opens a new sentence: it attributes
    // the quote only when nothing but an end or a short tail follows the cue.
    // ("“… encouraging.” He warned, however, that …" is the next sentence's own attribution.)
    if (finalStop && /^\p{Lu}/u.test(doc.tokens[j].text) && !(k + 1 < doc.tokens.length && /^[.!?]$/u.test(doc.tokens[k + 1].text))) return null;
    const subj = widenToStart(doc, subjectOf(doc, k, j, end) ?? beforeParenthesis(doc, k, j), j);
    // Accept only a subject that starts right after the quote.
    if (!subj || subj.a !== j) return null;
    // "… chants of “Marco!,” the senator said his campaign was …": a cue with a clause of its own is not this quote's.
    if (!c.object && opensClause(doc, k + 1)) return null;
    const addr = c.object ? addresseeAfter(doc, k + 1, end) : null;
    return draftFor(doc, piece, k, subj, addr);
  }
  return null;
}

/** “…,” as Barnier put it: a noun phrase, then "put it", which is the cue. */
function asPutIt(doc: Doc, piece: QuotePiece, j: number, end: number): Draft | null {
  for (let k = j + 1; k + 1 < end && k < j + 8; k++) {
    if (low(doc, k) !== 'put' || low(doc, k + 1) !== 'it') continue;
    const np = npLeftOf(doc, k, j);
    return np && np.a === j ? draftFor(doc, piece, k, np, null) : null;
  }
  return null;
}

/** "said former tech executive Jane Smith": lower-case title words, then a capitalised name. */
function titledNameRightOf(doc: Doc, from: number, e: number): TokRange | null {
  const np = npRightOf(doc, from, e, true);
  if (!np) return null;
  for (let k = np.a; k < np.b; k++) if (/^\p{Lu}/u.test(doc.tokens[k].text)) return np;
  return null;
}

/** "Sen. Jane Smith (D-Ohio) said": the name before a parenthesis that ends right before the cue. */
function beforeParenthesis(doc: Doc, cue: number, j: number): TokRange | null {
  let k = cue - 1;
  if (k <= j || doc.tokens[k].text !== ')') return null;
  while (k > j && cue - k < 8 && doc.tokens[k].text !== '(') k--;
  if (doc.tokens[k].text !== '(') return null;
  const np = npLeftOf(doc, k, j);
  return np && np.a === j ? np : null;
}

/**
 * “…,” Huckabee spokeswoman Alice Stewart said: a parse may take only "Alice Stewart" as the
 * subject and hang the title words elsewhere. Words of a noun phrase (names, nouns,
 * adjectives, determiners, possessives) between `j` and the subject belong to it.
 */
export function widenToStart(doc: Doc, subj: TokRange | null, j: number): TokRange | null {
  if (!subj || subj.a <= j || subj.a - j > 6) return subj;
  for (let k = j; k < subj.a; k++) {
    const u = doc.upos[k];
    const t = doc.tokens[k].text;
    // "Texas-based strategist …": the word glued after a hyphen is part of the modifier.
    const glued = k > j && doc.tokens[k - 1].text === '-' && doc.tokens[k - 1].end === doc.tokens[k].start;
    const nominal = glued || u === 'PROPN' || u === 'NOUN' || u === 'ADJ' || u === 'DET' || u === 'NUM' || t === '’s' || t === "'s" || t === '-';
    if (!nominal) return subj;
  }
  return { a: j, b: subj.b };
}
