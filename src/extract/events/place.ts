/**
 * Where an event happened: a place the sentence gives ("in Riyadh", "at the border"
 * naming a place entity), else the dateline place ("RIYADH, Saudi Arabia (Reuters) -").
 */
import type { Entity } from '../types.js';
import { ancestors, caseOf, childrenWith, type DepTree } from './tree.js';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside']);

function placeAt(tree: DepTree, ents: Int32Array, entities: readonly Entity[], t: number): number {
  for (const c of childrenWith(tree, t, 'obl', 'nmod', 'advmod')) {
    const ei = ents[c];
    if (ei >= 0 && PLACE_TYPES.has(entities[ei].type) && PLACE_PREPS.has(caseOf(tree, c))) return ei;
  }
  return -1;
}

/** Entity index of the place of an event triggered at `t` (with the tokens its phrase took up), or -1. */
export function placeOf(tree: DepTree, ents: Int32Array, entities: readonly Entity[], t: number, parts: readonly number[]): number {
  for (const c of [t, ...parts]) {
    const ei = placeAt(tree, ents, entities, c);
    if (ei >= 0) return ei;
  }
  // A place phrase on a verb above the trigger ("talks were held in Riyadh", "in Riyadh, officials agreed ...").
  for (const a of ancestors(tree, t).slice(0, 3)) {
    const ei = placeAt(tree, ents, entities, a);
    if (ei >= 0) return ei;
  }
  return -1;
}

/** Entity index of the dateline place: a place entity opening the text before a dash, comma or "(Agency)". */
export function datelinePlace(tree: DepTree, ents: Int32Array, entities: readonly Entity[]): number {
  const toks = tree.doc.tokens;
  for (let i = 0; i < Math.min(6, toks.length); i++) {
    const ei = ents[i];
    if (ei < 0 || !PLACE_TYPES.has(entities[ei].type)) continue;
    // The place must be followed, within a few tokens, by dateline punctuation.
    for (let k = i + 1; k < Math.min(i + 6, toks.length); k++) {
      const w = toks[k].text;
      if (w === '—' || w === '–' || w === '-' || w === '(' || w === '--') return ei;
      if (ents[k] < 0 && /^[a-z]/.test(w)) break;
    }
    return -1;
  }
  return -1;
}
