/**
 * Who did it and to whom: the argument heads of a trigger in the parse. Source is the
 * subject (or the agent of a passive, or the head noun a relative clause hangs on, or the
 * subject a controlled or coordinated verb shares); target is the object, "with X",
 * "against X", "on X", "to X"; "between X and Y" names both sides at once.
 */
import { baseRel, caseOf, childrenWith, type DepTree } from './tree.js';
import type { Trigger } from './triggers.js';

export interface ArgHeads {
  sources: number[];
  targets: number[];
  /** Heads of "between X and Y": all sides act on each other. */
  mutual: number[];
}

const OBJECT_CONTROL = /^(urg|ask|call|press|tell|told|order|invit|persuad|forc|allow|permit|encourag|pressur|requir|enabl|help|want|expect|lead|led|prompt|push|warn|advis|instruct|authori[sz]|compel|get|got|implor|beg|challeng|dar)/;
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
const TARGET_PREPS = new Set(['with', 'against', 'on', 'to', 'at', 'into', 'toward', 'towards', 'upon', 'over', 'for']);
const NOUN_TARGET_PREPS = new Set(['of', 'on', 'against', 'with', 'to', 'into', 'at', 'toward', 'towards', 'for', 'in']);
const TOPIC_PREPS = new Set(['on', 'over', 'about', 'regarding', 'concerning']);
const TOPIC_ROOTS = new Set(['04']);
const PLACE_PREPS = new Set(['at', 'near', 'during', 'since', 'after', 'before', 'around', 'across']);
/** Verbs whose subject speaks of, or judges, an event noun object rather than doing it ("said a meeting was unlikely", "described the talks"). */
const NOT_DOING_VERBS = new Set(['said', 'say', 'says', 'told', 'tell', 'tells', 'described', 'describe', 'describes', 'called', 'reported', 'report', 'reports',
  'welcomed', 'welcome', 'welcomes', 'praised', 'criticized', 'criticised', 'condemned', 'denounced', 'rejected', 'dismissed', 'discussed', 'discuss',
  'expected', 'expect', 'expects', 'hailed', 'backed', 'supported', 'opposed', 'mentioned', 'noted', 'recalled', 'followed', 'after']);
const NOUN_SOURCE_PREPS = new Set(['by', 'from']);

/** Subjects of a verb, following control, coordination and relative clauses. */
function subjectsOf(tree: DepTree, v: number, depth = 0): { active: number[]; passive: number[] } {
  const { doc, lower } = tree;
  const active = childrenWith(tree, v, 'nsubj').filter((c) => doc.deprels[c] !== 'nsubj:pass');
  const passive = childrenWith(tree, v, 'nsubj:pass');
  const rel = doc.deprels[v];
  const head = doc.heads[v];
  const relcl = rel === 'acl:relcl' || (rel === 'acl' && head >= 0);
  // A relative pronoun subject stands for the noun the clause modifies.
  if (relcl && head >= 0) {
    const swap = (xs: number[]) => xs.map((x) => (RELATIVE_PRONOUNS.has(lower[x]) ? head : x));
    if (active.length || passive.length) return { active: swap(active), passive: swap(passive) };
    // "the troops deployed to the border" (acl): the head is the doer; "the talks held in Riyadh" too is fine as the topic.
    if (rel === 'acl:relcl') return { active: [head], passive: [] };
    // "delegates from both sides striking a positive tone": a participle's head noun does it.
    if (rel === 'acl' && /ing$/.test(lower[v])) return { active: [head], passive: [] };
  }
  if (!active.length && !passive.length && head >= 0 && depth < 4) {
    const hr = baseRel(rel);
    if (hr === 'xcomp') {
      // Object control ("urged Russia to withdraw") before subject control ("agreed to withdraw").
      // Only verbs that ask, tell or let someone do something pass the doing to their object:
      // "summoned the ambassador to lodge a protest" is the summoner's protest.
      const objs = OBJECT_CONTROL.test(lower[head]) ? childrenWith(tree, head, 'obj', 'iobj') : [];
      if (objs.length) return { active: objs, passive: [] };
      return subjectsOf(tree, head, depth + 1);
    }
    if (hr === 'conj') return subjectsOf(tree, head, depth + 1);
    if (hr === 'advcl' && doc.upos[v] === 'VERB' && /ing$/.test(lower[v])) return subjectsOf(tree, head, depth + 1);
  }
  return { active, passive };
}

/** Heads of a "between X and Y" phrase under token t: X and its conjuncts. */
function betweenOf(tree: DepTree, t: number): number[] {
  for (const c of childrenWith(tree, t, 'nmod', 'obl')) if (caseOf(tree, c) === 'between') return [c];
  return [];
}

export function argumentsOf(tree: DepTree, trig: Trigger): ArgHeads {
  const { doc } = tree;
  const t = trig.token;
  const sources: number[] = [];
  const targets: number[] = [];
  const mutual: number[] = [];
  // The trigger and the tokens its phrase took up carry arguments ("held talks with X": "with X" may hang on "talks").
  const carriers = [t, ...trig.parts];
  if (trig.kind === 'verb') {
    const subj = subjectsOf(tree, t);
    sources.push(...subj.active);
    targets.push(...subj.passive);
    for (const c of carriers) {
      // An object the phrase took up ("summoned the British ambassador") can still name the target by its modifiers.
      for (const o of childrenWith(tree, c, 'obj', 'iobj')) targets.push(o);
      for (const o of childrenWith(tree, c, 'obl', 'nmod')) {
        const prep = caseOf(tree, o);
        if (doc.deprels[o] === 'obl:agent' || prep === 'by') sources.push(o);
        // Talks or statements "on X" are about X: a topic, not a party.
        else if (TOPIC_PREPS.has(prep) && TOPIC_ROOTS.has(trig.code.slice(0, 2))) continue;
        else if (TARGET_PREPS.has(prep) || (trig.parts.includes(o) && !PLACE_PREPS.has(prep))) targets.push(o);
        else if (prep === 'in' && trig.code === '042') targets.push(o);
      }
      mutual.push(...betweenOf(tree, c));
    }
    // "Ukraine, which Russia invaded": a relative pronoun object stands for the noun the clause modifies.
    if (doc.deprels[t] === 'acl:relcl' && doc.heads[t] >= 0) {
      targets.forEach((x, k) => {
        if (RELATIVE_PRONOUNS.has(tree.lower[x])) targets[k] = doc.heads[t];
      });
    }
  } else {
    for (const c of childrenWith(tree, t, 'nmod:poss')) sources.push(c);
    for (const c of childrenWith(tree, t, 'nmod', 'obl')) {
      const prep = caseOf(tree, c);
      if (NOUN_SOURCE_PREPS.has(prep)) sources.push(c);
      else if (NOUN_TARGET_PREPS.has(prep) && !(prep === 'in' && trig.code !== '042')) targets.push(c);
    }
    mutual.push(...betweenOf(tree, t));
    // "U.S. sanctions", "Russian invasion", "the Putin-Trump summit": actor modifiers.
    const mods = childrenWith(tree, t, 'amod', 'compound').filter((m) => !trig.parts.includes(m));
    if (mods.length >= 2 && !sources.length && !targets.length && !mutual.length) mutual.push(...mods);
    else sources.push(...mods);
    // A noun object of a plain verb takes that verb's subject: "Israel announced an offensive".
    if (!sources.length && baseRel(doc.deprels[t]) === 'obj' && doc.heads[t] >= 0 && !NOT_DOING_VERBS.has(tree.lower[doc.heads[t]])) {
      sources.push(...subjectsOf(tree, doc.heads[t]).active);
    }
  }
  return { sources, targets, mutual };
}
