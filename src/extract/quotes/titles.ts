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

/** Nouns for a kind of work: what follows them in quotation marks is its name. */
const WORK_NOUNS = new Set([
  'book', 'books', 'memoir', 'autobiography', 'novel', 'film', 'films', 'movie', 'movies', 'show', 'shows', 'series',
  'program', 'programme', 'album', 'song', 'play', 'musical', 'documentary', 'podcast', 'column', 'newsletter',
  'magazine', 'episode', 'sitcom', 'miniseries', 'comedy', 'drama', 'thriller', 'poem', 'essay', 'report', 'headline',
]);

/** Words before a quotation that introduce a title rather than words spoken. */
const TITLE_INTRO = new Set([
  ...WORK_NOUNS,
  'on', 'in', 'of', 'from', 'at', 'with', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', '’s', "'s",
  'host', 'hosts', 'hosted', 'hosting', 'anchor', 'starred', 'stars', 'star', 'starring',
  'wrote', 'published', 'watched', 'appeared', 'appearing',
]);

/** Short function words a title leaves in lower case ("Bridge of Spies", "Face the Nation"). */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'vs.']);

/** Clitics a title keeps in lower case ("Bridget Jones's Diary", "Here’s the Thing"). */
const CLITICS = new Set(["'s", '’s', "n't", 'n’t', "'re", '’re', "'ll", '’ll', "'ve", '’ve', "'m", '’m', "'d", '’d']);

/**
 * What introduces the piece as a name: a word of TITLE_INTRO, "according to", or a work
 * noun and a comma ("his autobiography, “A Time for Truth,”"). Returns whether the intro
 * is a work noun (after which a title may end in ? or !: the film “Sharknado 3: Oh Hell No!”).
 */
function titleIntro(doc: Doc, open: number): 'work' | 'name' | null {
  const intro = doc.lower[open - 1];
  if (WORK_NOUNS.has(intro)) return 'work';
  if (TITLE_INTRO.has(intro)) return 'name';
  if (open < 2) return null;
  const before = doc.lower[open - 2];
  if (intro === 'to' && before === 'according') return 'name';
  if (intro === ',' && WORK_NOUNS.has(before)) return 'work';
  return null;
}

function isTitleOfWork(doc: Doc, piece: QuotePiece): boolean {
  if (piece.open <= 0) return false;
  const intro = titleIntro(doc, piece.open);
  return intro !== null && titleCased(doc, piece, intro === 'work');
}

/**
 * Which pieces are titles of works: isTitleOfWork, and a piece joined to a title by "and",
 * "or" or a comma (starred in “Parks and Recreation” and “Guardians of the Galaxy”).
 */
export function titlesOf(doc: Doc, pieces: QuotePiece[]): boolean[] {
  const titles = pieces.map((piece) => isTitleOfWork(doc, piece));
  for (let p = 1; p < pieces.length; p++) {
    if (titles[p] || !titles[p - 1] || pieces[p - 1].close < 0) continue;
    let joined = pieces[p].open > pieces[p - 1].close + 1;
    for (let k = pieces[p - 1].close + 1; k < pieces[p].open && joined; k++) joined = JOINERS.has(doc.lower[k]);
    if (joined) titles[p] = titleCased(doc, pieces[p], false);
  }
  return titles;
}

const JOINERS = new Set([',', 'and', 'or', '&']);

/** Whether a piece's words run in Title Case, with at most ten words. */
function titleCased(doc: Doc, piece: QuotePiece, marksAllowed: boolean): boolean {
  let words = 0;
  for (let k = piece.first; k <= piece.last; k++) {
    const t = doc.tokens[k].text;
    if ((t === '?' || t === '!') && !marksAllowed) return false;
    if (!isWord(t) || CLITICS.has(t.toLowerCase())) continue;
    words++;
    if (words > 10) return false;
    if (MINOR.has(t.toLowerCase()) && k !== piece.first) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  }
  return words > 0;
}
