/**
 * A guard against work that grows faster than the input (a quadratic loop over names or
 * quotes), measured as a ratio of two sizes rather than against a wall-clock limit, so it
 * holds on a fast or a slow, busy machine alike. Speed itself is the bench's business.
 */
export function growthFactor(run: (size: number) => void, small: number, factor: number): number {
  const best = (size: number): number => {
    let min = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      run(size);
      min = Math.min(min, performance.now() - t0);
    }
    return Math.max(min, 0.5);
  };
  // Warm the JIT on both sizes first, so neither timing includes compilation.
  run(small);
  run(small * factor);
  return best(small * factor) / best(small);
}
