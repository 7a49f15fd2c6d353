import { hashString } from '../ml/hash.js';
import { foldWord } from './word-features.js';

/**
 * Distributional word classes for the tagger and the parser, learnt from raw tokenized text: each word
 * (folded as the parser folds it) is described by the counts of the words one and two
 * to its left and right, and spherical k-means groups words with similar contexts
 * ("monday tuesday friday", "picked grew stepped"). A class is a back-off for words the
 * treebank has seen rarely, in the spirit of Koo et al. (2008), at the cost of one hash
 * per token (the classes are looked up once per form and cached). Deterministic: no
 * random start, so the same text always gives the same classes.
 */

export interface WordClusterOptions {
  /** Number of classes. */
  classes?: number;
  /** Words seen fewer times get no class (their contexts are too few to place them). */
  minCount?: number;
  /** How many of the most frequent words serve as context dimensions. */
  contextWords?: number;
  /** Upper bound on k-means rounds (it also stops when almost nothing moves). */
  rounds?: number;
  log?: (line: string) => void;
}

/** Folded form -> class number (0..classes-1) for the words seen at least minCount times. */
export function buildWordClusters(sentences: Iterable<ArrayLike<string>>, opts: WordClusterOptions = {}): Map<string, number> {
  return clusterWords(sentences, opts).classes;
}

/**
 * Word classes at two granularities, as Koo et al. (2008) read bit-string prefixes of a
 * hierarchy: the fine classes, and for each fine class a coarse one (`coarse` of them),
 * found by k-means over the fine classes' centroids, so each coarse class is a union of fine ones.
 */
export function buildWordClassTree(sentences: Iterable<ArrayLike<string>>, opts: WordClusterOptions & { coarse: number }): { classes: Map<string, number>; coarseOf: Int32Array } {
  const { classes, centroids, dim } = clusterWords(sentences, opts);
  const k = centroids.length / dim;
  const vecs = Array.from({ length: k }, (_, c) => centroids.subarray(c * dim, (c + 1) * dim));
  // Centroids are dense: start from every (k/coarse)-th one, then plain spherical k-means.
  const m = Math.min(opts.coarse, k);
  const C = Array.from({ length: m }, (_, j) => Float32Array.from(vecs[Math.floor((j * k) / m)]));
  const coarseOf = new Int32Array(k).fill(-1);
  for (let round = 0; round < (opts.rounds ?? 15); round++) {
    let moved = 0;
    for (let c = 0; c < k; c++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let j = 0; j < m; j++) {
        const d = dot(C[j], vecs[c]);
        if (d > bestScore) {
          bestScore = d;
          best = j;
        }
      }
      if (coarseOf[c] !== best) {
        moved++;
        coarseOf[c] = best;
      }
    }
    for (const v of C) v.fill(0);
    for (let c = 0; c < k; c++) {
      const into = C[coarseOf[c]];
      for (let i = 0; i < dim; i++) into[i] += vecs[c][i];
    }
    for (const v of C) {
      const norm = Math.sqrt(dot(v, v)) || 1;
      for (let i = 0; i < dim; i++) v[i] /= norm;
    }
    if (moved === 0) break;
  }
  return { classes, coarseOf };
}

function dot(a: Float32Array, b: Float32Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += a[i] * b[i];
  return d;
}

function clusterWords(sentences: Iterable<ArrayLike<string>>, opts: WordClusterOptions): { classes: Map<string, number>; centroids: Float32Array; dim: number } {
  const K = opts.classes ?? 256;
  const minCount = opts.minCount ?? 3;
  const NC = opts.contextWords ?? 1000;
  const folded: string[][] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    const f = Array.from(s, (w) => foldWord(w));
    for (const w of f) freq.set(w, (freq.get(w) ?? 0) + 1);
    folded.push(f);
  }
  // Ties in frequency are broken by the word, so the order (and the result) is stable.
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= minCount).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const cid = new Map(byFreq.slice(0, NC).map(([w], i) => [w, i]));
  // Four context blocks (left 1, right 1, left 2, right 2) of NC words + boundary + other.
  const B = NC + 2;
  const DIM = 4 * B;
  const rows = vocab.map(() => new Map<number, number>());
  const ctx = (s: string[], j: number): number => (j < 0 || j >= s.length ? NC : (cid.get(s[j]) ?? NC + 1));
  const bump = (m: Map<number, number>, k: number): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of folded) {
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i]);
      if (v === undefined) continue;
      const r = rows[v];
      bump(r, ctx(s, i - 1));
      bump(r, B + ctx(s, i + 1));
      bump(r, 2 * B + ctx(s, i - 2));
      bump(r, 3 * B + ctx(s, i + 2));
    }
  }
  // Square-root counts, unit length: cosine similarity without one very frequent context dominating.
  const vecs = rows.map((m) => {
    const idx = Int32Array.from(m.keys());
    const val = Float32Array.from(m.values(), (c) => Math.sqrt(c));
    let norm = 0;
    for (const x of val) norm += x * x;
    norm = Math.sqrt(norm);
    for (let i = 0; i < val.length; i++) val[i] /= norm;
    return { idx, val };
  });
  const k = Math.min(K, vocab.length);
  const C = new Float32Array(k * DIM);
  // Start from words spread over the top quarter of the frequency list.
  for (let c = 0; c < k; c++) {
    const v = vecs[Math.floor((c * vocab.length) / k / 4)];
    for (let i = 0; i < v.idx.length; i++) C[c * DIM + v.idx[i]] = v.val[i];
  }
  const assign = new Int32Array(vocab.length).fill(-1);
  const rounds = opts.rounds ?? 15;
  for (let round = 0; round < rounds; round++) {
    let moved = 0;
    for (let w = 0; w < vocab.length; w++) {
      const { idx, val } = vecs[w];
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const o = c * DIM;
        let d = 0;
        for (let i = 0; i < idx.length; i++) d += C[o + idx[i]] * val[i];
        if (d > bestScore) {
          bestScore = d;
          best = c;
        }
      }
      if (assign[w] !== best) {
        moved++;
        assign[w] = best;
      }
    }
    C.fill(0);
    for (let w = 0; w < vocab.length; w++) {
      const { idx, val } = vecs[w];
      const o = assign[w] * DIM;
      for (let i = 0; i < idx.length; i++) C[o + idx[i]] += val[i];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let i = 0; i < DIM; i++) norm += C[c * DIM + i] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < DIM; i++) C[c * DIM + i] /= norm;
    }
    opts.log?.(`word classes: round ${round + 1}, ${moved} of ${vocab.length} words moved`);
    if (moved < vocab.length / 500) break;
  }
  return { classes: new Map(vocab.map((w, i) => [w, assign[i]])), centroids: C, dim: DIM };
}

const UNKNOWN_CLASS = hashString('<unknown-class>') | 0;
/** Hashes of class numbers (up to 65536 classes), signed as the models' hash arrays hold them. */
const CLASS_HASH = new Int32Array(1 << 16);
/** Which CLASS_HASH entries are made: models use a few hundred classes, so each is hashed on first use, not all 65,536 at start-up. */
const CLASS_HASHED = new Uint8Array(1 << 16);
function classHashOf(c: number): number {
  if (CLASS_HASHED[c] === 0) {
    CLASS_HASH[c] = hashString(`<class ${c}>`);
    CLASS_HASHED[c] = 1;
  }
  return CLASS_HASH[c];
}

/** The feature value of a (folded) word's class: its class's hash, or one shared hash for words outside the list. */
export function wordClassHash(clusters: ReadonlyMap<string, number> | undefined, folded: string): number {
  const c = clusters?.get(folded);
  return c === undefined ? UNKNOWN_CLASS : classHashOf(c & 0xffff);
}

const COARSE_HASH = Int32Array.from({ length: 1 << 12 }, (_, k) => hashString(`<coarse class ${k}>`));

/** The feature value of a (folded) word's coarse class (see buildWordClassTree), or the shared unknown hash. */
export function coarseClassHash(clusters: ReadonlyMap<string, number> | undefined, coarseOf: Int32Array, folded: string): number {
  const c = clusters?.get(folded);
  return c === undefined || c >= coarseOf.length ? UNKNOWN_CLASS : COARSE_HASH[coarseOf[c] & 0xfff];
}

/** Word classes as model-header lines ("word TAB class"). */
export function clustersToLines(clusters: ReadonlyMap<string, number>): string[] {
  return [...clusters].map(([w, c]) => `${w}\t${c}`);
}

/** Word classes back from model-header lines. */
export function clustersFromLines(lines: readonly string[]): Map<string, number> {
  // A loop with indexOf: tens of thousands of lines are read at every start-up.
  const out = new Map<string, number>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    out.set(tab < 0 ? line : line.slice(0, tab), tab < 0 ? NaN : Number(line.slice(tab + 1)));
  }
  return out;
}
