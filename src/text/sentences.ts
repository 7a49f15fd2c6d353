import type { Sentence, Token } from './token.js';
import { DOTTED_ACRONYM, INITIAL, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';

/**
 * Splits tokens into sentences. A sentence ends at a terminal mark (. ! ? … and runs of
 * them), taking along the closing quotes and brackets that follow (`…address.”` ends
 * after the quote). It also ends at a paragraph break or line break, since news
 * paragraphs never continue a sentence across lines. An abbreviation that kept its period
 * ("U.S.") ends a sentence only when the next word plainly starts a new one.
 */

const TERMINAL = /^(?:[.!?]+|…|\.\.\.+|[!?][!?.]*)$/u;
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '}', '»', '›']);
const OPENERS_QUOTE = new Set(['“', '"', '‘', "'", '«', '(', '[']);

export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let begin = 0;
  const close = (endExclusive: number): void => {
    if (endExclusive <= begin) return;
    sentences.push({
      start: tokens[begin].start,
      end: tokens[endExclusive - 1].end,
      tokenStart: begin,
      tokenEnd: endExclusive,
    });
    begin = endExclusive;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > begin && tokens[i].lineBefore) close(i);
    if (i === begin) {
      const dateline = datelineEnd(tokens, i);
      if (dateline > i) {
        close(dateline);
        i = dateline - 1;
        continue;
      }
    }
    const t = tokens[i].text;
    const c0 = t.charCodeAt(0);
    const last = t.charCodeAt(t.length - 1);
    // Cheap screen: only tokens starting with . ! ? … or ending in a period need the rules below.
    if (c0 !== 46 && c0 !== 33 && c0 !== 63 && c0 !== 0x2026 && last !== 46) continue;
    if (TERMINAL.test(t)) {
      let k = i + 1;
      while (k < tokens.length && (TERMINAL.test(tokens[k].text) || CLOSERS.has(tokens[k].text)) && !tokens[k].lineBefore) {
        // A straight quote after the period closes only if it is glued to it; a spaced one opens the next sentence.
        if ((tokens[k].text === '"' || tokens[k].text === "'") && tokens[k - 1].spaceAfter) break;
        k++;
      }
      if (k >= tokens.length || startsSentence(tokens, k, t)) {
        close(k);
        i = k - 1;
      }
      continue;
    }
    if (t.endsWith('.') && t.length > 1 && endsWithAbbreviation(t) && i + 1 < tokens.length) {
      if (!tokens[i + 1].lineBefore && abbreviationEndsSentence(tokens, i)) close(i + 1);
    }
  }
  close(tokens.length);
  return sentences;
}

/** Does a new sentence plausibly begin at token k, after a terminal mark? */
function startsSentence(tokens: Token[], k: number, mark: string): boolean {
  const next = tokens[k];
  if (next.lineBefore) return true;
  const first = firstWordChar(tokens, k);
  if (first === null) return true;
  // The tokenizer keeps known abbreviations' periods ("p.m.", "No."), so a free-standing
  // period is terminal even before a lower-case word (common in web text).
  // After an ellipsis or "!" web and quoted text often runs on in lower case ("... and maybe").
  return mark === '.' || mark === '?' || !/\p{Ll}/u.test(first);
}

function firstWordChar(tokens: Token[], k: number): string | null {
  for (let j = k; j < tokens.length && j < k + 3; j++) {
    if (OPENERS_QUOTE.has(tokens[j].text)) continue;
    return tokens[j].text[0];
  }
  return null;
}

function endsWithAbbreviation(t: string): boolean {
  return DOTTED_ACRONYM.test(t) || INITIAL.test(t) || /^\p{L}+\.$/u.test(t);
}

/** "in the U.S. The next day" ends; "U.S. Secretary", "Mr. Rubio", "George W. Bush" do not. */
function abbreviationEndsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i].text;
  const bare = t.slice(0, -1).toLowerCase();
  if (TITLE_ABBREVIATIONS.has(bare)) return false;
  const next = tokens[i + 1].text;
  // "etc." closes a list, and so usually the sentence, before any capitalised word.
  if (bare === 'etc') return /^\p{Lu}/u.test(next);
  // "the U.S. “clearly” needed": a quotation opening in lower case goes on with the sentence.
  if (next === '“' || next === '"') return i + 2 >= tokens.length || !/^\p{Ll}/u.test(tokens[i + 2].text);
  return SENTENCE_STARTERS.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
}

/**
 * A dateline opening a paragraph: "WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -",
 * "Washington (AFP) –", "WASHINGTON, Dec. 8 (UPI) —". Returns the index after its dash, or `i` when there is none.
 */
function datelineEnd(tokens: Token[], i: number): number {
  if (i > 0 && !tokens[i].lineBefore) return i;
  let k = i;
  let sawAgency = false;
  const limit = Math.min(tokens.length, i + 12);
  while (k < limit) {
    const t = tokens[k].text;
    if (t === '—' || t === '–' || t === '-' || t === '--') {
      if (k === i) return i;
      const placeAllCaps = /^\p{Lu}[\p{Lu}.'-]+$/u.test(tokens[i].text);
      return placeAllCaps || sawAgency ? k + 1 : i;
    }
    if (t === '(') {
      const close = tokens.findIndex((x, j) => j > k && j < limit && x.text === ')');
      if (close < 0) return i;
      sawAgency = true;
      k = close + 1;
      continue;
    }
    // Place words, commas and the day of a date ("WASHINGTON, Dec. 8 (UPI) —").
    if (!/^(?:\p{Lu}[\p{L}.'-]*|,|\d{1,2})$/u.test(t)) return i;
    k++;
  }
  return i;
}
