import type { Doc } from '../../text/doc.js';
import type { Draft } from './draft.js';
import { makeDraft, type ReportedContext } from './reported.js';
import { cueWord } from './cues.js';
import { isWord, startsLine } from './words.js';

/**
 * The news headline convention "Name: what they said" ("Sanders: Endorsements prove
 * Clinton ‘candidate of the establishment’"): in the document's first line, a short
 * capitalised phrase and a colon attribute the rest of the line to that phrase, with the
 * colon as the cue.
 */
export function headlineAttribution(ctx: ReportedContext): Draft | null {
  const { doc } = ctx;
  const n = doc.tokens.length;
  let lineEnd = 1;
  while (lineEnd < n && !startsLine(doc, lineEnd)) lineEnd++;
  let colon = -1;
  for (let k = 1; k < lineEnd && k <= 7; k++) {
    if (doc.tokens[k].text === ':') {
      colon = k;
      break;
    }
  }
  // A text of one line has no headline over a body: its verbs are read as a sentence's.
  if (colon < 0) return lineEnd < n ? headlineVerb(ctx, lineEnd) : null;
  if (colon + 2 >= lineEnd || !/^\p{Lu}/u.test(doc.tokens[0].text)) return null;
  for (let k = 0; k < colon; k++) {
    const t = doc.tokens[k].text;
    // Only a name or title in capitals ("Sen. Ward", "WSJ"): "Mayor Varga wrote: …" is a sentence.
    if (isWord(t) && !/^\p{Lu}/u.test(t)) return null;
    if (!isWord(t) && t !== '.' && t !== "'s" && t !== '’s' && t !== '-') return null;
    if (ctx.pieceOf[k] >= 0) return null;
  }
  let last = lineEnd - 1;
  while (last > colon && /^[.!?]$/u.test(doc.tokens[last].text)) last--;
  return makeDraft(ctx, colon + 1, last, {
    speakerToks: { a: 0, b: colon },
    cue: { start: doc.tokens[colon].start, end: doc.tokens[colon].end },
    cueTok: colon,
  });
}

/**
 * "Clinton Calls Attacks on Christians ‘Genocide’": a headline with quoted words and a
 * speech verb (title case, so no parse to trust) attributes the words after the verb to
 * the capitalised phrase before it.
 */
function headlineVerb(ctx: ReportedContext, lineEnd: number): Draft | null {
  const { doc, pieceOf } = ctx;
  let firstPiece = -1;
  for (let k = 0; k < lineEnd; k++) {
    if (pieceOf[k] >= 0) {
      firstPiece = k;
      break;
    }
  }
  if (firstPiece < 2) return null;
  for (let k = 1; k < firstPiece && k <= 6; k++) {
    const cw = cueWord(doc.lower[k]);
    if (!cw || cw.cls !== 'speech' || cw.participle) continue;
    for (let j = 0; j < k; j++) if (!isWord(doc.tokens[j].text) || !/^\p{Lu}/u.test(doc.tokens[j].text)) return null;
    let last = lineEnd - 1;
    while (last > k && /^[.!?]$/u.test(doc.tokens[last].text)) last--;
    return makeDraft(ctx, k + 1, last, {
      speakerToks: { a: 0, b: k },
      cue: { start: doc.tokens[k].start, end: doc.tokens[k].end },
      cueTok: k,
    });
  }
  return null;
}
