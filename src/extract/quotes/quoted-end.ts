import { partitionPoint } from '../../text/span.js';
import type { Doc } from '../../text/doc.js';
import { isReported, type Draft } from './draft.js';
import { isTimeWord } from './words.js';
import type { QuotePiece } from './marks.js';

/**
 * A reported content never stops inside a quotation it opened: in "he said of politicians,
 * “When they are in need of money, the money you give, then they are always for you.”"
 * the quoted words are the speaker's to their closing mark, whatever comma or sentence end
 * the clause bounds (rules or the boundary model) chose inside them. Extends such contents to
 * the closing mark, unless another attribution lies in the way. Runs after the bounds are
 * final; changes the drafts in place.
 */
export function extendToClosingMarks(doc: Doc, drafts: Draft[], pieces: QuotePiece[]): void {
  if (pieces.length === 0) return;
  for (const d of drafts) {
    if (!isReported(d)) continue;
    const p = pieceEndingInside(doc, pieces, d);
    if (!p) continue;
    const end = doc.tokens[p.close].end;
    const blocked = drafts.some((o) => o !== d && o.start < end && o.end > d.end);
    if (!blocked) d.end = end;
  }
}

/** The quotation that opens inside the content and closes after the content's end, or null. */
function pieceEndingInside(doc: Doc, pieces: QuotePiece[], d: Draft): QuotePiece | null {
  // Pieces are in text order: find the last one whose opening mark starts before the
  // content's end (a content may stop right after the mark: "what Mr. Hedge called ''").
  const lo = partitionPoint(pieces.length, (k) => doc.tokens[pieces[k].open].start < d.end);
  const p = lo > 0 ? pieces[lo - 1] : null;
  if (!p || p.close < 0 || p.continues) return null;
  if (doc.tokens[p.open].start < d.start || p.end <= d.end) return null;
  return p;
}

/**
 * Words that, right after a quotation opening the content, start an adverbial of time,
 * place or occasion ("yelled “You lie!” at the president during …", "said “We'll see,”
 * when asked …"): the words said are the quotation; the rest is the writer's setting.
 * ("in" and "as" are left out: "“a betrayal” in the way …", "“X” as the solution" go on.)
 */
const SETTING = new Set(['at', 'toward', 'towards', 'during', 'until', 'when', 'while', 'after', 'before', 'amid']);

/**
 * A reported content that opens with a quotation and runs on past its closing mark into an
 * adverbial (SETTING) ends at the closing mark. Changes the drafts in place.
 */
export function endAtLeadingQuotation(doc: Doc, drafts: Draft[], pieces: QuotePiece[]): void {
  if (pieces.length === 0) return;
  const byOpen = new Map<number, QuotePiece>();
  for (const p of pieces) if (p.close >= 0 && !p.continues) byOpen.set(doc.tokens[p.open].start, p);
  for (const d of drafts) {
    if (!isReported(d)) continue;
    const p = byOpen.get(d.start);
    if (!p || doc.tokens[p.close].end >= d.end) continue;
    let k = p.close + 1;
    if (k < doc.tokens.length && doc.tokens[k].text === ',') k++;
    if (k >= doc.tokens.length || doc.tokens[k].start >= d.end || !SETTING.has(doc.lower[k])) continue;
    d.end = doc.tokens[p.close].end;
  }
}

/**
 * A label given "as" a quotation ("described the Affordable Care Act as a “crazy system”
 * during a campaign stop …", "slammed Clinton as a “disgrace” Wednesday on …"): when the
 * quotation closing the label is followed by an adverbial of time, place or occasion, the
 * content ends at its closing mark. Changes the drafts in place.
 */
export function endAfterLabel(doc: Doc, drafts: Draft[], pieces: QuotePiece[]): void {
  if (pieces.length === 0) return;
  for (const d of drafts) {
    if (!isReported(d)) continue;
    const lo = partitionPoint(pieces.length, (k) => doc.tokens[pieces[k].open].start < d.start);
    for (let q = lo; q < pieces.length && doc.tokens[pieces[q].open].start < d.end; q++) {
      const p = pieces[q];
      if (p.close < 0 || doc.tokens[p.close].end >= d.end) break;
      let a = p.open - 1;
      if (a >= 0 && /^(a|an|the)$/u.test(doc.lower[a])) a--;
      if (a < 0 || doc.lower[a] !== 'as') continue;
      let k = p.close + 1;
      if (k < doc.tokens.length && doc.tokens[k].text === ',') k++;
      if (k < doc.tokens.length && doc.tokens[k].start < d.end && (SETTING.has(doc.lower[k]) || isTimeWord(doc.lower[k]))) {
        d.end = doc.tokens[p.close].end;
        break;
      }
    }
  }
}
