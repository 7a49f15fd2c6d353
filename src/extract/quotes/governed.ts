import type { Doc } from '../../text/doc.js';
import { cueWord } from './cues.js';
import type { Draft } from './draft.js';
import type { ParseView } from './parsed.js';
import { addVerbDraft, unclaimedPieces, type ReportedContext } from './reported.js';
import { contentEnd } from './content-end.js';
import type { TokRange } from './speaker.js';

/**
 * Quoted words that no cue pattern claimed, read through the parse: the verb that governs
 * the quotation and has a subject is the cue, its subject the speaker, and the words from
 * the verb to the end of its clause the content (a mixed quote):
 *   Bush called Trump “unhinged.”      She called for more “flexibility” for advisers.
 *   Rubio bemoaned a climate in which people “literally hate each other”.
 * News attribution is broad (PolNeAR counts "called", "mocked", "praised" as cues), so any
 * verb with an active subject qualifies; a quotation that opens its sentence is left to the
 * carry-over pass.
 */

const low = (doc: Doc, i: number): string => doc.lower[i];

/** The token of the piece whose head lies outside it (its syntactic head), or -1. */
function pieceHead(doc: Doc, first: number, last: number): number {
  for (let k = first; k <= last; k++) {
    const h = doc.heads[k];
    if (h < first || h > last) return k;
  }
  return -1;
}

const LIGHT_VERBS = new Set([
  'took', 'take', 'takes', 'came', 'come', 'comes', 'got', 'get', 'gets', 'lost', 'won', 'launched', 'helped', 'brought',
  'put', 'seemed', 'seem', 'seems', 'become', 'became', 'looked', 'signed', 'served', 'leads', 'led', 'chose', 'gave',
  'give', 'ran', 'run', 'runs', 'joined', 'ended', 'sent', 'opened', 'visited', 'defeated', 'built', 'received', 'paid',
]);
const COMPLEMENTS = new Set(['obj', 'iobj', 'ccomp', 'xcomp']);

/** The child of `top` on the head path from `tok` (tok itself when it hangs from top). */
function branchBelow(doc: Doc, tok: number, top: number): number {
  let k = tok;
  for (let guard = 0; guard < 40; guard++) {
    const h = doc.heads[k];
    if (h === top || h < 0) return k;
    k = h;
  }
  return tok;
}

/** The "-ing" participle (advcl, xcomp) on the head path from `tok` up to `top`, before `open`, or -1. */
function participleBetween(doc: Doc, tok: number, top: number, open: number): number {
  let k = doc.heads[tok];
  for (let guard = 0; guard < 10 && k >= 0 && k !== top; guard++) {
    if (k < open && doc.upos[k] === 'VERB' && doc.lower[k].endsWith('ing') && (doc.deprels[k] === 'advcl' || doc.deprels[k] === 'xcomp') && doc.heads[k] === top) return k;
    k = doc.heads[k];
  }
  return -1;
}

/**
 * "Sirius XM Vice President for news and talk Dave Gorab called …": where the parse ends the
 * subject before a capitalised name that runs up to the verb, the name is the subject's too.
 */
function withNameBeforeVerb(doc: Doc, subj: TokRange | null, verb: number): TokRange | null {
  if (!subj || subj.b >= verb || verb - subj.b > 4) return subj;
  for (let k = subj.b; k < verb; k++) if (doc.upos[k] !== 'PROPN' || !/^\p{Lu}/u.test(doc.tokens[k].text)) return subj;
  return { a: subj.a, b: verb };
}

export function governedInSentence(ctx: ReportedContext, parse: ParseView, s: number, e: number, out: Draft[]): void {
  const { doc, pieces, pieceOf, usedCues } = ctx;
  if (!parse.present) return;
  for (const p of unclaimedPieces(ctx, s, e)) {
    const piece = pieces[p];
    const head = pieceHead(doc, piece.first, piece.last);
    if (head < 0) continue;
    const up = doc.heads[head];
    if (up < s || up >= e) continue;
    const found = parse.climbToPreferred(up, s, e, (v) => v < piece.open && cueWord(low(doc, v))?.cls === 'speech');
    if (!found || found.verb >= piece.open || usedCues.has(found.verb)) continue;
    if (pieceOf[found.verb] >= 0 || pieceOf[found.subj] >= 0) continue;
    // Light verbs of events and states rarely attribute words ("the team won the “Cup”").
    if (LIGHT_VERBS.has(low(doc, found.verb))) continue;
    const speaker = withNameBeforeVerb(doc, parse.subjectWords(found.subj, s, e), found.verb);
    if (!speaker || speaker.b > found.verb) continue;
    // "Trump spoke for an hour, calling the plan “a disaster”": the participle on the way up
    // is the cue when the verb with the subject is no speech verb.
    const participle = cueWord(low(doc, found.verb))?.cls === 'speech' ? -1 : participleBetween(doc, head, found.verb, piece.open);
    if (participle >= 0 && !usedCues.has(participle)) {
      const a = participle + 1;
      const end = Math.min(contentEnd(ctx, a, e), Math.max(parse.subtree(participle, s, e).b - 1, piece.close >= 0 ? piece.close : piece.last));
      if (end >= piece.last && addVerbDraft(ctx, a, end, participle, speaker, out)) continue;
    }
    // The content: from the verb's first complement (or the branch holding the quote)
    // to the end of that branch, not past the clause end; adverbials before it are left out.
    const child = branchBelow(doc, head, found.verb);
    const branch = parse.subtree(child, s, e);
    let a = Math.min(branch.a, piece.open);
    for (let k = found.verb + 1; k < a; k++) {
      if (doc.heads[k] === found.verb && COMPLEMENTS.has(doc.deprels[k])) {
        a = Math.min(a, parse.subtree(k, s, e).a);
        break;
      }
    }
    if (a <= found.verb) a = found.verb + 1;
    while (a < piece.open && (doc.upos[a] === 'ADP' || doc.upos[a] === 'PART' || doc.upos[a] === 'SCONJ')) a++;
    const end = Math.min(contentEnd(ctx, a, e), Math.max(branch.b - 1, piece.close >= 0 ? piece.close : piece.last));
    if (end < piece.last) continue;
    addVerbDraft(ctx, a, end, found.verb, speaker, out);
  }
}
