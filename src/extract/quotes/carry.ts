import type { Doc } from '../../text/doc.js';
import { newDraft, type Draft } from './draft.js';
import type { QuotePiece } from './marks.js';
import { isWord } from './words.js';

/**
 * Quotations with no attribution of their own. A piece that reads as speech (a full
 * sentence, or several words) takes the speaker of the latest attribution shortly before
 * it: news goes on quoting the same person without repeating "he said". Short pieces
 * without a cue are scare quotes, titles or nicknames, and are not speech.
 */

/** Words before a quotation that make it a title or a name, not speech. */
const NAMING = new Set([
  'titled', 'entitled', 'called', 'dubbed', 'nicknamed', 'named', 'so-called', 'film', 'movie', 'book', 'song',
  'album', 'show', 'series', 'headline', 'slogan', 'hashtag', 'phrase', 'term', 'word', 'words', 'label', 'known',
  'as', 'the', 'on', 'in', 'of', 'campaign', 'program', 'programme', 'operation', 'article', 'column', 'episode',
]);

/** Words a Title Case headline keeps in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

const MAX_GAP = 2500; // characters between the source attribution and the carried quote

function wordsIn(doc: Doc, piece: QuotePiece): number {
  let n = 0;
  for (let k = piece.first; k <= piece.last; k++) if (isWord(doc.tokens[k].text)) n++;
  return n;
}

/** Does the piece read as speech rather than a scare quote, a title or a nickname? */
export function readsAsSpeech(doc: Doc, piece: QuotePiece): boolean {
  const n = wordsIn(doc, piece);
  if (n < 4) return n >= 2 && wholeSentence(doc, piece);
  const prev = piece.open > 0 ? doc.lower[piece.open - 1] : '';
  const sentenceLike = /[.!?…]$/u.test(doc.tokens[piece.last].text) || doc.tokens[piece.last + 1]?.text === ',' ;
  if (NAMING.has(prev) && !sentenceLike) return false;
  // A Title Case run is the name of a work, not speech; a headline's full stop
  // ("Legend in the Coal Fields.", "All Bets Are Off.") does not make it a sentence.
  let caps = 0;
  let words = 0;
  let titleCase = true;
  let capitalised = 0;
  for (let k = piece.first; k <= piece.last; k++) {
    const t = doc.tokens[k].text;
    if (!isWord(t)) continue;
    const capital = /^\p{Lu}/u.test(t);
    if (capital) capitalised++;
    else if (!TITLE_SMALL_WORDS.has(t)) titleCase = false;
    if (t.length <= 3) continue;
    words++;
    if (capital) caps++;
  }
  if (words >= 2 && caps === words && !sentenceLike) return false;
  if (titleCase && capitalised >= 3) return false;
  return sentenceLike || n >= 6;
}

/**
 * A short quotation that is a clause and a sentence of its own, capitalised and closed by
 * its stop ("“The loopholes remain.”" after an attributed quotation), reads as speech; scare
 * quotes and titles sit inside a sentence.
 */
function wholeSentence(doc: Doc, piece: QuotePiece): boolean {
  if (piece.close < 0) return false;
  const sent = doc.sentences[doc.sentenceOf[piece.open]];
  if (sent.tokenStart !== piece.open || doc.sentenceOf[piece.close] !== doc.sentenceOf[piece.open]) return false;
  if (piece.close + 1 < sent.tokenEnd) return false;
  if (!/^\p{Lu}/u.test(doc.tokens[piece.first].text) || !/^[.!?…]$/u.test(doc.tokens[piece.last].text)) return false;
  // A clause, with a verb: "“A healthy environment.”" is a section heading.
  for (let k = piece.first; k <= piece.last; k++) if (doc.upos[k] === 'VERB' || doc.upos[k] === 'AUX') return true;
  return false;
}

/** The writer's own voice ("I guess …", "do we know …", "you see …"): no speaker to carry on. */
const AUTHOR_PRONOUNS = new Set(['i', 'we', 'you']);
function authorVoice(doc: Doc, d: Draft): boolean {
  const r = d.speakerToks;
  return r !== null && r.b - r.a === 1 && AUTHOR_PRONOUNS.has(doc.lower[r.a]) && d.kind === 'indirect';
}

/** Gives unattributed speech-like pieces the latest preceding attribution's speaker. */
export function carryOver(doc: Doc, pieces: QuotePiece[], taken: boolean[], drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  const out: Draft[] = [];
  let k = 0;
  let latest: Draft | null = null;
  for (let p = 0; p < pieces.length; p++) {
    if (taken[p]) continue;
    const piece = pieces[p];
    while (k < sorted.length && sorted[k].start < piece.start) {
      if ((sorted[k].speakerToks && !authorVoice(doc, sorted[k])) || sorted[k].carried) latest = sorted[k];
      k++;
    }
    if (!readsAsSpeech(doc, piece)) continue;
    const src = latest && piece.start - latest.end <= MAX_GAP ? latest : null;
    out.push(newDraft('direct', piece.start, piece.end, { carried: src }));
  }
  return out;
}
