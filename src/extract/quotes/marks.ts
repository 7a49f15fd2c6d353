import type { Token } from '../../text/token.js';

/**
 * Quotation-mark pairing over tokens. Double marks (straight, curly, « », „) pair up
 * within a paragraph; a quote left open at a paragraph break becomes a piece of its own,
 * and when the next paragraph opens with a mark (the news convention for a quote running
 * over several paragraphs) the pieces are chained. Single marks (‘ ’ and straight ') pair
 * only outside double quotes, with care for apostrophes. One pass, linear in the tokens.
 */

export interface QuotePiece {
  /** Token index of the (first token of the) opening mark. */
  open: number;
  /** Token index of the (last token of the) closing mark, or -1 when the paragraph ended first. */
  close: number;
  /** Token range of the quoted words, [first, last]. */
  first: number;
  last: number;
  /** Character span of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** The quote goes on in the next piece (next paragraph). */
  continues: boolean;
  /** This piece continues the previous one. */
  continuation: boolean;
  single: boolean;
}

const OPEN_ONLY = new Set(['“', '«', '„']);
const CLOSE_ONLY = new Set(['”', '»']);
const STRAIGHT = '"';

function isDouble(t: string): boolean {
  return t === STRAIGHT || OPEN_ONLY.has(t) || CLOSE_ONLY.has(t) || t === '‟' || t === "''" || t === '``';
}

/** Tokens the double mark at i spans: 1, or 2 for a doubled apostrophe ('' as some papers print “). */
function doubleLength(tokens: Token[], i: number): number {
  const t = tokens[i].text;
  if (isDouble(t)) return 1;
  if ((t === "'" || t === '`') && i + 1 < tokens.length && tokens[i + 1].text === t && tokens[i + 1].start === tokens[i].end) return 2;
  return 0;
}

/** Whether only invisible format characters (\p{Cf}) stand between the line's start and `at`. */
function lineStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\p{Cf}/u.test(text[k])) k--;
  return k < 0 || text[k] === '\n';
}

/** Is the straight or curly mark at tokens [i, j] opening (true), closing (false), by its surroundings? */
function looksOpening(tokens: Token[], i: number, text: string, j = i): boolean | null {
  const t = tokens[i].text;
  const before = tokens[i].start > 0 ? text[tokens[i].start - 1] : ' ';
  const after = tokens[j].end < text.length ? text[tokens[j].end] : ' ';
  // Curly marks typed the wrong way round: ” opening a line right before a word, “ closing
  // right after one ("… a fascist?“ he asked"; also the German „…“).
  // (Invisible format characters, such as a direction mark, may stand before it on the line.)
  if (t === '”' && lineStart(text, tokens[i].start) && /[\p{L}\p{N}]/u.test(after)) return true;
  if (t === '“' && /[\p{L}\p{N}.,!?…]/u.test(before) && /[\s.,;:!?)\u2014\u2013\u2015-]/u.test(after)) return false;
  if (OPEN_ONLY.has(t) || t === '``' || t === '‟' || (t === '`' && j > i)) return true;
  if (CLOSE_ONLY.has(t) || t === "''") return false;
  const spaceBefore = /[\s([{\u2014\u2013-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014\u2013-]/u.test(after);
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return null;
}

export function pairQuoteMarks(tokens: Token[], text: string): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let open = -1;
  let chained = false;
  const emit = (o: number, c: number, lastTok: number, continues: boolean): void => {
    const first = o + 1;
    const last = lastTok;
    if (last < first) return;
    const start = tokens[first].start;
    // A trailing comma inside the marks belongs to the sentence, not to the words.
    let l = last;
    while (l > first && (tokens[l].text === ',' || tokens[l].text === ':')) l--;
    const end = tokens[l].end;
    if (end <= start) return;
    const markFirst = o > 0 && doubleLength(tokens, o - 1) === 2 ? o - 1 : o;
    pieces.push({ open: markFirst, close: c, first, last: l, start, end, continues, continuation: chained, single: false });
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const len = doubleLength(tokens, i);
    if (open >= 0 && tok.paragraphBefore) {
      const next = len > 0 && looksOpening(tokens, i, text, i + len - 1) !== false;
      emit(open, -1, i - 1, next);
      chained = next;
      open = -1;
    } else if (open < 0 && tok.paragraphBefore) {
      chained = false;
    }
    if (len === 0) continue;
    const dir = looksOpening(tokens, i, text, i + len - 1);
    if (open < 0) {
      if (dir !== false) open = i + len - 1; // else a stray closing mark: nothing to pair with
      i += len - 1;
      continue;
    }
    if (dir === true && i > open + 1) {
      // Two openings in a row within a paragraph: the first was never closed; start over.
      open = i + len - 1;
      chained = false;
      i += len - 1;
      continue;
    }
    emit(open, i + len - 1, i - 1, false);
    chained = false;
    open = -1;
    i += len - 1;
  }
  if (open >= 0) emit(open, -1, tokens.length - 1, false);
  pieces.push(...pairSingles(tokens, text, pieces));
  pieces.sort((a, b) => a.start - b.start);
  return pieces;
}

/** ‘…’ or '…' pairs outside double quotes: titles in headlines, quotes in British style. */
function pairSingles(tokens: Token[], text: string, doubles: QuotePiece[]): QuotePiece[] {
  const out: QuotePiece[] = [];
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (t !== '‘' && t !== "'") continue;
    if (doubleLength(tokens, i) === 2 || (i > 0 && doubleLength(tokens, i - 1) === 2)) continue;
    while (d < doubles.length && doubles[d].end < tokens[i].start) d++;
    if (d < doubles.length && doubles[d].start <= tokens[i].start && tokens[i].start < doubles[d].end) continue;
    if (looksOpening(tokens, i, text) !== true) continue;
    // The closing mark: within 60 tokens, same paragraph, followed by space or punctuation.
    for (let j = i + 2; j < tokens.length && j < i + 60; j++) {
      if (tokens[j].paragraphBefore) break;
      const u = tokens[j].text;
      if ((u === '’' || u === "'") && looksOpening(tokens, j, text) === false) {
        const prev = tokens[j - 1].text;
        // "voters’ rights": a plural possessive, not a closing mark, when a lower-case word follows.
        const after = j + 1 < tokens.length ? tokens[j + 1].text : '';
        if (/s$/u.test(prev) && /^\p{Ll}/u.test(after)) continue;
        let last = j - 1;
        while (last > i + 1 && tokens[last].text === ',') last--;
        out.push({ open: i, close: j, first: i + 1, last, start: tokens[i + 1].start, end: tokens[last].end, continues: false, continuation: false, single: true });
        i = j;
        break;
      }
    }
  }
  return out;
}
