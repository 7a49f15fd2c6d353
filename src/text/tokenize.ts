import type { Token } from './token.js';
import { DOTTED_ACRONYM, INITIAL, isAbbreviation } from './abbreviations.js';

/**
 * A tokenizer for English news in the manner of Universal Dependencies (EWT/GUM):
 * the text is cut at whitespace into chunks, and each chunk is peeled like spaCy does:
 * prefixes (opening quotes, brackets, currency), suffixes (closing punctuation, clitics,
 * sentence periods) and infixes (dashes, hyphens between words, ellipses). Special forms
 * (URLs, e-mail addresses, hashtags, numbers with separators, dotted acronyms) are kept
 * whole. Every token keeps its exact UTF-16 offsets.
 */


const URL = /^(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”‘’]+$/iu;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
const HASHTAG = /^[#@]\p{L}[\p{L}\p{N}_]*$/u;
/** Emoticons, kept whole as UD does: ":)", ":-(", ";D". */
const EMOTICON = /^[:;=8][-']?[)(\]\[DPpOo3|\\/*]$|^<3$/u;
/** Telephone-like digit groups ("303-832-8160") are one token. */
const DIGIT_GROUPS = /^\d+(?:-\d+)+$/u;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
/** Numbers with a unit glued on: "3.5bn", "10km", "5pm". UD splits number and unit. */
const NUMBER_UNIT = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(bn|mn|m|k|km|kg|mg|mm|cm|mph|kph|am|pm|gb|mb|tb)$/iu;

const OPENING = new Set(['(', '[', '{', '"', '“', '”', '»', '‘', "'", '«', '‹', '›', '„', '‚', '$', '£', '€', '¥', '₹', '¿', '¡', '*', '#', '<', '`', '…', '—', '–', '―', '-']);
const CLOSING = new Set([')', ']', '}', '"', '”', '“', '’', "'", '»', '›', '«', '‹', ',', ';', ':', '!', '?', '%', '…', '*', '>', '—', '–', '―', '‰', '°']);

/** Clitics split off as UD does: Moscow + ’s, We + ’ve, do + n’t. Longest first. */
const CLITIC = /(?:n['’]t|['’](?:s|ve|re|ll|d|m))$/iu;
/** Contractions whose host changes form: "can't" is ca + n't, "won't" is wo + n't. */
const SPECIAL_WORDS: Partial<Record<string, number[]>> = {
  cannot: [3],
  gonna: [3],
  wanna: [3],
  gotta: [3],
};

/**
 * Hyphenated words that UD keeps as one token: those opened by a bound prefix
 * ("non-stop", "post-war", "anti-American", "e-mail").
 */
const KEPT_HYPHEN_PREFIX = /^(?:e|x|non|post|pre|anti|pro|co|re|ex|self|mid|multi|semi|sub|un|vice|inter|intra|counter|over|under|neo|pan|quasi|ultra|mega|mini|micro|macro|de|bi|tri|cross|trans|socio|geo|euro|afro)-\p{L}/iu;

/** Splits `text` into tokens with exact offsets. Never throws; lone surrogates become one-code-unit tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let newlines = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) newlines++;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !isSpace(text.charCodeAt(j))) j++;
    const first = tokens.length;
    if (!fastChunk(text, i, j, tokens)) splitChunk(text, i, j, tokens);
    if (tokens.length > first) {
      tokens[first].lineBefore = newlines > 0;
      tokens[first].paragraphBefore = newlines > 1;
      if (first > 0) tokens[first - 1].spaceAfter = true;
    }
    newlines = 0;
    i = j;
  }
  return tokens;
}

/**
 * Whitespace as `\s` defines it, by code unit, without a regex call per character; also the
 * invisible characters that pasted text carries between words: the zero-width space and
 * the bidirectional marks and embeddings (U+200B, U+200E-F, U+202A-E, U+2066-9), which
 * would otherwise glue themselves to the next word ("\u202a”This is why …").
 */
function isSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 32) return c >= 9 && c <= 13;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x200e || c === 0x200f || c === 0x2028 || c === 0x2029
    || (c >= 0x202a && c <= 0x202f) || c === 0x205f || (c >= 0x2066 && c <= 0x2069) || c === 0x3000 || c === 0xfeff;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The common chunks, handled without regular expressions: a plain ASCII word, optionally
 * followed by one of , ; : or a sentence period. Returns false to fall back to the full rules.
 */
function fastChunk(text: string, start: number, end: number, out: Token[]): boolean {
  let k = start;
  while (k < end && isAsciiLetter(text.charCodeAt(k))) k++;
  // "cannot", "gonna", "wanna", "gotta" split in two: leave them to the full rules.
  if ((k - start === 5 || k - start === 6) && SPECIAL_WORDS[text.slice(start, k).toLowerCase()]) return false;
  if (k === end) {
    push(text, start, end, out);
    return true;
  }
  if (k === start || k !== end - 1) return false;
  const last = text.charCodeAt(k);
  if (last === 44 || last === 59 || last === 58) {
    push(text, start, k, out);
    push(text, k, end, out);
    return true;
  }
  if (last === 46) {
    // "Mr." and "J." keep their period: leave those to the full rules.
    if (k - start === 1 || isAbbreviation(text.slice(start, k))) return false;
    push(text, start, k, out);
    push(text, k, end, out);
    return true;
  }
  return false;
}

function push(text: string, start: number, end: number, out: Token[]): void {
  if (end <= start) return;
  out.push({ start, end, text: text.slice(start, end), spaceAfter: false, lineBefore: false, paragraphBefore: false });
}

/** Peels one whitespace-free chunk [start, end) into tokens. */
function splitChunk(text: string, start: number, end: number, out: Token[]): void {
  const suffixes: Array<[number, number]> = [];
  let s = start;
  let e = end;
  for (let guard = 0; s < e && guard < 1000; guard++) {
    const chunk = text.slice(s, e);
    if (isWhole(chunk)) break;
    // Prefixes: one opening character at a time; an ellipsis or dash run as one token.
    const pre = prefixLength(chunk);
    if (pre > 0 && pre < chunk.length) {
      push(text, s, s + pre, out);
      s += pre;
      continue;
    }
    const suf = suffixLength(chunk);
    if (suf > 0 && suf < chunk.length) {
      suffixes.push([e - suf, e]);
      e -= suf;
      continue;
    }
    break;
  }
  if (s < e) splitInfixes(text, s, e, out);
  for (let k = suffixes.length - 1; k >= 0; k--) push(text, suffixes[k][0], suffixes[k][1], out);
}

/** Forms kept whole, without peeling. */
function isWhole(chunk: string): boolean {
  if (chunk.length <= 1) return true;
  // One pass over the characters decides which (costly) patterns can apply at all.
  let letters = 0;
  let digits = 0;
  let dots = 0;
  let other = 0;
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk.charCodeAt(k);
    if (isAsciiLetter(c)) letters++;
    else if (c >= 48 && c <= 57) digits++;
    else if (c === 46) dots++;
    else if (c < 128 || c < 0xc0 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || c >= 0xfe30) other++;
    else letters++; // most other non-ASCII code units are letters or marks
  }
  if (other === 0) {
    // A plain word or number, except the contractions UD splits ("cannot", "gonna").
    if (dots === 0) return (letters === 0 || digits === 0) && SPECIAL_WORDS[chunk.toLowerCase()] === undefined;
    if (digits > 0 && letters === 0) return NUMBER.test(chunk);
    if (DOTTED_ACRONYM.test(chunk) || INITIAL.test(chunk)) return true;
    if (dots === 1 && chunk.endsWith('.') && /^\p{L}+\.$/u.test(chunk) && isAbbreviation(chunk.slice(0, -1))) return true;
    return URL.test(chunk) && !chunk.endsWith('.');
  }
  if (digits > 0 && NUMBER.test(chunk)) return true;
  if (EMAIL.test(chunk) || HASHTAG.test(chunk) || EMOTICON.test(chunk) || DIGIT_GROUPS.test(chunk)) return true;
  // A run of one punctuation mark ("!!", "***", ">>") or of ?!. ("?!", "!.") is one token.
  if (letters === 0 && digits === 0 && /^(?:([^\p{L}\p{N}\s])\1+|[!?.]*[!?][!?.]*)$/u.test(chunk)) return true;
  if (URL.test(chunk) && !/[.,;:!?)'"”’]$/u.test(chunk)) return true;
  return false;
}

function prefixLength(chunk: string): number {
  if (chunk.startsWith('...')) return runLength(chunk, 0, '.');
  if (chunk.startsWith('--')) return runLength(chunk, 0, '-');
  const run = /^([^\p{L}\p{N}\s'"“‘(\[{])\1+/u.exec(chunk);
  if (run) return run[0].length;
  const c = chunk[0];
  if (!OPENING.has(c)) return 0;
  // A leading apostrophe before digits or a clitic-like word is part of the word ('90s).
  if ((c === "'" || c === '’') && /^['’]\d0s$/u.test(chunk)) return 0;
  if (c === '-' && /^-\d/u.test(chunk)) return 0;
  return 1;
}

function suffixLength(chunk: string): number {
  const len = chunk.length;
  if (chunk.endsWith('..')) return len - runStart(chunk, len - 1, '.');
  if (chunk.endsWith('--')) return len - runStart(chunk, len - 1, '-');
  const run = /(?:([!?*])\1+|[!?.]*[!?][!?.]*)$/u.exec(chunk);
  if (run && run[0].length > 1 && run.index > 0) return run[0].length;
  const last = chunk[len - 1];
  if (last === '.') {
    // "U.S." keeps its period; "Mr." too; a bare initial "J." too.
    // Judge the last piece after a hyphen or slash, so "Russian-U.S." keeps its period.
    const piece = chunk.slice(Math.max(chunk.lastIndexOf('-'), chunk.lastIndexOf('/')) + 1);
    const pieceBody = piece.slice(0, -1);
    if (DOTTED_ACRONYM.test(piece) || (piece === chunk && INITIAL.test(piece))) return 0;
    if (/^\p{L}+$/u.test(pieceBody) && isAbbreviation(pieceBody)) return 0;
    return 1;
  }
  if (CLOSING.has(last)) {
    // Plural possessive "officials'" splits like a clitic; "'" after a non-letter is a closing quote.
    return 1;
  }
  const clitic = CLITIC.exec(chunk);
  if (clitic && clitic.index > 0) return chunk.length - clitic.index;
  const lower = chunk.toLowerCase();
  const special = SPECIAL_WORDS[lower];
  if (special) return chunk.length - special[0];
  const unit = NUMBER_UNIT.exec(chunk);
  if (unit) return unit[2].length;
  return 0;
}

function runLength(s: string, from: number, ch: string): number {
  let k = from;
  while (k < s.length && s[k] === ch) k++;
  return k - from;
}

function runStart(s: string, last: number, ch: string): number {
  let k = last;
  while (k > 0 && s[k - 1] === ch) k--;
  return k;
}

/** A period only after a word of two lower-case letters or more: "U.S.“plan”" keeps its period. */
const GLUED_QUOTE = /(?:(?<=[\p{L}\p{N}])[,;:!?]|(?<=\p{Ll}{2})\.|(?<=\p{L}\.\p{L}\.))(?=[“"«„]\p{L})/u;

/** Infixes: dashes, hyphens between words, ellipses and slashes between words inside the chunk. */
function splitInfixes(text: string, start: number, end: number, out: Token[]): void {
  const chunk = text.slice(start, end);
  if (!/[.…—–\-/,;!?:]/u.test(chunk) || isWhole(chunk) || URL.test(chunk)) {
    push(text, start, end, out);
    return;
  }
  // "said,“Look": a mark of punctuation glued to an opening quotation mark ends the word;
  // what follows is peeled like a chunk of its own.
  const glued = GLUED_QUOTE.exec(chunk);
  if (glued) {
    // (After a dotted acronym, "U.S.“plan”", the match is empty: the acronym keeps its period.)
    const mark = start + glued.index + glued[0].length;
    splitInfixes(text, start, start + glued.index, out);
    push(text, start + glued.index, mark, out);
    splitChunk(text, mark, end, out);
    return;
  }
  let from = 0;
  const re = /(\.\.\.+|…|—|–|--+|(?<=\p{L})-(?=[\p{L}\p{N}])|(?<=\p{N})-(?=\p{L})|(?<=\p{L})\/(?=\p{L})|(?<=\p{Lu}\.)-(?=\p{L})|(?<=\p{L}{2,})\.(?=\p{Lu}\p{Ll})|(?<=[\p{L}\p{N}])[,;!?:](?=\p{L}))/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(chunk)) !== null) {
    if (m[0] === '-') {
      const wordStart = lastBoundary(chunk, m.index);
      if (KEPT_HYPHEN_PREFIX.test(chunk.slice(wordStart))) continue;
    }
    if (m[0] === ':' && /^\d/u.test(chunk.slice(m.index + 1))) continue;
    pushWord(text, start + from, start + m.index, out);
    push(text, start + m.index, start + m.index + m[0].length, out);
    from = m.index + m[0].length;
  }
  pushWord(text, start + from, end, out);
}

/** The start of the hyphen-free word that ends at `at` (for the kept-prefix test). */
function lastBoundary(chunk: string, at: number): number {
  let k = at;
  while (k > 0 && chunk[k - 1] !== '-') k--;
  return k;
}

/** A word piece between infixes may still carry a clitic ("Moscow’s" inside "pro-Moscow’s"). */
function pushWord(text: string, start: number, end: number, out: Token[]): void {
  if (end <= start) return;
  const piece = text.slice(start, end);
  const clitic = CLITIC.exec(piece);
  if (clitic && clitic.index > 0 && !isWhole(piece)) {
    push(text, start, start + clitic.index, out);
    push(text, start + clitic.index, end, out);
    return;
  }
  push(text, start, end, out);
}
