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
    const t = tokens[i].text;
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
  // "No. 1 seed", "... the 4.5 p.m. talks": lower case after a period rarely starts a sentence.
  return !(mark === '.' && /\p{Ll}/u.test(first));
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
  if (TITLE_ABBREVIATIONS.has(bare) || INITIAL.test(t)) return false;
  const next = tokens[i + 1].text;
  if (OPENERS_QUOTE.has(next)) return true;
  return SENTENCE_STARTERS.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
}
