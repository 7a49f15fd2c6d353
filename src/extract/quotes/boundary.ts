import type { Doc } from '../../text/doc.js';
import { FeatureBuffer } from '../../ml/features.js';
import { feat1, feat2, feat3, hashString } from '../../ml/hash.js';
import type { Scorer } from '../../ml/compact.js';
import { tokenRange } from '../../text/token.js';
import { isReported, type Draft } from './draft.js';
import { isQuoteMark } from './words.js';

/**
 * The learned content boundaries of reported and mixed quotes. The rules find an attribution
 * and a first guess of its content; an averaged perceptron (trained on PolNeAR, see
 * scripts/train-quotes.ts) then picks the content's first and last token among the nearby
 * token boundaries of the sentence: a ranker whose features read the words, tags and
 * dependency relations on both sides of each candidate boundary, the cue, the quotation
 * marks and the rules' own guess. Direct quotes (content between quotation marks) keep the
 * marks' bounds. Each draft looks at a bounded window of candidates, so it stays linear.
 *
 * The table has two classes; a candidate's score is class 1 minus class 0, so one
 * perceptron update can push the right candidate up and the wrong one down.
 */

/** How far a boundary may move from the rules' guess, in tokens. */
export const SHRINK = 40;
export const GROW = 40;

const enum T {
  Bias, Rule, Word, PrevWord, Upos, PrevUpos, UposPair, Rel, PrevRel, Quote, PrevQuote, HeadIsCue,
  PrevIsCue, Dist, QuoteDist, SentEdge, Kind, HeadInside, WordRel, PrevWordUpos, CueDist, RulePrevWord, Constituent, ConstituentCue, ConstituentSpan,
}
const START = 0;
const END = 1 << 20;


function bucket(n: number): number {
  const a = Math.abs(n);
  const b = a <= 3 ? a : a <= 6 ? 5 : a <= 12 ? 9 : a <= 25 ? 20 : 40;
  return n < 0 ? -b : b;
}

/** Token view of a draft: [a, b) and its sentence bounds. */
export interface DraftTokens {
  a: number;
  b: number;
  sentStart: number;
  sentEnd: number;
  /** First and last quotation-mark tokens inside the draft, or -1. */
  firstQuote: number;
  lastQuote: number;
}

/** The token range of a draft's content (tokens lying within its characters), or null. */
export function draftTokens(doc: Doc, d: Draft): DraftTokens | null {
  const toks = doc.tokens;
  const [a, b] = tokenRange(toks, d.start, d.end);
  if (b <= a) return null;
  const sent = doc.sentences[doc.sentenceOf[a]];
  const last = doc.sentences[doc.sentenceOf[b - 1]];
  let firstQuote = -1;
  let lastQuote = -1;
  for (let i = a; i < b; i++) {
    if (!isQuoteMark(toks[i].text)) continue;
    if (firstQuote < 0) firstQuote = i;
    lastQuote = i;
  }
  return { a, b, sentStart: sent.tokenStart, sentEnd: last.tokenEnd, firstQuote, lastQuote };
}

/** Candidate first tokens of the content. */
export function startCandidates(d: Draft, v: DraftTokens): number[] {
  const lo = Math.max(v.sentStart, v.a - GROW, d.cueTok >= 0 && d.cueTok < v.a ? d.cueTok + 1 : 0);
  let hi = Math.min(v.b - 1, v.a + SHRINK);
  if (d.kind === 'mixed' && v.firstQuote >= 0) hi = Math.min(hi, v.firstQuote);
  if (d.cueTok >= v.a && d.cueTok < v.b) hi = Math.min(hi, d.cueTok - 1);
  const out: number[] = [];
  for (let s = lo; s <= hi; s++) out.push(s);
  if (!out.includes(v.a)) out.push(v.a);
  return out;
}

/** Candidate ends (exclusive) of the content, given its first token. */
export function endCandidates(d: Draft, v: DraftTokens, start: number): number[] {
  let lo = Math.max(start + 1, v.b - SHRINK);
  if (d.kind === 'mixed' && v.lastQuote >= 0) lo = Math.max(lo, v.lastQuote + 1);
  let hi = Math.min(v.sentEnd, v.b + GROW);
  if (d.cueTok >= v.b) hi = Math.min(hi, d.cueTok);
  const out: number[] = [];
  for (let e = lo; e <= hi; e++) out.push(e);
  if (!out.includes(v.b) && v.b > start) out.push(v.b);
  return out;
}

export class BoundaryFeatures {
  readonly fb = new FeatureBuffer(64);
  private readonly low: Uint32Array;
  private readonly upos: Uint32Array;
  private readonly rel: Uint32Array;
  /** Per token: the largest phrase (subtree) that starts there, and that ends there; -1 if none. */
  private readonly opens: Int32Array;
  private readonly closes: Int32Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;

  constructor(private readonly doc: Doc) {
    const n = doc.tokens.length;
    this.low = new Uint32Array(n);
    this.upos = new Uint32Array(n);
    this.rel = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      this.low[i] = hashString(doc.lower[i]);
      this.upos[i] = hashString(doc.upos[i] ?? '');
      this.rel[i] = hashString(doc.deprels[i] ?? '');
    }
    // Subtree edges: each token widens its ancestors' spans (a bounded climb keeps it linear).
    const left = new Int32Array(n);
    const right = new Int32Array(n);
    for (let i = 0; i < n; i++) left[i] = right[i] = i;
    for (let i = 0; i < n; i++) {
      let h = doc.heads[i];
      for (let guard = 0; h >= 0 && h < n && guard < 40; guard++, h = doc.heads[h]) {
        if (left[h] > i) left[h] = i;
        if (right[h] < i) right[h] = i;
      }
    }
    this.left = left;
    this.right = right;
    this.opens = new Int32Array(n).fill(-1);
    this.closes = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const o = this.opens[left[i]];
      if (o < 0 || right[i] > right[o]) this.opens[left[i]] = i;
      const c = this.closes[right[i]];
      if (c < 0 || left[i] < left[c]) this.closes[right[i]] = i;
    }
  }

  /** Features of the largest phrase starting (START) at i or ending (END) just before i. */
  private constituent(side: number, i: number, cue: number): void {
    const n = this.doc.tokens.length;
    const h = side === START ? (i < n ? this.opens[i] : -1) : i > 0 ? this.closes[i - 1] : -1;
    const fb = this.fb;
    if (h < 0) {
      fb.add(feat1(T.Constituent + side, 0));
      return;
    }
    const head = this.doc.heads[h];
    fb.add(feat1(T.Constituent + side, this.rel[h]));
    fb.add(feat2(T.ConstituentCue + side, this.rel[h], cue >= 0 && head === cue ? 1 : cue >= 0 && head >= 0 && this.doc.heads[head] === cue ? 2 : 0));
    fb.add(feat2(T.ConstituentSpan + side, bucket(this.right[h] - this.left[h]), this.upos[h]));
  }

  /** Features of the boundary before token `i` as a content start (side START) or end (END). */
  boundary(side: number, i: number, d: Draft, v: DraftTokens, rule: number, other: number): FeatureBuffer {
    const fb = this.fb;
    const doc = this.doc;
    const n = doc.tokens.length;
    fb.clear();
    const kind = d.kind === 'mixed' ? 1 : d.kind === 'indirect' ? 2 : 3;
    const isRule = i === rule ? 1 : 0;
    const w = i < n ? this.low[i] : 1;
    const pw = i > 0 ? this.low[i - 1] : 1;
    const u = i < n ? this.upos[i] : 1;
    const pu = i > 0 ? this.upos[i - 1] : 1;
    const r = i < n ? this.rel[i] : 1;
    const pr = i > 0 ? this.rel[i - 1] : 1;
    fb.add(feat2(T.Bias, side, kind));
    fb.add(feat2(T.Rule, side, isRule));
    fb.add(feat3(T.Rule, side, isRule, kind));
    fb.add(feat2(T.Word, side, w));
    fb.add(feat2(T.PrevWord, side, pw));
    fb.add(feat2(T.Upos, side, u));
    fb.add(feat2(T.PrevUpos, side, pu));
    fb.add(feat3(T.UposPair, side, pu, u));
    fb.add(feat2(T.Rel, side, r));
    fb.add(feat2(T.PrevRel, side, pr));
    fb.add(feat3(T.WordRel, side, w, pr));
    fb.add(feat3(T.PrevWordUpos, side, pw, u));
    fb.add(feat3(T.RulePrevWord, side, isRule, pw));
    fb.add(feat2(T.Quote, side, i < n && isQuoteMark(doc.tokens[i].text) ? 1 : 0));
    fb.add(feat2(T.PrevQuote, side, i > 0 && isQuoteMark(doc.tokens[i - 1].text) ? 1 : 0));
    const cue = d.cueTok;
    fb.add(feat2(T.HeadIsCue, side, cue >= 0 && i < n && doc.heads[i] === cue ? 1 : 0));
    fb.add(feat2(T.PrevIsCue, side, cue >= 0 && i - 1 === cue ? 1 : 0));
    fb.add(feat2(T.CueDist, side, cue < 0 ? 99 : bucket(i - cue)));
    fb.add(feat3(T.Dist, side, bucket(i - rule), kind));
    const q = side === START ? v.firstQuote : v.lastQuote + 1;
    fb.add(feat2(T.QuoteDist, side, v.firstQuote < 0 ? 99 : bucket(i - q)));
    fb.add(feat2(T.SentEdge, side, i === v.sentStart ? 1 : i === v.sentEnd ? 2 : i === v.sentEnd - 1 ? 3 : 0));
    this.constituent(side, i, cue);
    // Does the token after an end (or before a start) attach inside the content? Then the cut splits a phrase.
    if (side === END && i < n) {
      const h = doc.heads[i];
      fb.add(feat3(T.HeadInside, side, h >= other && h < i ? 1 : h < 0 ? 2 : 0, r));
    } else if (side === START && i > 0) {
      const h = doc.heads[i - 1];
      fb.add(feat3(T.HeadInside, side, h >= i && h < v.b ? 1 : h < 0 ? 2 : 0, pr));
    }
    return fb;
  }
}

const scores = new Float32Array(2);
function value(table: Scorer, fb: FeatureBuffer): number {
  table.score(fb, scores);
  return scores[1] - scores[0];
}

/** The best-scoring candidate (ties: the rules' guess, then the earlier). */
export function pick(table: Scorer, f: BoundaryFeatures, side: 'start' | 'end', cands: number[], d: Draft, v: DraftTokens, rule: number, other: number): number {
  let best = rule;
  let bestScore = -Infinity;
  for (const c of cands) {
    const s = value(table, f.boundary(side === 'start' ? START : END, c, d, v, rule, other));
    if (s > bestScore || (s === bestScore && c === rule)) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

export { START as SIDE_START, END as SIDE_END };

/** Whether the learned boundaries apply to this draft. */
export function refinable(d: Draft): boolean {
  return isReported(d);
}

/**
 * Moves the content bounds of reported and mixed drafts to the model's choice. A content never
 * moves onto another attribution it did not already overlap (a direct quote next to a
 * reported one keeps its own words). Drafts come sorted by start.
 */
export function refineBoundaries(doc: Doc, drafts: Draft[], table: Scorer): void {
  // The per-token features are computed only for documents with something to refine.
  if (!drafts.some(refinable)) return;
  const f = new BoundaryFeatures(doc);
  const n = drafts.length;
  // Per draft: the last end of the earlier drafts and the first start of the later ones.
  const before = new Array<number>(n);
  const after = new Array<number>(n);
  let maxEnd = -1;
  for (let k = 0; k < n; k++) {
    before[k] = maxEnd;
    maxEnd = Math.max(maxEnd, drafts[k].end);
  }
  let minStart = Infinity;
  for (let k = n - 1; k >= 0; k--) {
    after[k] = minStart;
    minStart = Math.min(minStart, drafts[k].start);
    // The cue of one of the next few attributions bounds this content too, when it lies
    // past the rules' end ("… winners but added, “…”"); inside the content it says nothing.
    for (let j = k + 1; j < n && j <= k + 8; j++) {
      const cue = drafts[j].cue;
      if (cue && cue.start >= drafts[k].end && cue.start < after[k]) after[k] = cue.start;
    }
  }
  for (let k = 0; k < n; k++) {
    const d = drafts[k];
    if (!refinable(d)) continue;
    const v = draftTokens(doc, d);
    if (!v) continue;
    let left = before[k] <= d.start ? before[k] : -1;
    let right = after[k] >= d.end ? after[k] : Infinity;
    // Nor onto its own cue or speaker words ("Joe Biden, Rubio said, had been …").
    for (const own of [d.cue, d.speakerToks ? { start: doc.tokens[d.speakerToks.a].start, end: doc.tokens[d.speakerToks.b - 1].end } : null]) {
      if (!own) continue;
      if (own.end <= d.start) left = Math.max(left, own.end);
      else if (own.start >= d.end) right = Math.min(right, own.start);
    }
    const starts = d.interrupted === 'after' ? [v.a] : startCandidates(d, v).filter((c) => c === v.a || doc.tokens[c].start >= left);
    let s = pick(table, f, 'start', starts, d, v, v.a, v.b);
    // A content does not open on a comma or semicolon.
    while (s < v.b - 1 && (doc.tokens[s].text === ',' || doc.tokens[s].text === ';')) s++;
    const ends = d.interrupted === 'before' ? [v.b] : endCandidates(d, v, s).filter((c) => c === v.b || doc.tokens[c - 1].end <= right);
    const e = pick(table, f, 'end', ends, d, v, v.b, s);
    if (e <= s) continue;
    d.start = doc.tokens[s].start;
    d.end = doc.tokens[e - 1].end;
    // A reported content grown over quoted words quotes them: it is mixed.
    if (d.kind === 'indirect') {
      for (let i = s; i < e; i++) {
        if (isQuoteMark(doc.tokens[i].text) && doubleOrPaired(doc, i)) {
          d.kind = 'mixed';
          break;
        }
      }
    }
  }
}

/** A double quotation mark, or a single one that is not an apostrophe (a word on one side only). */
function doubleOrPaired(doc: Doc, i: number): boolean {
  const t = doc.tokens[i].text;
  if (t !== "'" && t !== '’' && t !== '‘') return true;
  return t === '‘';
}
