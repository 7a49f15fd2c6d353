/**
 * Modality of an event from the words that govern its trigger: negation ("did not", "no",
 * "never", "failed to"), plans ("will", "agreed to", "plans to", "is set to", "next week")
 * and possibility ("may", "could", "unlikely", "considering").
 */
import type { Modality } from '../types.js';
import { ancestors, baseRel, childrenWith, type DepTree } from './tree.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo']);
const POSSIBLE_AUX = new Set(['may', 'might', 'could', 'would', 'can', "'d", 'ca']);
const POSSIBLE_WORDS = new Set(['unlikely', 'likely', 'possible', 'possibly', 'perhaps', 'potential', 'maybe', 'probably', 'consider', 'considering', 'considered', 'weighing', 'mulling', 'hope', 'hoped', 'hopes', 'hoping', 'if']);
const NEGATING_HEADS = new Set(['fail', 'failed', 'fails', 'failing', 'refuse', 'refused', 'refuses', 'decline', 'declined', 'declines', 'deny', 'denied', 'denies', 'absent']);
const PLANNING_HEADS = new Set(['agree', 'agreed', 'agrees', 'plan', 'plans', 'planned', 'planning', 'set', 'scheduled', 'expected', 'due', 'intend', 'intends', 'intended', 'aim', 'aims', 'prepare', 'prepares', 'preparing', 'going', 'pledged', 'promised', 'vowed', 'vow', 'vows', 'pledge', 'promise', 'ready', 'want', 'wants', 'seek', 'seeks', 'sought', 'try', 'tries', 'trying']);
const PLANNING_TIME = new Set(['next', 'upcoming', 'later', 'soon', 'tomorrow', 'future']);

export interface ModalityResult {
  modality: Modality;
  future: boolean;
}

/**
 * Modality of the event triggered at `trigger`; `args` are the argument heads (a "No
 * Ukrainian officials" subject negates), `clauseEnd` bounds the head chain walked.
 */
export function modalityOf(tree: DepTree, trigger: number, args: readonly number[]): ModalityResult {
  const { doc, lower } = tree;
  let negated = false, possible = false, planned = false, future = false;
  // The trigger and the verbs and predicates above it, up to the first reporting verb.
  const chain = [trigger];
  for (const a of ancestors(tree, trigger)) {
    const rel = baseRel(doc.deprels[chain[chain.length - 1]]);
    // Stop at a clause that is only reported or a modifier of a noun: its head's mood is not the event's.
    if (rel === 'ccomp' || rel === 'parataxis' || rel === 'advcl' || rel === 'acl' || rel === 'obl' || rel === 'nmod' || rel === 'conj' || rel === 'root') break;
    // An event noun shares the mood of the verb it is the object of ("is considering sanctions"), not of verbs above that.
    if (rel === 'obj' && chain.length > 1) break;
    chain.push(a);
  }
  for (const c of chain) {
    const w = lower[c];
    if (c !== trigger && NEGATING_HEADS.has(w)) negated = true;
    if (c !== trigger && PLANNING_HEADS.has(w)) planned = true;
    if (POSSIBLE_WORDS.has(w) && c !== trigger) possible = true;
    for (const k of tree.children[c]) {
      const r = doc.deprels[k], kw = lower[k];
      if ((r === 'advmod' || r === 'neg' || r === 'det' || r === 'aux' || r === 'cc:preconj') && NEGATORS.has(kw)) negated = true;
      if (r === 'aux' && FUTURE_AUX.has(kw)) { planned = true; future = true; }
      if (r === 'aux' && POSSIBLE_AUX.has(kw)) possible = true;
      if ((r === 'advmod' || r === 'mark' || r === 'xcomp') && POSSIBLE_WORDS.has(kw)) possible = true;
      if ((baseRel(r) === 'obl' || r === 'advmod' || baseRel(r) === 'nmod') && PLANNING_TIME.has(kw)) { planned = true; future = true; }
      for (const g of tree.children[k]) if (doc.deprels[g] === 'amod' && PLANNING_TIME.has(lower[g]) && /week|month|year|day/.test(kw)) { planned = true; future = true; }
    }
  }
  // "a meeting between X and Y was “unlikely” next week": the predicate after an event noun
  // subject, read by word order since parsers often misattach the long noun phrase.
  if (!doc.upos[trigger].startsWith('V')) {
    const mood = predicateAfter(tree, trigger);
    if (mood === 'possible') possible = true;
    if (mood === 'planned') planned = true;
  }
  // "No Ukrainian officials were present": a negative determiner on an argument.
  for (const a of args) for (const d of childrenWith(tree, a, 'det')) if (lower[d] === 'no') negated = true;
  if (planned) future = true;
  const modality: Modality = negated ? 'negated' : possible ? 'possible' : planned ? 'planned' : 'asserted';
  return { modality, future };
}

const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', "'s", 'remains', 'remained', 'seemed', 'seems', 'looked', 'looks']);
const PLANNED_PREDICATES = new Set(['expected', 'scheduled', 'planned', 'set', 'due', 'slated', 'likely']);

/** The mood the first predicate after the noun at t gives it, if that predicate is a copula and an adjective. */
function predicateAfter(tree: DepTree, t: number): 'possible' | 'planned' | null {
  const { doc, lower } = tree;
  const end = Math.min(doc.tokens.length, t + 20);
  const sentence = doc.sentenceOf[t];
  for (let i = t + 1; i < end && doc.sentenceOf[i] === sentence; i++) {
    const u = doc.upos[i];
    if (u !== 'VERB' && u !== 'AUX') {
      if (lower[i] === ';' || lower[i] === ':') return null;
      continue;
    }
    if (!BE_FORMS.has(lower[i])) return null;
    for (let j = i + 1; j < Math.min(end, i + 5); j++) {
      const w = lower[j];
      if (doc.upos[j] === 'PUNCT' || doc.upos[j] === 'ADV' || doc.upos[j] === 'PART') continue;
      if (w === 'likely') return 'planned';
      if (POSSIBLE_WORDS.has(w)) return 'possible';
      if (PLANNED_PREDICATES.has(w)) return 'planned';
      return null;
    }
    return null;
  }
  return null;
}
