/**
 * Builds a Doc with a hand-written dependency parse and entities, so event logic can be
 * tested before (and independently of) the trained parser and tagger.
 */
import { makeDoc, type Doc } from '../../src/text/doc.js';
import type { Entity, EntityType } from '../../src/extract/types.js';

export interface EntitySpec {
  text: string;
  type: EntityType;
  country?: string;
  actor?: string;
  /** Further surface forms of the same entity. */
  also?: string[];
}

/**
 * `parse` gives one "head:rel" per token, heads 1-based and 0 for the root, as in CoNLL-U:
 * "2:nsubj 0:root 2:obj 2:punct". An optional third field sets the UPOS tag: "0:root:VERB".
 */
export function parsedDoc(text: string, parse: string, specs: EntitySpec[] = []): { doc: Doc; entities: Entity[] } {
  const doc = makeDoc(text);
  const fields = parse.trim().split(/\s+/);
  if (fields.length !== doc.tokens.length) {
    throw new Error(`parse has ${fields.length} fields for ${doc.tokens.length} tokens: ${doc.tokens.map((t, i) => `${i + 1}=${t.text}`).join(' ')}`);
  }
  fields.forEach((f, i) => {
    const [h, rel, upos] = f.split(':').reduce<string[]>((acc, part, j) => {
      // Relations may carry a subtype ("nsubj:pass"): rejoin everything between head and an all-caps tag.
      if (j === 0) acc.push(part);
      else if (/^[A-Z]+$/.test(part) && j > 1) acc[2] = part;
      else acc[1] = acc[1] ? `${acc[1]}:${part}` : part;
      return acc;
    }, []);
    doc.heads[i] = Number(h) - 1;
    doc.deprels[i] = rel;
    if (upos) doc.upos[i] = upos;
  });
  const entities: Entity[] = specs.map((s, k) => {
    const mentions = [];
    for (const form of [s.text, ...(s.also ?? [])]) {
      const re = new RegExp(`(?<![\\w.])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
      for (const m of text.matchAll(re)) mentions.push({ start: m.index ?? 0, end: (m.index ?? 0) + form.length, text: form });
    }
    return {
      id: `E${k + 1}`, type: s.type, name: s.text, mentions,
      ...(s.country ? { country: s.country } : {}), ...(s.actor ? { actor: s.actor } : {}),
    };
  });
  return { doc, entities };
}
