import type { Doc } from '../../text/doc.js';
import type { Draft } from './draft.js';
import { makeDraft, type ReportedContext } from './reported.js';
import { DETERMINERS, startsLine } from './words.js';

/**
 * Transcripts printed in an article: lines that open with a speaker's name, in capitals or as
 * printed, and a colon ("WALLACE: Let’s start with …" / "Matthews: Well, …"), often inside one quotation
 * running over several paragraphs. Each line is that speaker's words, the colon the cue; it
 * is a direct quote when quotation marks open the line (as the scorers count "direct": words
 * in quotation marks), else the kind its marks give (mixed, or indirect for a bare line). Capitals and a colon also open headlines and labels ("UPDATE:",
 * "VIDEO:", "BYLINE:", "The Latest:"), so a document counts as holding a transcript only when at least
 * two different names take turns and one of them comes back.
 */

/** Labels in capitals that head lines but name no speaker. */
const LABELS = new Set([
  'update', 'updated', 'video', 'watch', 'read', 'exclusive', 'breaking', 'byline', 'email', 'e-mail', 'photo', 'photos',
  'correction', 'note', "editor's", 'editor’s', 'related', 'source', 'sources', 'credit', 'q', 'a', 'ap', 'un', 'busted',
  'warning', 'live', 'more', 'also', 'see', 'listen', 'audio', 'transcript', 'opinion', 'analysis', 'fact', 'check',
]);

interface Turn {
  /** A quotation mark opens the line. */
  quoted: boolean;
  /** The label's tokens [a, b) and the colon after them. */
  a: number;
  b: number;
  colon: number;
  /** The last token of the line. */
  last: number;
  label: string;
}

const QUOTE = /^["“”«»„]+$/u;

/** The turn opening the line at token i (after an opening quotation mark), or null. */
function turnAt(doc: Doc, i: number): Turn | null {
  const n = doc.tokens.length;
  let a = i;
  if (a < n && QUOTE.test(doc.tokens[a].text)) a++;
  let b = a;
  // Names in capitals ("PENCE:") or as printed ("Matthews:", "Luciana Lopez:").
  while (b < n && b - a < 3 && /^\p{Lu}(?:[\p{Lu}.'’-]+|[\p{Ll}.'’-]+(?:-\p{Lu}[\p{Ll}]+)?)$/u.test(doc.tokens[b].text)) b++;
  if (b === a || b >= n || doc.tokens[b].text !== ':' || startsLine(doc, b + 1)) return null;
  const label = doc.lower.slice(a, b).join(' ');
  if (LABELS.has(doc.lower[a]) || DETERMINERS.has(doc.lower[a])) return null;
  // A name as printed is a noun to the tagger ("Matthews" may pass for a plural): "Postponed :"
  // and "Did Not Bat :" in a results table are verbs labelling rows, and name nobody.
  for (let k = a; k < b; k++) if (!/^[\p{Lu}.'’-]+$/u.test(doc.tokens[k].text) && doc.upos[k] !== '' && doc.upos[k] !== 'PROPN' && doc.upos[k] !== 'NOUN') return null;
  let last = b + 1;
  while (last + 1 < n && !startsLine(doc, last + 1)) last++;
  while (last > b + 1 && QUOTE.test(doc.tokens[last].text)) last--;
  return { quoted: a > i, a, b, colon: b, last, label };
}

/**
 * The transcript turns of the document from character `from` on (after a headline already
 * attributed), as direct drafts; none unless names take turns.
 */
export function transcriptTurns(ctx: ReportedContext, from = 0): Draft[] {
  const { doc } = ctx;
  const turns: Turn[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!startsLine(doc, i) || doc.tokens[i].start < from) continue;
    const t = turnAt(doc, i);
    if (t) turns.push(t);
  }
  const counts = new Map<string, number>();
  for (const t of turns) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
  if (counts.size < 2 || ![...counts.values()].some((c) => c >= 2)) return [];
  const out: Draft[] = [];
  for (const t of turns) {
    const d = makeDraft(ctx, t.colon + 1, t.last, {
      speakerToks: { a: t.a, b: t.b },
      cue: { start: doc.tokens[t.colon].start, end: doc.tokens[t.colon].end },
      cueTok: -1,
    });
    if (!d) continue;
    if (t.quoted) d.kind = 'direct';
    out.push(d);
  }
  return out;
}
