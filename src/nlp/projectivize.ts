/**
 * Lifting non-projective arcs (Nivre & Nilsson 2005, without their label encoding): an arc
 * h -> d is non-projective when some word between h and d is not in h's subtree; lifting
 * re-attaches d to h's head. Repeating this on the shortest such arc gives the projective
 * tree closest to the gold one. The arc-hybrid system can only build projective trees, and
 * its dynamic oracle is exact only for them, so training on lifted trees gives the moves
 * consistent costs instead of the approximation's.
 */

/** Whether word k lies in the subtree of h (`heads`: -1 for the root's children). */
function dominates(heads: ArrayLike<number>, h: number, k: number): boolean {
  for (let x = k; x >= 0; x = heads[x]) if (x === h) return true;
  return false;
}

/** The shortest non-projective arc's dependent, or -1 when the tree is projective. */
function shortestCrossing(heads: ArrayLike<number>): number {
  let best = -1;
  let bestSpan = Infinity;
  for (let d = 0; d < heads.length; d++) {
    const h = heads[d];
    if (h < 0) continue;
    const lo = Math.min(h, d), hi = Math.max(h, d);
    if (hi - lo >= bestSpan) continue;
    for (let k = lo + 1; k < hi; k++) {
      if (!dominates(heads, h, k)) {
        best = d;
        bestSpan = hi - lo;
        break;
      }
    }
  }
  return best;
}

/** A projective version of a tree (`heads`: -1 for the root); the same array when it already is. */
export function projectivize(heads: readonly number[]): { heads: number[]; lifted: number } {
  const out = heads.slice();
  let lifted = 0;
  for (let d = shortestCrossing(out); d >= 0; d = shortestCrossing(out)) {
    out[d] = out[out[d]];
    lifted++;
  }
  return { heads: lifted > 0 ? out : (heads as number[]), lifted };
}
