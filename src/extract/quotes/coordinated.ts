import { partitionPoint } from '../../text/span.js';
import type { Doc } from '../../text/doc.js';
import { tokenRange } from '../../text/token.js';
import { cueWord } from './cues.js';
import { isReported, type Draft } from './draft.js';
import type { QuotePiece } from './marks.js';

/**
 * "He found the mayor “very charming” and called the plan “a mess.”": a second speech verb
 * that the parse coordinates with the cue (no subject of its own) is the same speaker's next
 * act of saying, so the first content ends before its "and". (PolNeAR train: a content ends
 * right before ", and" + a speech verb 139 times, runs across one 54 times, most of those
 * inside quotation marks.) A verb coordinated inside the content ("that the economy would
 * rebound and grow") hangs from the content's verb, not the cue, and stays; so do words
 * inside quotation marks. Runs after the bounds are final; changes the drafts in place.
 */
export function endBeforeCoordinatedCue(doc: Doc, drafts: Draft[], pieces: QuotePiece[]): void {
  for (const d of drafts) {
    if (!isReported(d)) continue;
    const [a, b] = tokenRange(doc.tokens, d.start, d.end);
    const cut = coordinatedCue(doc, a, b, d.cueTok, pieces);
    if (cut < 0) continue;
    let last = cut - 1;
    if (doc.tokens[last].text === ',') last--;
    if (last > a) d.end = doc.tokens[last].end;
  }
}

/** The first "and" in (a, b), outside quotation marks, before a speech verb coordinated with the cue; or -1. */
function coordinatedCue(doc: Doc, a: number, b: number, cue: number, pieces: QuotePiece[]): number {
  let p = firstPieceFrom(pieces, a);
  for (let k = a + 1; k + 1 < b; k++) {
    while (p < pieces.length && pieceEnd(pieces[p]) < k) p++;
    if (p < pieces.length && pieces[p].open <= k) continue;
    if (doc.lower[k] !== 'and' || cue < 0) continue;
    const cw = cueWord(doc.lower[k + 1]);
    if (cw && cw.cls === 'speech' && doc.upos[k + 1] === 'VERB' && doc.heads[k + 1] === cue && doc.deprels[k + 1] === 'conj') return k;
  }
  return -1;
}

/** The last token of a piece: its closing mark, or its last word when the paragraph ended first. */
function pieceEnd(p: QuotePiece): number {
  return p.close >= 0 ? p.close : p.last;
}

/** Index of the first piece that ends at or after token a. */
function firstPieceFrom(pieces: QuotePiece[], a: number): number {
  return partitionPoint(pieces.length, (k) => pieceEnd(pieces[k]) < a);
}
