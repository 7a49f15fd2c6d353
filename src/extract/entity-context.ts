import type { Doc } from '../text/doc.js';
import { foldLower, matchGazetteer, type GazMatch } from '../lexicon/index.js';
import { hasLower, hasUpper } from '../text/case.js';

/** What every entity step reads: the Doc plus folded token forms and the gazetteer hits, computed once. */
export interface EntityContext {
  doc: Doc;
  text: string;
  texts: string[];
  folded: string[];
  n: number;
  /** The document is written in capitals, so case tells nothing about names. */
  allCaps: boolean;
  gaz: GazMatch[];
  /** Per token: index into `gaz` of the hit covering it, or -1. */
  gazAt: Int32Array;
}


/** More than four in five cased words in capitals: a shouted headline or a telex-style wire. */
function isAllCaps(texts: readonly string[]): boolean {
  let upper = 0;
  let cased = 0;
  for (const t of texts) {
    const lower = hasLower(t);
    const up = hasUpper(t);
    if (!lower && !up) continue;
    cased++;
    if (up && !lower) upper++;
  }
  return cased >= 5 && upper / cased > 0.8;
}

export function entityContext(doc: Doc): EntityContext {
  const texts = doc.tokens.map((t) => t.text);
  const folded = doc.lower.map(foldLower);
  const allCaps = isAllCaps(texts);
  const gaz = matchGazetteer({ texts, folded, sentenceOf: doc.sentenceOf, allCaps });
  const gazAt = new Int32Array(texts.length).fill(-1);
  gaz.forEach((m, k) => gazAt.fill(k, m.start, m.end));
  return { doc, text: doc.text, texts, folded, n: texts.length, allCaps, gaz, gazAt };
}

const CAPITALISED = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.\-]*$/u;

/** A word that can be part of a name as written: capitalised (any word, in an all-caps text). */
export function isCapitalised(ctx: EntityContext, i: number): boolean {
  return CAPITALISED.test(ctx.texts[i]) && (!ctx.allCaps || /\p{L}/u.test(ctx.texts[i]));
}

/** Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'dos', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'abu', 'y']);

export function sentenceStart(ctx: EntityContext, i: number): number {
  return ctx.doc.sentences[ctx.doc.sentenceOf[i]]?.tokenStart ?? 0;
}

export function sentenceEnd(ctx: EntityContext, i: number): number {
  return ctx.doc.sentences[ctx.doc.sentenceOf[i]]?.tokenEnd ?? ctx.n;
}
