/**
 * Event triggers: verbs and verb phrases (with particle, light-verb object, or clausal
 * complement) and event nouns, each with its CAMEO code and the tokens it takes up.
 */
import { complementCode, eventNounCode, nounLemma, phraseCodeOf, takesComplement, verbLemma } from '../../lexicon/cameo/index.js';
import type { CameoCode } from '../types.js';
import { baseRel, caseOf, childrenWith, type DepTree } from './tree.js';

export interface Trigger {
  token: number;
  kind: 'verb' | 'noun';
  code: CameoCode;
  /** Tokens this trigger's phrase covers (light-verb object, complement verb, particle). */
  parts: number[];
}

const VERB_RELS = new Set(['root', 'conj', 'xcomp', 'ccomp', 'advcl', 'acl', 'parataxis', 'csubj']);

/** Whether token i is used as a verb: by its tag when tagged, else by its relation when parsed. */
function isVerb(tree: DepTree, i: number): boolean {
  const upos = tree.doc.upos[i];
  if (upos) return upos === 'VERB';
  if (tree.parsed) return VERB_RELS.has(baseRel(tree.doc.deprels[i])) || tree.doc.deprels[i] === 'acl:relcl';
  return true;
}

function isNoun(tree: DepTree, i: number): boolean {
  const upos = tree.doc.upos[i];
  if (upos) return upos === 'NOUN' || upos === 'PROPN';
  return !tree.parsed || !VERB_RELS.has(baseRel(tree.doc.deprels[i]));
}

const FILLER = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV']);

/**
 * Phrase keys from word order, for when the parse did not attach the object or particle:
 * "expressed (its) concern", "pulled out (of)", "called for a ceasefire".
 */
function surfaceTries(tree: DepTree, i: number, lemma: string): { key: string; parts: number[] }[] {
  const out: { key: string; parts: number[] }[] = [];
  const end = Math.min(tree.doc.tokens.length, i + 6);
  const nextContent = (from: number): number => {
    for (let j = from; j < end; j++) {
      if (FILLER.has(tree.doc.upos[j]) && tree.lower[j] !== 'out' && tree.lower[j] !== 'off') continue;
      return /^[\p{L}-]+$/u.test(tree.lower[j]) ? j : -1;
    }
    return -1;
  };
  const j = nextContent(i + 1);
  if (j < 0) return out;
  const u = tree.doc.upos[j];
  if (u === 'ADP' || u === 'PART' || tree.lower[j] === 'out' || tree.lower[j] === 'off' || tree.lower[j] === 'up' || tree.lower[j] === 'down') {
    const k = nextContent(j + 1);
    if (k >= 0) out.push({ key: `${lemma} ${tree.lower[j]} ${nounLemma(tree.lower[k])}`, parts: [k] });
    out.push({ key: `${lemma} ${tree.lower[j]}`, parts: [] });
  } else if (u === 'NOUN') {
    out.push({ key: `${lemma} ${nounLemma(tree.lower[j])}`, parts: [j] });
  }
  return out;
}

/** "called X dangerous", "called it a provocation": an object with a predicate after it. */
function calledSomething(tree: DepTree, i: number): boolean {
  if (childrenWith(tree, i, 'xcomp').length) return true;
  const end = Math.min(tree.doc.tokens.length, i + 6);
  for (let j = i + 1; j < end; j++) {
    const u = tree.doc.upos[j];
    if (u === 'ADJ' && j > i + 2) return true;
    if (tree.lower[j] === '“' || tree.lower[j] === '"') return j > i + 1;
  }
  return false;
}

/** The code of the verb at i, the longest phrase first; `parts` gets the tokens the phrase used. */
function verbCode(tree: DepTree, i: number, lemma: string): { code: CameoCode; parts: number[] } | undefined {
  const prts = childrenWith(tree, i, 'compound:prt');
  const seconds: { words: string; parts: number[] }[] = [];
  for (const o of childrenWith(tree, i, 'obj')) {
    seconds.push({ words: nounLemma(tree.lower[o]), parts: [o] });
    for (const m of childrenWith(tree, o, 'compound', 'amod')) seconds.push({ words: tree.lower[m], parts: [o] });
  }
  for (const o of childrenWith(tree, i, 'obl')) {
    const prep = caseOf(tree, o);
    if (!prep) continue;
    seconds.push({ words: `${prep} ${nounLemma(tree.lower[o])}`, parts: [o] });
    seconds.push({ words: prep, parts: [] });
  }
  for (const x of childrenWith(tree, i, 'xcomp')) {
    const xl = verbLemma(tree.lower[x]) ?? tree.lower[x];
    seconds.push({ words: `to ${xl}`, parts: [x] });
  }
  const prt = prts.length ? tree.lower[prts[0]] : '';
  const tries: { key: string; parts: number[] }[] = [];
  for (const s of seconds) {
    if (prt) tries.push({ key: `${lemma} ${prt} ${s.words}`, parts: [...prts, ...s.parts] });
  }
  for (const s of seconds) tries.push({ key: `${lemma} ${s.words}`, parts: s.parts });
  if (prt) tries.push({ key: `${lemma} ${prt}`, parts: prts });
  tries.push(...surfaceTries(tree, i, lemma));
  tries.push({ key: lemma, parts: [] });
  // "called the action dangerous": naming, not a phone call.
  if (lemma === 'call' && calledSomething(tree, i)) tries.splice(tries.findIndex((t) => t.key === 'call'), 1);
  for (const t of tries) {
    const code = phraseCodeOf(t.key);
    if (code) return { code, parts: t.parts };
  }
  return undefined;
}

/** Finds the triggers of sentence tokens [from, to). */
export function findTriggers(tree: DepTree, from: number, to: number): Trigger[] {
  const byToken = new Map<number, Trigger>();
  for (let i = from; i < to; i++) {
    const w = tree.lower[i];
    const lemma = verbLemma(w);
    if (lemma && isVerb(tree, i)) {
      const found = verbCode(tree, i, lemma);
      if (found) byToken.set(i, { token: i, kind: 'verb', code: found.code, parts: found.parts });
      continue;
    }
    if (isNoun(tree, i)) {
      const noun = eventNounCode(w, i > from ? tree.lower[i - 1] : undefined);
      if (noun) byToken.set(i, { token: i, kind: 'noun', code: noun.code, parts: noun.twoWord ? [i - 1] : [] });
    }
  }
  // Complements refine their matrix verb ("agreed to meet" 036) and are taken up by it.
  for (const t of byToken.values()) {
    if (t.kind !== 'verb' || !takesComplement(t.code)) continue;
    for (const x of childrenWith(tree, t.token, 'xcomp', 'ccomp')) {
      const inner = byToken.get(x);
      if (!inner) continue;
      const refined = complementCode(t.code, inner.code);
      if (refined) {
        t.code = refined;
        t.parts.push(x, ...inner.parts);
      }
    }
    // "called for talks", "urged a ceasefire": an event noun object or oblique refines too.
    // Only "for" and "to" obliques ask for the thing: "asked about the meeting" asks about it, not for it.
    const obls = childrenWith(tree, t.token, 'obl').filter((o) => ['for', 'to', 'on'].includes(caseOf(tree, o)));
    for (const o of [...childrenWith(tree, t.token, 'obj'), ...obls]) {
      const inner = byToken.get(o);
      if (!inner || inner.kind !== 'noun' || t.parts.includes(o)) continue;
      const refined = complementCode(t.code, inner.code);
      if (refined) {
        t.code = refined;
        t.parts.push(o);
      }
    }
  }
  const taken = new Set<number>();
  for (const t of byToken.values()) for (const p of t.parts) if (p !== t.token) taken.add(p);
  return [...byToken.values()].filter((t) => !taken.has(t.token)).sort((a, b) => a.token - b.token);
}
