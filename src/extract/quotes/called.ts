import type { Doc } from '../../text/doc.js';
import type { Draft } from './draft.js';
import { addVerbDraft, unclaimedPieces, type ReportedContext } from './reported.js';
import { subjectOf, withSubject } from './speaker.js';
import { isWord } from './words.js';

/**
 * Labelling with quoted words, by token patterns, for what the parse misses:
 *   Bush called Trump “unhinged.”     …, calling him a “loser.”     Obama has labelled it “a disgrace.”
 *   Christie refers to the candidate as “Mr. Trump.”     She described the plan as “reckless.”
 * The content is the object and its quoted label (a mixed quote), the cue the labelling
 * verb, the speaker its subject (or, for a participle, the clause's subject). The naming
 * sense ("a group called the “X”", "what is called a “debate”") is left out: there the
 * verb follows a noun or a form of "be", or nothing but a determiner stands before the mark.
 */

// Past and participle forms only: the present "fans call him “the Hammer”" is a nickname in use.
const LABEL_VERBS = new Set([
  'called', 'calling', 'dubbed', 'dubbing', 'labeled', 'labelled', 'labeling', 'labelling',
  'branded', 'branding', 'deemed', 'deeming', 'termed', 'terming',
]);
/**
 * Verbs that label through "as": "refers to the governor as “Chris”", "described him as a
 * “loser”". Any tense: with "as" the label is someone's characterisation, not a name in use.
 */
const AS_VERBS = new Set([
  'refer', 'refers', 'referred', 'referring', 'describe', 'describes', 'described', 'describing',
  'characterize', 'characterizes', 'characterized', 'characterizing', 'characterise', 'characterised',
  'portray', 'portrays', 'portrayed', 'portraying', 'depict', 'depicts', 'depicted', 'depicting',
]);
const PARTICIPLES = new Set([
  'calling', 'dubbing', 'labeling', 'labelling', 'branding', 'deeming', 'terming',
  'referring', 'describing', 'characterizing', 'portraying', 'depicting',
]);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'so', 'so-called', "'s", '’s', 're', '’re', "'re"]);
/** Adverbs between an auxiliary and the verb ("has also called", "is often called"). */
const ADVERBS = new Set(['also', 'often', 'sometimes', 'once', 'repeatedly', 'previously', 'even', 'widely', 'publicly', 'since', 'now']);
/** Words that may stand between the verb and the quotation mark: the labelled object. */
const OBJECT_STOP = new Set(['.', ';', ':', '?', '!', '—', '–', 'that', 'said', 'says', 'because', 'if', 'when']);
/** Words that right after the verb make it another verb: "called for", "called on … to". */
const PHRASAL = new Set(['for', 'on', 'off', 'up', 'out', 'back', 'in', 'to']);

/** Words that may stand between two quoted labels of one list. */
const LABEL_JOINERS = new Set(['and', 'or', ',', 'a', 'an', 'the']);

const low = (doc: Doc, i: number): string => doc.lower[i];

/**
 * The labelling verb within a few words before the piece opening at `open`, or -1. An
 * "as" verb needs "as" between its object and the mark.
 */
function labelVerbBefore(ctx: ReportedContext, open: number, s: number): number {
  const { doc, pieceOf } = ctx;
  let sawAs = false;
  for (let k = open - 1, n = 0; k >= s && n < 12; k--, n++) {
    if (pieceOf[k] >= 0) return -1;
    const w = low(doc, k);
    if (w === 'as') sawAs = true;
    if (LABEL_VERBS.has(w) || (sawAs && AS_VERBS.has(w))) {
      const after = k + 1 < open ? low(doc, k + 1) : '';
      // "refers to X as": the "to" belongs to the verb.
      if (PHRASAL.has(after) && !(AS_VERBS.has(w) && after === 'to')) return -1;
      return k;
    }
    if (OBJECT_STOP.has(w)) return -1;
  }
  return -1;
}

/** Whether the verb at v is in a naming use: "is called", "is also known", "so-called". */
function naming(doc: Doc, v: number, s: number): boolean {
  let k = v - 1;
  while (k > s && ADVERBS.has(low(doc, k))) k--;
  return BE.has(low(doc, k));
}

export function calledInSentence(ctx: ReportedContext, s: number, e: number, out: Draft[]): void {
  const { doc, pieces, attributed, consumed, usedCues } = ctx;
  for (const p of unclaimedPieces(ctx, s, e)) {
    const piece = pieces[p];
    if (piece.close < 0) continue;
    const v = labelVerbBefore(ctx, piece.open, s);
    if (v < 0 || v === s || usedCues.has(v)) continue;
    if (naming(doc, v, s)) continue;
    // "refers to the governor as": the content starts with the object, after "to".
    const from = AS_VERBS.has(low(doc, v)) && low(doc, v + 1) === 'to' ? v + 2 : v + 1;
    // The object: at least one word that is not a bare determiner ("called the “X”" names).
    let objWords = 0;
    for (let k = from; k < piece.open; k++) if (isWord(doc.tokens[k].text) && !/^(the|a|an|as)$/iu.test(doc.tokens[k].text)) objWords++;
    if (objWords === 0) continue;
    const participle = PARTICIPLES.has(low(doc, v));
    // A finite verb right after a common noun is a reduced relative ("a group called …").
    if (!participle && doc.upos[v - 1] === 'NOUN' && !/^\p{Lu}/u.test(doc.tokens[v - 1].text)) continue;
    // A participle's speaker is its own subject in "with McCain calling it …", else the subject
    // of the verb it hangs from (found through the parse later).
    const speaker = participle ? withSubject(doc, v, s) : subjectOf(doc, v, s, e);
    // Quoted labels joined by "and"/"or" (“a train wreck” and “outsourcer in chief”) go together.
    let last = piece.close;
    for (let q = p + 1; q < pieces.length; q++) {
      const next = pieces[q];
      const gap = next.open - last - 1;
      if (gap < 0 || gap > 3 || doc.sentenceOf[next.open] !== doc.sentenceOf[v] || attributed[q] || consumed[q] || ctx.titles[q]) break;
      const between = doc.lower.slice(last + 1, next.open);
      // “a nasty guy,” an “anchor baby,” and “sick”: joiners and a bare article.
      if (!between.every((t) => LABEL_JOINERS.has(t))) break;
      last = next.close >= 0 ? next.close : next.last;
    }
    addVerbDraft(ctx, from, last, v, speaker, out);
  }
}
