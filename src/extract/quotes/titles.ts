import type { Doc } from '../../text/doc.js';
import type { QuotePiece } from './marks.js';
import { isWord } from './words.js';

/**
 * Titles of works and programmes in quotation marks: “Meet the Press”, ABC’s “This Week”,
 * the book “The Art of the Deal.” They are names, not speech, however a cue sits near them
 * ("he said on “Face the Nation.”"). A piece is a title when its words run in Title Case
 * (every longer word capitalised), it carries no question or exclamation mark, and the
 * word before the opening mark is one that introduces a name: a preposition, a determiner
 * or possessive, or a noun for a kind of work. Naming verbs ("entitled", "called", "dubbed")
 * are left out on purpose: what they introduce is often the words someone chose, and
 * annotators count it as content.
 */

/** Words before a quotation that introduce a title rather than words spoken. */
const TITLE_INTRO = new Set([
  'on', 'in', 'of', 'from', 'at', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', '’s', "'s",
  'host', 'hosts', 'hosted', 'hosting', 'anchor', 'starred', 'stars', 'star', 'starring', 'book', 'books', 'memoir',
  'novel', 'film', 'films', 'movie', 'movies', 'show', 'shows', 'series', 'program', 'programme', 'album', 'song',
  'play', 'musical', 'documentary', 'podcast', 'column', 'newsletter', 'magazine',
  'wrote', 'published', 'watched', 'appeared', 'appearing', 'episode', 'sitcom',
]);

/** Short function words a title leaves in lower case ("Bridge of Spies", "Face the Nation"). */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'vs.']);

export function isTitleOfWork(doc: Doc, piece: QuotePiece): boolean {
  if (piece.open <= 0) return false;
  const intro = doc.lower[piece.open - 1];
  if (!TITLE_INTRO.has(intro)) return false;
  let words = 0;
  for (let k = piece.first; k <= piece.last; k++) {
    const t = doc.tokens[k].text;
    if (t === '?' || t === '!') return false;
    if (!isWord(t)) continue;
    words++;
    if (words > 10) return false;
    if (MINOR.has(t.toLowerCase()) && k !== piece.first) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  }
  return words > 0;
}
