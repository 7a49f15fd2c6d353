import type { Analysis } from '../analyze/analysis.js';
import type { Fragments, GoldAttribution } from './brat.js';

/**
 * Scoring predicted quotes against gold attributions, with the definitions PolNeAR
 * evaluations use here: a prediction matches a gold Content when the word tokens (runs
 * of letters and digits) they share are at least half of those in either, one to one,
 * best overlap first; words in the gaps of a discontinuous gold Content are not held
 * against a prediction, and a prediction lying mostly inside an already matched Content
 * counts as a piece of it (neither right nor wrong). Speaker: the speakerMention or a
 * mention of the speaker entity overlaps the gold Source. Cue: the cue overlaps the gold
 * Cue. "Direct" gold attributions are those whose Content holds a quotation mark; they
 * are compared with predicted quotes of kind direct or mixed.
 */

export interface SetScore {
  gold: number;
  pred: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  speakerScored: number;
  cueAccuracy: number;
  cueScored: number;
  endToEnd: number;
  goldWithSource: number;
}

export interface AttributionScore {
  docs: number;
  direct: SetScore;
  all: SetScore;
}

export interface ScoredDocument {
  analysis: Analysis;
  gold: GoldAttribution[];
  discards: Fragments;
}

const DOUBLE_MARK = /["“”„‟«»]|''|``/u;
const SINGLE_PAIR = /(^|[\s(\u2014-])[‘'][\p{L}\p{N}][^]*?[^\s][’'](?=$|[\s.,;:!?)\u2014-])/u;

/** A word-initial left single mark that is not an elision (‘em, ‘90s). */
const LONE_LEFT_SINGLE = /(^|[\s(\u2014-])‘(?!(?:em|bout|til|cause|n|tis|twas|\d\ds?)\b)[\p{L}\p{N}]/iu;

export function hasQuotationMark(s: string): boolean {
  return DOUBLE_MARK.test(s) || SINGLE_PAIR.test(s) || LONE_LEFT_SINGLE.test(s);
}

interface Tok {
  starts: number[];
  ends: number[];
}

function wordTokens(text: string): Tok {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

function tokensIn(tok: Tok, frags: Fragments): number[] {
  const out = new Set<number>();
  for (const [s, e] of frags) {
    let lo = 0;
    let hi = tok.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tok.ends[mid] <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tok.starts.length && tok.starts[i] < e; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

function overlapsAny(a: Fragments, b: Fragments): boolean {
  for (const [s, e] of a) for (const [c, d] of b) if (s < d && c < e) return true;
  return false;
}

interface Pred {
  direct: boolean;
  frags: Fragments;
  toks: number[];
  speaker: Fragments;
  cue: Fragments | null;
}

interface Gold {
  att: GoldAttribution;
  toks: number[];
  /** Tokens from the first to the last fragment (gap words included). */
  hull: number[];
}

function emptyCounts(): { gold: number; pred: number; matched: number; spk: number; spkN: number; cue: number; cueN: number; withSource: number } {
  return { gold: 0, pred: 0, matched: 0, spk: 0, spkN: 0, cue: 0, cueN: 0, withSource: 0 };
}

type Counts = ReturnType<typeof emptyCounts>;

function scoreSet(golds: Gold[], preds: Pred[], c: Counts): void {
  c.gold += golds.length;
  for (const g of golds) if (g.att.source) c.withSource++;
  const pairs: Array<{ g: number; p: number; iou: number }> = [];
  // Candidate pairs by token overlap; documents are small, so a sweep over both lists is enough.
  for (let gi = 0; gi < golds.length; gi++) {
    const hull = new Set(golds[gi].hull);
    const gset = new Set(golds[gi].toks);
    for (let pi = 0; pi < preds.length; pi++) {
      const p = preds[pi].toks;
      if (p.length === 0) continue;
      let inter = 0;
      let outside = 0;
      for (const t of p) {
        if (gset.has(t)) inter++;
        else if (!hull.has(t)) outside++;
      }
      if (inter === 0) continue;
      const iou = inter / (golds[gi].toks.length + outside);
      pairs.push({ g: gi, p: pi, iou });
    }
  }
  pairs.sort((a, b) => b.iou - a.iou);
  const gUsed = new Int32Array(golds.length).fill(-1);
  const pUsed = new Uint8Array(preds.length);
  for (const pr of pairs) {
    if (pr.iou < 0.5 || gUsed[pr.g] >= 0 || pUsed[pr.p]) continue;
    gUsed[pr.g] = pr.p;
    pUsed[pr.p] = 1;
  }
  // Pieces: predictions lying mostly inside a matched gold Content.
  let pieces = 0;
  const extra = new Map<number, number[]>();
  for (let pi = 0; pi < preds.length; pi++) {
    if (pUsed[pi]) continue;
    const p = preds[pi].toks;
    for (let gi = 0; gi < golds.length; gi++) {
      if (gUsed[gi] < 0) continue;
      const hull = new Set(golds[gi].hull);
      const inside = p.filter((t) => hull.has(t)).length;
      if (p.length > 0 && inside / p.length > 0.5) {
        pieces++;
        pUsed[pi] = 1;
        extra.set(gi, [...(extra.get(gi) ?? []), pi]);
        break;
      }
    }
  }
  c.pred += preds.length - pieces;
  for (let gi = 0; gi < golds.length; gi++) {
    const pi = gUsed[gi];
    if (pi < 0) continue;
    c.matched++;
    const all = [pi, ...(extra.get(gi) ?? [])].map((k) => preds[k]);
    const g = golds[gi].att;
    if (g.source) {
      c.spkN++;
      if (all.some((p) => overlapsAny(p.speaker, g.source!))) c.spk++;
    }
    if (g.cue) {
      c.cueN++;
      if (all.some((p) => p.cue !== null && overlapsAny([...p.cue], g.cue!))) c.cue++;
    }
  }
}

function finish(c: Counts): SetScore {
  const precision = c.pred ? c.matched / c.pred : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  return {
    gold: c.gold,
    pred: c.pred,
    matched: c.matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerAccuracy: c.spkN ? c.spk / c.spkN : 0,
    speakerScored: c.spkN,
    cueAccuracy: c.cueN ? c.cue / c.cueN : 0,
    cueScored: c.cueN,
    endToEnd: c.withSource ? c.spk / c.withSource : 0,
    goldWithSource: c.withSource,
  };
}

/** Scores analyses against their gold attributions. */
export function scoreAttributions(docs: ScoredDocument[]): AttributionScore {
  const direct = emptyCounts();
  const all = emptyCounts();
  for (const { analysis, gold, discards } of docs) {
    const text = analysis.text;
    const tok = wordTokens(text);
    const golds: Gold[] = gold.map((att) => {
      const first = att.content[0][0];
      const last = att.content[att.content.length - 1][1];
      return { att, toks: tokensIn(tok, att.content), hull: tokensIn(tok, [[first, last]]) };
    });
    const byId = new Map(analysis.entities.map((e) => [e.id, e]));
    const preds: Pred[] = [];
    for (const q of analysis.quotes) {
      const frags: Fragments = [[q.start, q.end]];
      const toks = tokensIn(tok, frags);
      const discardSet = new Set(tokensIn(tok, discards));
      if (toks.length > 0 && toks.filter((t) => discardSet.has(t)).length / toks.length > 0.5) continue;
      const speaker: Fragments = [];
      if (q.speakerMention) speaker.push([q.speakerMention.start, q.speakerMention.end]);
      const ent = q.speaker ? byId.get(q.speaker) : undefined;
      if (ent) for (const m of ent.mentions) speaker.push([m.start, m.end]);
      preds.push({ direct: q.kind !== 'indirect', frags, toks, speaker, cue: q.cue ? [[q.cue.start, q.cue.end]] : null });
    }
    const directGold = golds.filter((g) => hasQuotationMark(g.att.content.map(([a, b]) => text.slice(a, b)).join(' ')));
    scoreSet(directGold, preds.filter((p) => p.direct), direct);
    scoreSet(golds, preds, all);
  }
  return { docs: docs.length, direct: finish(direct), all: finish(all) };
}

/** A plain table of the scores. */
export function formatAttributionScore(s: AttributionScore): string {
  const f = (x: number): string => x.toFixed(4);
  const row = (name: string, r: SetScore): string =>
    [name.padEnd(7), String(r.gold).padStart(6), String(r.pred).padStart(6), String(r.matched).padStart(6), f(r.precision), f(r.recall), f(r.f1), f(r.speakerAccuracy), f(r.cueAccuracy), f(r.endToEnd)].join('  ');
  return [
    `attribution scores: ${s.docs} documents`,
    ['set'.padEnd(7), 'gold'.padStart(6), 'pred'.padStart(6), 'match'.padStart(6), 'P     ', 'R     ', 'F1    ', 'speaker', 'cue   ', 'end2end'].join('  '),
    row('direct', s.direct),
    row('all', s.all),
  ].join('\n');
}
