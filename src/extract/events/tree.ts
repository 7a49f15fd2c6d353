/**
 * Read access to the dependency parse in a Doc (UD scheme): children lists built once,
 * relation tests that ignore subtypes ("obl:agent" is an "obl").
 */
import type { Doc } from '../../text/doc.js';

export interface DepTree {
  doc: Doc;
  /** Children of each token, in text order. */
  children: number[][];
  /** Lowercased token texts. */
  lower: string[];
  /** Whether the Doc carries a parse at all. */
  parsed: boolean;
}

export function buildTree(doc: Doc): DepTree {
  const n = doc.tokens.length;
  // Leaves share one empty list; only heads get their own.
  const none: number[] = [];
  const children: number[][] = new Array<number[]>(n).fill(none);
  const lower = doc.lower;
  let parsed = false;
  for (let i = 0; i < n; i++) {
    const h = doc.heads[i];
    if (h >= 0 && h < n && h !== i) {
      if (children[h] === none) children[h] = [];
      children[h].push(i);
      parsed = true;
    }
  }
  return { doc, children, lower, parsed };
}

/** The base relation without its subtype: "nsubj:pass" -> "nsubj". */
export function baseRel(rel: string): string {
  const c = rel.indexOf(':');
  return c < 0 ? rel : rel.slice(0, c);
}

export function childrenWith(tree: DepTree, i: number, ...rels: string[]): number[] {
  const out: number[] = [];
  for (const c of tree.children[i]) {
    const r = tree.doc.deprels[c];
    if (rels.includes(r) || (r.includes(':') && rels.includes(baseRel(r)))) out.push(c);
  }
  return out;
}

/** The preposition (case child) of a nominal, lowercased, or "". */
export function caseOf(tree: DepTree, i: number): string {
  const cs = tree.children[i].filter((c) => tree.doc.deprels[c] === 'case');
  return cs.length ? cs.map((c) => tree.lower[c]).join(' ') : '';
}

/** The token and its conjuncts ("Russia and China": both). */
export function withConjuncts(tree: DepTree, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) for (const c of childrenWith(tree, out[k], 'conj')) if (!out.includes(c)) out.push(c);
  return out;
}

/** The chain of heads above a token inside its sentence, nearest first. */
export function ancestors(tree: DepTree, i: number): number[] {
  const out: number[] = [];
  let h = tree.doc.heads[i];
  while (h >= 0 && out.length < 50 && !out.includes(h)) {
    out.push(h);
    h = tree.doc.heads[h];
  }
  return out;
}

/** Whether `i` lies in the subtree of `root`. */
export function inSubtree(tree: DepTree, i: number, root: number): boolean {
  return i === root || ancestors(tree, i).includes(root);
}
