import type { Doc } from '../../text/doc.js';
import { activeCue } from './direct.js';
import type { Draft } from './draft.js';
import type { QuotePiece } from './marks.js';
import { npRightOf } from './speaker.js';
import { isQuoteMark, isWord } from './words.js';

/**
 * "The club's investment in its courts, Ms. Reyes said, “is a model for the rest of the
 * league.”": an attribution in mid-sentence, and a quotation that goes on with the clause
 * the sentence opened (its first word is lower case). What the speaker said is the whole
 * sentence, the opening words included, as one mixed content; the quotation alone would
 * leave out its subject. (PolNeAR train: 20 of 26 such sentences annotate the whole.)
 * Changes the drafts of those quotations in place.
 */
export function widenInterruptedQuotes(doc: Doc, drafts: Draft[], pieces: QuotePiece[]): void {
  if (pieces.length === 0) return;
  const byStart = new Map<number, Draft>();
  for (const d of drafts) if (d.kind === 'direct') byStart.set(d.start, d);
  for (const piece of pieces) {
    const d = byStart.get(piece.start);
    if (!d || piece.continuation || piece.close < 0) continue;
    const sent = doc.sentences[doc.sentenceOf[piece.open]];
    const s = sent.tokenStart;
    const cue = piece.open - 2;
    if (cue <= s + 3 || doc.tokens[piece.open - 1].text !== ',' || !/^\p{Ll}/u.test(doc.tokens[piece.first].text)) continue;
    const cw = activeCue(doc, cue, s);
    if (!cw || cw.cls !== 'speech' || cw.participle) continue;
    // The speaker's words between two commas, right before the cue.
    let c1 = cue - 1;
    while (c1 > s && doc.tokens[c1].text !== ',' && cue - c1 <= 6) c1--;
    if (c1 <= s + 1 || doc.tokens[c1].text !== ',') continue;
    const np = npRightOf(doc, c1 + 1, cue, true);
    if (!np || np.b !== cue || !opensFragment(doc, s, c1)) continue;
    d.kind = 'mixed';
    d.start = doc.tokens[s].start;
    d.end = Math.max(d.end, doc.tokens[lastWord(doc, piece.close, sent.tokenEnd)].end);
    if (!d.speakerToks) {
      d.speakerToks = np;
      d.carried = null;
    }
    if (d.cueTok < 0) {
      d.cueTok = cue;
      d.cue = { start: doc.tokens[cue].start, end: doc.tokens[cue].end };
    }
  }
}

/** Whether [s, c) is the start of a clause with no verb of its own yet: a subject waiting for its verb. */
function opensFragment(doc: Doc, s: number, c: number): boolean {
  let words = 0;
  for (let k = s; k < c; k++) {
    const t = doc.tokens[k].text;
    if (isQuoteMark(t) || t === ',' || t === ':' || t === ';') return false;
    if (/^(?:VB[DZP]|MD)$/u.test(doc.xpos[k])) return false;
    if (isWord(t)) words++;
  }
  return words >= 2 && /^\p{Lu}/u.test(doc.tokens[s].text);
}

/** The closing mark or, past it, the last word before the sentence's final stop. */
function lastWord(doc: Doc, close: number, e: number): number {
  let k = e - 1;
  while (k > close && !isWord(doc.tokens[k].text)) k--;
  return k > close ? k : close;
}
