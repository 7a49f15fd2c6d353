/**
 * Lookup over the CAMEO event lexicon: which inflected word is which verb or noun lemma,
 * and which code a verb phrase or event noun carries.
 */
import type { CameoCode } from '../../extract/types.js';
import { VERB_PHRASES, COMPLEMENT_FAMILIES } from './verbs.js';
import { EVENT_NOUNS } from './nouns.js';
import { nounForms, verbForms } from './inflect.js';

export { CAMEO_CODES, cameoRoot, goldsteinOf, quadClassOf, ploverOf } from './codes.js';
export type { CameoCodeInfo, PloverType } from './codes.js';
export { verbForms, nounForms } from './inflect.js';

const phraseCode = new Map<string, CameoCode>();
const verbLemmaOf = new Map<string, string>();
for (const [code, phrases] of Object.entries(VERB_PHRASES)) {
  for (const phrase of phrases) {
    if (!phraseCode.has(phrase)) phraseCode.set(phrase, code);
    const lemma = phrase.split(' ')[0];
    for (const form of verbForms(lemma)) if (!verbLemmaOf.has(form)) verbLemmaOf.set(form, lemma);
  }
}

/** Event nouns by their head lemma; a two-word noun ("drone strike") is keyed "drone strike". */
const nounCode = new Map<string, CameoCode>();
const nounLemmaOf = new Map<string, string>();
for (const [code, nouns] of Object.entries(EVENT_NOUNS)) {
  for (const noun of nouns) {
    if (!nounCode.has(noun)) nounCode.set(noun, code);
    const words = noun.split(' ');
    const head = words[words.length - 1];
    for (const form of nounForms(head)) if (!nounLemmaOf.has(form)) nounLemmaOf.set(form, head);
  }
}

/** The lexicon verb lemma of a (lowercased) word form, if the word is one of its verbs. */
export function verbLemma(form: string): string | undefined {
  return verbLemmaOf.get(form);
}

/** The singular of a plural noun, as far as the noun lexicon knows, else the word itself with a plural -s stripped. */
export function nounLemma(form: string): string {
  const known = nounLemmaOf.get(form);
  if (known) return known;
  if (form.length > 4 && form.endsWith('ies')) return form.slice(0, -3) + 'y';
  if (form.length > 3 && form.endsWith('s') && !form.endsWith('ss')) return form.slice(0, -1);
  return form;
}

/** The code of a verb phrase, "hold talk", "call for", or of the bare verb. */
export function phraseCodeOf(phrase: string): CameoCode | undefined {
  return phraseCode.get(phrase);
}

/**
 * The event noun code of a lowercased word form, given the word before it (to match
 * "drone strike", "phone call"), or undefined.
 */
export function eventNounCode(form: string, before?: string): { code: CameoCode; twoWord: boolean } | undefined {
  const lemma = nounLemmaOf.get(form);
  if (!lemma) return undefined;
  if (before) {
    const two = nounCode.get(`${before} ${lemma}`);
    if (two) return { code: two, twoWord: true };
  }
  const one = nounCode.get(lemma);
  return one ? { code: one, twoWord: false } : undefined;
}

/** The subcode a matrix verb takes from its clausal complement ("agreed to meet" -> 036). */
export function complementCode(matrix: CameoCode, complement: CameoCode): CameoCode | undefined {
  const family = COMPLEMENT_FAMILIES[matrix.slice(0, 2)];
  if (!family) return undefined;
  return family[complement] ?? family[complement.slice(0, 3)] ?? family[complement.slice(0, 2)];
}

/** Codes of families that read their complement: expressing intent, appealing, demanding, rejecting, threatening. */
export function takesComplement(code: CameoCode): boolean {
  return COMPLEMENT_FAMILIES[code.slice(0, 2)] !== undefined;
}
