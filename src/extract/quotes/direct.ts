import type { Doc } from '../../text/doc.js';
import type { Span } from '../../text/span.js';
import { NOUNISH, PASSIVE_AUX, cueWord, type CueWord } from './cues.js';
import { newDraft, type Draft } from './draft.js';
import type { QuotePiece } from './marks.js';
import { addresseeAfter, clauseSubject, npLeftOf, npRightOf, quotedAs, quotedAsSubject, subjectOf, type TokRange } from './speaker.js';
import { parsedAfter, parsedBefore } from './direct-parsed.js';
import { after } from './direct-after.js';
import type { ParseView } from './parsed.js';
import { BETWEEN_SUBJECT_AND_VERB, SUBJECT_PRONOUNS, TIME_WORDS, isDash, isQuoteMark, isWord } from './words.js';

/**
 * Attribution of quoted pieces by the patterns around their marks:
 *   “A,” he said.   “A,” said Smith.   “A,” Smith, a spokesman, added.
 *   Smith said: “A.”   He told reporters, “A.”   … acknowledging that “A.”   X went further: “A.”
 * A piece whose marks sit inside a longer reported clause is left for the reported pass
 * (it becomes part of a mixed quote).
 */

const span = (doc: Doc, r: TokRange): Span => ({ start: doc.tokens[r.a].start, end: doc.tokens[r.b - 1].end });
const low = (doc: Doc, i: number): string => doc.lower[i];
/** Verbs whose passive participle sets off a question put to the subject ("X, asked about Y, said"). */
const QUESTIONED = new Set(['asked', 'pressed', 'questioned']);
const ASIDE_NEXT = new Set(['about', 'whether', 'if', 'on', 'why', 'what', 'how', 'by', 'for', 'to', 'when', 'who', 'where']);
/** Particles that complete a speech verb right before the quotation. */
const PARTICLES = new Set(['back', 'up', 'in', 'out']);

function sentenceBounds(doc: Doc, i: number): [number, number] {
  const s = doc.sentences[doc.sentenceOf[i]];
  return [s.tokenStart, s.tokenEnd];
}

/** The cue reading of token i, unless it is passive ("was told") or an adjective ("the said"). */
export function activeCue(doc: Doc, i: number, s: number): CueWord | undefined {
  const cw = cueWord(low(doc, i));
  if (!cw) return undefined;
  if (i > s) {
    const prev = low(doc, i - 1);
    if (!cw.participle && PASSIVE_AUX.has(prev)) return undefined;
    if (prev === 'the' || prev === 'a' || prev === 'an' || prev === 'to') return undefined;
    // "Peskov, asked about the remarks, said …": a passive aside, the question was put to him.
    if (prev === ',' && QUESTIONED.has(low(doc, i)) && i + 1 < doc.tokens.length && ASIDE_NEXT.has(low(doc, i + 1))) return undefined;
    // ("was quoted as saying" is a cue: quotedAs.)
    if (prev === 'when' || prev === 'if' || (prev === 'as' && !(cw.participle && quotedAs(doc, i, s) >= 0))) return undefined;
  }
  if (NOUNISH.has(low(doc, i))) {
    // "state broadcaster", "the reports": a noun unless a name, pronoun or auxiliary precedes,
    // or the tagger reads a finite verb after a plural noun ("FEC records show …").
    if (i === s) return undefined;
    if (doc.upos[i] === 'VERB' && /^VB[PZD]$/u.test(doc.xpos[i]) && doc.xpos[i - 1] === 'NNS') return cw;
    const prevRaw = doc.tokens[i - 1].text;
    // "The Huffington Post", "the United States": a capitalised noun after a capitalised word is a name.
    if (/^\p{Lu}/u.test(doc.tokens[i].text) && /^\p{Lu}/u.test(prevRaw)) return undefined;
    const prev = prevRaw.toLowerCase();
    if (!(SUBJECT_PRONOUNS.has(prev) || BETWEEN_SUBJECT_AND_VERB.has(prev) || (/^\p{Lu}/u.test(prevRaw) && i - 1 > s))) return undefined;
  }
  return cw;
}

export function draftFor(doc: Doc, piece: QuotePiece, cue: number, speaker: TokRange | null, addressee: TokRange | null): Draft {
  return newDraft('direct', piece.start, piece.end, {
    speakerToks: speaker,
    cue: cue >= 0 ? { start: doc.tokens[cue].start, end: doc.tokens[cue].end } : null,
    cueTok: cue,
    addressee: addressee ? span(doc, addressee) : null,
  });
}

/** Smith said: “A.” / he told reporters, “A.” / acknowledging that “A.” / X went further: “A.” */
function before(doc: Doc, piece: QuotePiece, previous: Draft | null): Draft | null {
  const o = piece.open;
  if (o === 0 || (doc.tokens[o].paragraphBefore && !introducedByColon(doc, o))) return null;
  const [s] = sentenceBounds(doc, o - 1);
  let k = o - 1;
  const mark = doc.tokens[k].text;
  const colon = mark === ':';
  if (colon || mark === ',') k--;
  // "Trump said, and I quote, “…”": the writer's aside stands between cue and quotation.
  if (k - 2 > s && low(doc, k) === 'quote' && low(doc, k - 1) === 'i') {
    k -= 2;
    if (low(doc, k) === 'and') k--;
    if (doc.tokens[k].text === ',') k--;
  }
  if (k < s) return null;
  if (low(doc, k) === 'that') k--;
  // Skip an addressee ("told reporters") or a short adverbial ("said Tuesday", "said in a statement").
  let cueAt = -1;
  for (let j = k; j >= s && k - j < 7; j--) {
    const t = doc.tokens[j].text;
    if (!isWord(t)) break;
    const cw = activeCue(doc, j, s);
    if (cw) {
      // "shot back, “…”", "wrote back, “…”": a particle closing the verb.
      const particle = j === k - 1 && PARTICLES.has(low(doc, k));
      if (j === k || particle || cw.object || colon || TIME_WORDS.has(low(doc, j + 1)) || ['in', 'on', 'at', 'during'].includes(low(doc, j + 1))) cueAt = j;
      break;
    }
  }
  // "warned that a deal would come “down the line”": a clause between cue and quotation
  // makes the quotation part of reported content, left to the reported pass.
  for (let j = cueAt + 1; cueAt >= 0 && j <= k; j++) {
    const u = doc.upos[j];
    if (low(doc, j) === 'that' || u === 'VERB' || u === 'AUX') cueAt = -1;
  }
  // "blamed the law on “…”": after an object verb, only an addressee may sit between.
  if (cueAt >= 0 && cueAt < k && !colon && cueWord(low(doc, cueAt))?.object && !TIME_WORDS.has(low(doc, cueAt + 1))) {
    if (addresseeAfter(doc, cueAt + 1, k + 1)?.b !== k + 1) cueAt = -1;
  }
  if (cueAt >= 0) {
    const cw = cueWord(low(doc, cueAt))!;
    if (cw.cls === 'weak' && !colon) return null;
    // "… said the intruders were seeking “economic intelligence”": a verb of thought or
    // intent inside a clause a speech verb already reports is part of that content.
    if (cw.cls !== 'speech' && !colon && speechCueBefore(doc, s, cueAt)) return null;
    // So is a quotation right after a verb inside another speech verb's "that" clause, with
    // no comma to set it off ("said that Ottawa would respond “forcefully.”").
    if (!colon && mark !== ',' && insideThatClause(doc, s, cueAt)) return null;
    // The quote must end the clause: material after the closing mark other than
    // punctuation or a new attribution makes the quote part of a reported sentence.
    if (!colon && piece.close >= 0 && !endsClause(doc, piece.close + 1)) return null;
    const [, e] = sentenceBounds(doc, cueAt);
    let subj: TokRange | null = null;
    let carried: Draft | null = null;
    if (cw.participle && cueAt > s && doc.tokens[cueAt - 1].text === ',' && previous && sameSentence(doc, previous, cueAt)) {
      carried = previous;
    } else if (cw.participle && cueAt === s && previous && doc.tokens[cueAt].start - previous.end < 600) {
      // "Adding, “…”" opening a sentence goes on with the attribution just before it.
      carried = previous;
    } else {
      subj = subjectOf(doc, cueAt, s, e) ?? quotedAsSubject(doc, cueAt, s, e);
      // said Smith: “…” (not "telling CNBC, “…”": after a participle or an object verb the noun is the addressee)
      if (!subj && !cw.participle && !cw.object && !/ing$/u.test(low(doc, cueAt))) subj = npRightOf(doc, cueAt + 1, o);
    }
    const addr = cw.object && cueAt + 1 < k + 1 ? addresseeAfter(doc, cueAt + 1, k + 1) : null;
    const d = draftFor(doc, piece, cueAt, subj, addr);
    d.carried = carried;
    return d;
  }
  if (colon) {
    // No speech verb: the colon is the cue and the clause's subject speaks (also headlines "Rubio: …").
    // After a dash, a roundup's "Polls missed the surge - Jane Doe: “…”" names the speaker.
    let from = s;
    for (let j = k; j > s && k - j < 8; j--) {
      const t = doc.tokens[j].text;
      if (t === '-' || t === '—' || t === '–') {
        from = j + 1;
        break;
      }
    }
    if (!endsClause(doc, piece.close >= 0 ? piece.close + 1 : piece.last + 1)) return null;
    // "According to HuffPo: “…”": the source follows "according to", which is the cue.
    if (k - from >= 2 && low(doc, from) === 'according' && low(doc, from + 1) === 'to') {
      const source = npRightOf(doc, from + 2, k + 1, true);
      if (!source) return null;
      const d = draftFor(doc, piece, from, source, null);
      d.cue = { start: doc.tokens[from].start, end: doc.tokens[from + 1].end };
      return d;
    }
    const subj = clauseSubject(doc, from, k + 1);
    if (!subj) return null;
    const c = o - 1;
    return draftFor(doc, piece, c, subj, null);
  }
  if (mark === ',') {
    // According to Smith, “A.”
    const np = npLeftOf(doc, k + 1, s);
    if (np && np.a - 2 >= s && low(doc, np.a - 2) === 'according' && low(doc, np.a - 1) === 'to') {
      const d = draftFor(doc, piece, np.a - 2, np, null);
      d.cue = { start: doc.tokens[np.a - 2].start, end: doc.tokens[np.a - 1].end };
      return d;
    }
    // As Smith put it, “A.” (an appositive may follow the name: "As Smith, a professor, put it").
    if (k - 1 > s && low(doc, k) === 'it' && low(doc, k - 1) === 'put') {
      for (let a = k - 2; a >= s && k - a < 30; a--) {
        if (low(doc, a) !== 'as') continue;
        const name = npRightOf(doc, a + 1, k - 1);
        if (!name) break;
        const d = draftFor(doc, piece, k - 1, name, null);
        d.cue = { start: doc.tokens[k - 1].start, end: doc.tokens[k].end };
        return d;
      }
    }
  }
  return null;
}

/**
 * A quotation opening a paragraph of its own after one that ends with a colon ("Cruz
 * continued:" / blank line / "“…”"): the colon introduces it as if on the same line.
 */
export function introducedByColon(doc: Doc, o: number): boolean {
  return o > 0 && doc.tokens[o - 1].text === ':';
}

/** Is there a speech cue between s and i (exclusive)? */
function speechCueBefore(doc: Doc, s: number, i: number): boolean {
  for (let k = s; k < i; k++) if (activeCue(doc, k, s)?.cls === 'speech') return true;
  return false;
}

/**
 * Whether the verb at i stands in the "that" clause of a speech verb before it, with no
 * punctuation or quotation between ("Carney said in a statement that Ottawa would respond").
 */
function insideThatClause(doc: Doc, s: number, i: number): boolean {
  let that = false;
  for (let k = i - 1; k >= s; k--) {
    if (!isWord(doc.tokens[k].text)) return false;
    if (low(doc, k) === 'that') that = true;
    else if (that && activeCue(doc, k, s)?.cls === 'speech') return true;
  }
  return false;
}

function sameSentence(doc: Doc, d: Draft, tok: number): boolean {
  const sent = doc.sentences[doc.sentenceOf[tok]];
  if (!(d.start >= sent.start - 400 && d.end <= doc.tokens[tok].start)) return false;
  // An attribution whose cue lies in an earlier sentence is another one's ("…,” the group said. |
  // Smith reacted, saying: “…”"): the participle hangs from this sentence's clause.
  if (d.cueTok >= 0 && doc.sentenceOf[d.cueTok] !== doc.sentenceOf[tok]) return false;
  // A quotation in an earlier paragraph belongs to another attribution.
  for (let j = tok; j >= 0 && doc.tokens[j].start >= d.end; j--) if (doc.tokens[j].paragraphBefore) return false;
  return true;
}

/** True when nothing but punctuation, the end of the paragraph or a new quotation follows. */
export function endsClause(doc: Doc, from: number): boolean {
  if (from < doc.tokens.length && from > 0 && doc.sentenceOf[from] !== doc.sentenceOf[from - 1]) return true;
  for (let j = from; j < doc.tokens.length && j < from + 3; j++) {
    const t = doc.tokens[j];
    if (t.paragraphBefore || t.lineBefore) return true;
    if (isWord(t.text)) {
      // “…,” he said: a post-attribution is fine.
      return j > from && doc.tokens[j - 1].text === ',' && (j + 2 < doc.tokens.length) && isPostAttribution(doc, j);
    }
    if (t.text === '“' || t.text === '"') return true;
    if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return true;
  }
  return true;
}

function isPostAttribution(doc: Doc, j: number): boolean {
  for (let k = j; k < doc.tokens.length && k < j + 6; k++) {
    const c = cueWord(low(doc, k));
    if (c && c.cls === 'speech') return true;
    if (!isWord(doc.tokens[k].text) && doc.tokens[k].text !== ',') return false;
    if (BETWEEN_SUBJECT_AND_VERB.has(low(doc, k))) continue;
  }
  return false;
}

/**
 * "The former secretary of state will play the “woman card,” Fiorina said.": words of the
 * sentence before the opening mark belong to what the speaker said, so the content runs
 * from the clause start and the quote is mixed. A dateline or lead-in ended by a dash or
 * colon stays out; another quotation before this one leaves the piece as it is (split quotes).
 */
function widenToClause(doc: Doc, piece: QuotePiece, d: Draft): void {
  const [s] = sentenceBounds(doc, piece.open);
  let from = s;
  let words = 0;
  for (let k = piece.open - 1; k >= s; k--) {
    const t = doc.tokens[k].text;
    if (t === ':' || isDash(t)) {
      from = k + 1;
      break;
    }
    if (isQuoteMark(t) || doc.tokens[k + 1].paragraphBefore) return;
    if (isWord(t)) words++;
  }
  if (words < 2 || from >= piece.open) return;
  d.kind = 'mixed';
  d.start = doc.tokens[from].start;
}

/**
 * Attributes each quote piece by the patterns around its marks; null where none applies.
 * `titles` marks the pieces that are titles of works (titles.ts).
 */
export function attributeDirect(doc: Doc, pieces: QuotePiece[], titles: boolean[], parse: ParseView | null = null): Array<Draft | null> {
  const out: Array<Draft | null> = [];
  let last: Draft | null = null;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    // “Meet the Press”, the book “The Art of the Deal”: a name, whatever cue is near.
    if (titles[p]) {
      out.push(null);
      continue;
    }
    const following = after(doc, piece);
    let d: Draft | null = following ?? before(doc, piece, last);
    if (following && !piece.continuation) widenToClause(doc, piece, following);
    if (!d && parse?.present) d = parsedAfter(doc, parse, piece) ?? parsedBefore(doc, parse, piece);
    if (!d && piece.continuation && p > 0 && out[p - 1]) {
      // A paragraph that goes on with the same quotation carries its attribution along.
      d = newDraft('direct', piece.start, piece.end, { carried: out[p - 1] });
    }
    out.push(d);
    if (d) last = d;
  }
  // A quote split by its attribution, or opened in one paragraph and attributed only in
  // the last: earlier pieces of the chain take the attribution found later.
  for (let p = pieces.length - 2; p >= 0; p--) {
    if (!out[p] && pieces[p].continues && out[p + 1]) out[p] = newDraft('direct', pieces[p].start, pieces[p].end, { carried: out[p + 1] });
  }
  return out;
}
