/**
 * Surface fallbacks for when the parse names no actor: the nearest actor phrase before a
 * verb inside its clause is its doer, the first one after it (not a place phrase) its
 * target; "between X and Y" after a trigger names both sides. Word order is what a
 * statistical parser most often gets right when it gets the attachments wrong, and news
 * clauses are mostly subject-verb-object. Linear in the clause.
 */
import type { Entity } from '../types.js';
import { actorFor, type Side } from './actors.js';
import type { DepTree } from './tree.js';

/** Words that end a clause for the scan: reporting verbs, complementisers, strong punctuation. */
const BOUNDARY = new Set([';', ':', '—', '–', '--', '“', '”', '"', '(', ')', 'said', 'says', 'say', 'told', 'tells', 'reported', 'reports',
  'added', 'that', 'whether', 'because', 'while', 'although', 'though', 'but', 'which', 'who', 'whom', 'when', 'where', 'if', 'after', 'before', 'since', 'until', 'amid']);
/** Prepositions that make a following actor a place or a time, not a participant. */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'during', 'since', 'after', 'before', 'around', 'beyond', 'within', 'via', 'over']);
/** Prepositions that mark a left-hand actor as something other than the doer. */
const NOT_SUBJECT_PREPS = new Set([...PLACE_PREPS, 'on', 'from', 'to', 'with', 'against', 'of', 'for', 'between', 'by', 'about', 'toward', 'towards', 'into', 'besides', 'like', 'than']);
const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

const isPredicate = (tree: DepTree, i: number): boolean => i < tree.doc.tokens.length && (tree.doc.upos[i] === 'VERB' || tree.doc.upos[i] === 'AUX');

/** Tokens [lo, hi) of the clause around trigger t inside sentence [from, to). */
export function clauseBounds(tree: DepTree, from: number, to: number, t: number): [number, number] {
  let lo = from, hi = to;
  for (let i = t - 1; i >= from; i--) if (BOUNDARY.has(tree.lower[i])) { lo = i + 1; break; }
  for (let i = t + 1; i < to; i++) {
    if (BOUNDARY.has(tree.lower[i]) || tree.lower[i] === ',') { hi = i; break; }
    // "met in Brussels and agreed to send systems to Ukraine": a new predicate starts a new clause.
    if (tree.doc.upos[i] === 'CCONJ' && (isPredicate(tree, i + 1) || (tree.doc.upos[i + 1] === 'ADV' && isPredicate(tree, i + 2)))) { hi = i; break; }
  }
  return [lo, hi];
}

/** The preposition governing the noun phrase that starts at `start`, looking back over determiners and adjectives. */
function prepBefore(tree: DepTree, start: number, lo: number): string {
  for (let i = start - 1; i >= lo && i >= start - 4; i--) {
    const u = tree.doc.upos[i];
    if (u === 'ADP' || u === 'SCONJ' || tree.lower[i] === 'to') return tree.lower[i];
    if (!SKIPPABLE.has(u) && tree.lower[i] !== "'s" && tree.lower[i] !== '’s') return '';
  }
  return '';
}

/** The first noun after a mention ending at `end`, within the phrase: "Israeli jets" -> "jets". */
function headWordAfter(tree: DepTree, end: number, hi: number): string | null {
  for (let i = end; i < Math.min(end + 3, hi); i++) {
    const u = tree.doc.upos[i];
    if (u === 'NOUN') return tree.lower[i];
    if (u !== 'ADJ' && u !== 'PROPN' && u !== 'PUNCT') return null;
  }
  return null;
}

/** The span [start, end) of the entity mention covering token j. */
function mentionAt(ents: Int32Array, j: number, lo: number, hi: number): [number, number] {
  let s = j, e = j + 1;
  while (s > lo && ents[s - 1] === ents[j]) s--;
  while (e < hi && ents[e] === ents[j]) e++;
  return [s, e];
}

function sideAt(tree: DepTree, ents: Int32Array, entities: readonly Entity[], j: number, hi: number): Side {
  const [, e] = mentionAt(ents, j, 0, tree.doc.tokens.length);
  return { entity: entities[ents[j]], actor: actorFor(entities[ents[j]], headWordAfter(tree, e, hi)), token: j };
}

/** Actors coordinated with the mention [s, e) to its right: "Israel and Hamas", "Russia, China and Iran". */
function coordinatedRight(tree: DepTree, ents: Int32Array, entities: readonly Entity[], e: number, hi: number): Side[] {
  const out: Side[] = [];
  let i = e;
  while (i < hi) {
    const w = tree.lower[i];
    if (w !== 'and' && w !== ',' && w !== 'or') break;
    let j = i + 1;
    while (j < hi && SKIPPABLE.has(tree.doc.upos[j]) && ents[j] < 0) j++;
    if (j >= hi || ents[j] < 0) break;
    out.push(sideAt(tree, ents, entities, j, hi));
    i = mentionAt(ents, j, j, hi)[1];
  }
  return out;
}

/** The doer before trigger t: the nearest actor phrase in [lo, t) not inside a prepositional phrase, with its conjuncts. */
export function sidesBefore(tree: DepTree, ents: Int32Array, entities: readonly Entity[], lo: number, t: number): Side[] {
  for (let j = t - 1; j >= lo; j--) {
    if (ents[j] < 0) continue;
    let [s] = mentionAt(ents, j, lo, t);
    if (NOT_SUBJECT_PREPS.has(prepBefore(tree, s, lo))) { j = s; continue; }
    // Walk left over "X and Y" to the first conjunct.
    while (s - 2 >= lo && (tree.lower[s - 1] === 'and' || tree.lower[s - 1] === ',') && ents[s - 2] >= 0) s = mentionAt(ents, s - 2, lo, t)[0];
    const first = sideAt(tree, ents, entities, s, t);
    const rest = coordinatedRight(tree, ents, entities, mentionAt(ents, s, lo, t)[1], t);
    return [first, ...rest].filter((x, k, all) => all.findIndex((y) => y.entity === x.entity) === k);
  }
  return [];
}

/**
 * The target after trigger t: the first actor phrase in (t, hi) that is not a place or
 * time phrase (unless `placeOk`, for visits), with its conjuncts. `betweenOnly` asks for a
 * "between X and Y" phrase right after the trigger instead.
 */
export function sidesAfter(tree: DepTree, ents: Int32Array, entities: readonly Entity[], t: number, hi: number, placeOk: boolean): Side[] {
  for (let j = t + 1; j < hi; j++) {
    if (ents[j] < 0) continue;
    const [s, e] = mentionAt(ents, j, t + 1, hi);
    const prep = prepBefore(tree, s, t + 1);
    if (!placeOk && PLACE_PREPS.has(prep)) { j = e - 1; continue; }
    if (prep === 'between' || prep === 'by') return [];
    const rest = coordinatedRight(tree, ents, entities, e, hi);
    return [sideAt(tree, ents, entities, s, hi), ...rest].filter((x, k, all) => all.findIndex((y) => y.entity === x.entity) === k);
  }
  return [];
}

/** "between X and Y" within a few words after the trigger (and its phrase): the sides, or []. */
export function sidesBetween(tree: DepTree, ents: Int32Array, entities: readonly Entity[], t: number, hi: number): Side[] {
  for (let i = t + 1; i < Math.min(t + 5, hi); i++) {
    if (tree.lower[i] !== 'between') continue;
    let j = i + 1;
    while (j < hi && ents[j] < 0 && tree.doc.upos[j] !== 'CCONJ' && tree.doc.upos[j] !== 'VERB' && tree.doc.upos[j] !== 'AUX') j++;
    if (j >= hi || ents[j] < 0) return [];
    const [, e] = mentionAt(ents, j, i, hi);
    const out = [sideAt(tree, ents, entities, j, hi)];
    // "between Russian President Vladimir Putin and U.S. President Donald Trump": conjuncts past titles.
    for (let k = e; k < hi; k++) {
      const w = tree.lower[k];
      if (w !== 'and') {
        if (ents[k] >= 0 || tree.doc.upos[k] === 'PROPN' || tree.doc.upos[k] === 'PUNCT' || tree.doc.upos[k] === 'ADJ') continue;
        break;
      }
      let m = k + 1;
      while (m < hi && ents[m] < 0 && (tree.doc.upos[m] === 'PROPN' || SKIPPABLE.has(tree.doc.upos[m]))) m++;
      if (m < hi && ents[m] >= 0) {
        // Prefer the person a title leads to: skip over the demonym or country to the name if one follows.
        let p = mentionAt(ents, m, m, hi)[1];
        while (p < hi && ents[p] < 0 && tree.doc.upos[p] === 'PROPN') p++;
        const pick = p < hi && ents[p] >= 0 && entities[ents[p]].type === 'PERSON' ? p : m;
        out.push(sideAt(tree, ents, entities, pick, hi));
      }
      break;
    }
    // Likewise the first side: "between Russian President Vladimir Putin" -> Putin.
    let p = e;
    while (p < hi && ents[p] < 0 && tree.doc.upos[p] === 'PROPN') p++;
    if (p < hi && ents[p] >= 0 && ents[p] !== ents[j] && entities[ents[p]].type === 'PERSON') out[0] = sideAt(tree, ents, entities, p, hi);
    return out.filter((x, k, all) => all.findIndex((y) => y.entity === x.entity) === k);
  }
  return [];
}

/**
 * Conjuncts the parse cut off to the left of a side: "Narendra Modi and Japanese Prime
 * Minister Shigeru Ishiba agreed", parsed with Modi as a separate clause. Walks left over
 * the side's title words to an "and" and takes the actor just before it.
 */
export function conjunctsBefore(tree: DepTree, ents: Int32Array, entities: readonly Entity[], side: Side, lo: number): Side[] {
  const out: Side[] = [];
  let i = mentionAt(ents, side.token, lo, tree.doc.tokens.length)[0] - 1;
  for (let guard = 0; guard < 6 && i >= lo; guard++) {
    while (i >= lo && (tree.doc.upos[i] === 'PROPN' || tree.doc.upos[i] === 'ADJ' || (ents[i] >= 0 && entities[ents[i]].type === 'NORP'))) i--;
    if (i < lo + 1 || (tree.lower[i] !== 'and' && tree.lower[i] !== ',')) break;
    const j = i - 1;
    if (ents[j] < 0) break;
    const s = mentionAt(ents, j, lo, tree.doc.tokens.length)[0];
    out.push(sideAt(tree, ents, entities, s, tree.doc.tokens.length));
    i = s - 1;
  }
  return out;
}
