import type { Doc } from '../../text/doc.js';
import { newDraft, type Draft } from './draft.js';
import { contentEnd } from './content-end.js';
import { makeDraft, unclaimedPieces, type ReportedContext } from './reported.js';
import type { TokRange } from './speaker.js';

/**
 * A possessive speech noun with a that-clause: "her remark that “there is a special place
 * in hell …”", "Trump's claim that the vote was rigged", "his warning that Britain would go
 * to the back of the queue". The possessor is the speaker, the noun the cue, the clause
 * (from "that") the content. The "that" must be a complementiser (tagged SCONJ): in "the
 * claim that he made" it is a relative pronoun and the noun has no content.
 */

const SPEECH_NOUNS = new Set([
  'claim', 'claims', 'remark', 'remarks', 'comment', 'comments', 'warning', 'warnings', 'assertion', 'assertions',
  'argument', 'insistence', 'suggestion', 'promise', 'pledge', 'vow', 'contention', 'prediction', 'admission',
  'accusation', 'allegation', 'allegations', 'declaration', 'announcement', 'complaint', 'assurance', 'assurances',
  'threat', 'boast', 'denial', 'statement', 'statements',
]);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

const low = (doc: Doc, i: number): string => doc.lower[i];

/** The possessor before the noun at `noun` (an adjective or two allowed between: "his repeated claim"), or null. */
function possessor(doc: Doc, noun: number, s: number): TokRange | null {
  let p = noun - 1;
  while (p > s && noun - p <= 2 && doc.upos[p] === 'ADJ') p--;
  if (p < s) return null;
  if (POSSESSIVES.has(low(doc, p))) return { a: p, b: p + 1 };
  if (low(doc, p) !== "'s" && low(doc, p) !== '’s') return null;
  // The name before the possessive mark: its capitalised proper nouns ("Vladimir Putin's").
  let a = p;
  while (a > s && p - a < 4 && doc.upos[a - 1] === 'PROPN' && /^\p{Lu}/u.test(doc.tokens[a - 1].text)) a--;
  return a < p ? { a, b: p } : null;
}

/** Finds the possessive speech-noun attributions of sentence [s, e) and appends them to `out`. */
export function nominalInSentence(ctx: ReportedContext, s: number, e: number, out: Draft[]): void {
  const { doc, pieceOf, usedCues } = ctx;
  for (let i = s + 1; i + 2 < e; i++) {
    if (!SPEECH_NOUNS.has(low(doc, i)) || low(doc, i + 1) !== 'that' || doc.upos[i + 1] !== 'SCONJ') continue;
    if (pieceOf[i] >= 0 || usedCues.has(i)) continue;
    // "The president repeated his claim that …": the noun is already inside a verb's content.
    const at = doc.tokens[i].start;
    if (out.some((d) => d.start <= at && at < d.end)) continue;
    const speaker = possessor(doc, i, s);
    if (!speaker) continue;
    const d = makeDraft(ctx, i + 1, contentEnd(ctx, i + 1, e), {
      speakerToks: speaker,
      cue: { start: doc.tokens[i].start, end: doc.tokens[i].end },
      cueTok: i,
    });
    if (!d) continue;
    usedCues.add(i);
    out.push(d);
  }
}

/** Nouns of voices raised together: "chants of “…”", "cries of “…”". */
const CHANT_NOUNS = new Set(['chant', 'chants', 'cry', 'cries', 'shout', 'shouts', 'chorus', 'roar', 'roars']);

/**
 * "their chants of “Ted! Ted!”", "was met with chants of “Four more years”": the quotation is
 * what the crowd shouted, a direct quote with the noun and "of" as its cue and the possessor,
 * if any, as its speaker. Appends the drafts to `out`.
 */
export function chantsInSentence(ctx: ReportedContext, s: number, e: number, out: Draft[]): void {
  const { doc, pieces, usedCues } = ctx;
  for (const p of unclaimedPieces(ctx, s, e)) {
    const piece = pieces[p];
    const noun = piece.open - 2;
    if (noun < s || low(doc, piece.open - 1) !== 'of' || !CHANT_NOUNS.has(low(doc, noun)) || usedCues.has(noun)) continue;
    out.push(newDraft('direct', piece.start, piece.end, {
      speakerToks: possessor(doc, noun, s),
      cue: { start: doc.tokens[noun].start, end: doc.tokens[noun + 1].end },
      cueTok: noun,
    }));
    ctx.attributed[p] = true;
    usedCues.add(noun);
  }
}
