import { hashString, templateKey } from '../ml/hash.js';
import { TemplateSet, type Template } from '../ml/templates.js';
import type { ParseState } from './parse-state.js';

/**
 * The parser's features as two template tables: one for the transition decision (the
 * core of Zhang & Nivre 2011 at arc-hybrid positions, cut to the templates that carry the
 * most, since each is one random table read per move), one for naming an arc's relation.
 * Slots hold per-token hashes computed once per sentence (word, tag, word+tag, suffix),
 * labels, distances and valencies; a missing position reads NONE.
 */

export const NONE = hashString('<none>') | 0;

/** Per-sentence token hashes, index n being the root. */
/** Hashes are kept as signed integers: the same bits, and never a heap number when read. */
export interface SentenceHashes {
  words: Int32Array;
  tags: Int32Array;
  /** Word and tag mixed together. */
  wordTags: Int32Array;
  /** Last three letters, so the parser can second-guess a wrong tag. */
  suffixes: Int32Array;
  /** Hash of each relation label, by label index. */
  labelHash: Int32Array;
}

const MOVE_SLOTS = [
  's0w', 's0t', 's0wt', 'b0w', 'b0t', 'b0wt', 'b1w', 'b1t', 'b2t', 's1w', 's1t', 's1wt', 's2t',
  's0lc1t', 's0lc1l', 's0lc2t', 's0lc2l', 's0rc1t', 's0rc1l', 's0rc2t', 's0rc2l',
  'b0lc1t', 'b0lc1l', 'b0lc2l', 's1lc1t', 's1lc1l', 's1rc1t', 's1rc1l',
  'd1', 'd2', 's0nl', 's0nr', 'b0nl', 's1nl', 's1nr', 's0x', 'b0x',
] as const;
type MoveSlot = (typeof MOVE_SLOTS)[number];

/** Template numbers are the historical ones: they fix each template's hash key, so trained models stay valid. */
const MOVE_TEMPLATES: ReadonlyArray<Template<MoveSlot>> = [
  [0], // bias
  // single positions
  [1, 's0w'], [2, 's0t'], [3, 's0wt'], [4, 'b0w'], [5, 'b0t'], [6, 'b0wt'], [7, 'b1w'], [8, 'b1t'], [10, 'b2t'],
  [12, 's1w'], [13, 's1t'], [14, 's1wt'], [15, 's2t'],
  // pairs of stack top and buffer front
  [17, 's0wt', 'b0wt'], [18, 's0wt', 'b0w'], [19, 's0w', 'b0wt'], [20, 's0wt', 'b0t'], [21, 's0t', 'b0wt'],
  [22, 's0w', 'b0w'], [23, 's0t', 'b0t'], [24, 'b0t', 'b1t'],
  // pairs of the two stack tops (RIGHT joins them)
  [26, 's1t', 's0t'], [27, 's1w', 's0w'], [25, 's1wt', 's0wt'],
  // tag trigrams
  [30, 'b0t', 'b1t', 'b2t'], [31, 's0t', 'b0t', 'b1t'], [32, 's1t', 's0t', 'b0t'], [34, 's0t', 's0lc1t', 'b0t'],
  [35, 's0t', 's0rc1t', 'b0t'], [36, 's0t', 'b0t', 'b0lc1t'], [38, 's1t', 's1rc1t', 's0t'], [33, 's2t', 's1t', 's0t'],
  [37, 's1t', 's0t', 's0lc1t'], [78, 's1t', 's0t', 'b1t'],
  // distance
  [43, 's0t', 'd1'], [45, 'b0t', 'd1'], [46, 's0t', 'b0t', 'd1'], [47, 's1t', 's0t', 'd2'],
  // valency
  [50, 's0w', 's0nr'], [51, 's0t', 's0nr'], [53, 's0t', 's0nl'], [54, 'b0w', 'b0nl'], [55, 'b0t', 'b0nl'],
  [56, 's1t', 's1nr'], [57, 's1t', 's1nl'],
  // children
  [59, 's0lc1t'], [60, 's0lc1l'], [62, 's0rc1t'], [63, 's0rc1l'], [65, 'b0lc1t'], [66, 'b0lc1l'],
  [67, 's0lc2t', 's0lc2l'], [68, 's0rc2t', 's0rc2l'], [70, 's1lc1t', 's1lc1l'], [71, 's1rc1t', 's1rc1l'],
  // label sets
  [73, 's0t', 's0lc1l', 's0lc2l'], [74, 's0t', 's0rc1l', 's0rc2l'], [75, 'b0t', 'b0lc1l', 'b0lc2l'],
  // suffixes
  [80, 's0x'], [81, 'b0x'], [84, 's0t', 'b0x'],
];

export const MOVES = new TemplateSet(MOVE_SLOTS, MOVE_TEMPLATES, templateKey);
/** Slot indices, for filling the values. */
const M = Object.fromEntries(MOVE_SLOTS.map((s) => [s, MOVES.slot(s)])) as Record<MoveSlot, number>;

const LABEL_SLOTS = [
  'dw', 'dt', 'hw', 'ht', 'dir', 'distDir', 'nl', 'nr', 'lc1t', 'lc1l', 'lc1w', 'lc2l', 'lc2w', 'rc1t', 'rc1l',
  'hlc1l', 'hrc1l', 'prevT', 'nextT',
] as const;
type LabelSlot = (typeof LABEL_SLOTS)[number];

const LABEL_TEMPLATES: ReadonlyArray<Template<LabelSlot>> = [
  [0], // bias
  [1, 'dw'], [2, 'dt'], [3, 'dw', 'dt'], [4, 'hw'], [5, 'ht'], [6, 'hw', 'ht'],
  [7, 'dt', 'ht', 'dir'], [8, 'dw', 'ht', 'dir'], [9, 'dt', 'hw', 'dir'], [10, 'dw', 'hw'], [11, 'dt', 'ht', 'distDir'],
  [12, 'lc1l', 'dt'], [13, 'rc1l', 'dt'], [14, 'dt', 'nl', 'nr'], [15, 'lc1t', 'dt'], [16, 'rc1t', 'dt'],
  [17, 'lc1w', 'dt'], [18, 'lc2w', 'dt'], [19, 'hlc1l', 'ht', 'dir'], [20, 'hrc1l', 'ht', 'dir'],
  [21, 'prevT', 'dt', 'dir'], [22, 'dt', 'nextT', 'dir'], [23, 'dt', 'ht', 'lc1w'], [24, 'dt', 'ht', 'lc1l'],
  [25, 'dt', 'ht', 'rc1l'], [26, 'dw', 'hw', 'dir'], [27, 'dt', 'lc1l', 'lc2l'], [28, 'dt', 'ht', 'hlc1l'],
];

/** Label templates take their own keys (1000 + number), apart from the move templates'. */
export const LABELS = new TemplateSet(LABEL_SLOTS, LABEL_TEMPLATES, (t) => templateKey(1000 + t));
const L = Object.fromEntries(LABEL_SLOTS.map((s) => [s, LABELS.slot(s)])) as Record<LabelSlot, number>;

export const LEFT_DIR = 1;
export const RIGHT_DIR = 2;

const tagAt = (h: SentenceHashes, x: number): number => (x < 0 ? NONE : h.tags[x]);
const wordAt = (h: SentenceHashes, x: number): number => (x < 0 ? NONE : h.words[x]);
function labelAt(h: SentenceHashes, st: ParseState, x: number): number {
  if (x < 0) return NONE;
  const k = st.labels[x];
  return k < 0 ? NONE : h.labelHash[k];
}

/** The slot values of the move decision in this state. */
export function moveValues(st: ParseState, h: SentenceHashes, v: Int32Array): void {
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b;
  const b1 = b0 + 1 <= st.n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= st.n ? b0 + 2 : -1;
  v[M.s0w] = wordAt(h, s0);
  v[M.s0t] = tagAt(h, s0);
  v[M.s0wt] = s0 >= 0 ? h.wordTags[s0] : NONE;
  v[M.s0x] = s0 >= 0 ? h.suffixes[s0] : NONE;
  v[M.b0w] = h.words[b0];
  v[M.b0t] = h.tags[b0];
  v[M.b0wt] = h.wordTags[b0];
  v[M.b0x] = h.suffixes[b0];
  v[M.b1w] = wordAt(h, b1);
  v[M.b1t] = tagAt(h, b1);
  v[M.b2t] = tagAt(h, b2);
  v[M.s1w] = wordAt(h, s1);
  v[M.s1t] = tagAt(h, s1);
  v[M.s1wt] = s1 >= 0 ? h.wordTags[s1] : NONE;
  v[M.s2t] = tagAt(h, s2);
  const s0lc1 = s0 >= 0 ? st.lc1[s0] : -1;
  const s0lc2 = s0 >= 0 ? st.lc2[s0] : -1;
  const s0rc1 = s0 >= 0 ? st.rc1[s0] : -1;
  const s0rc2 = s0 >= 0 ? st.rc2[s0] : -1;
  const b0lc1 = st.lc1[b0];
  const b0lc2 = st.lc2[b0];
  const s1lc1 = s1 >= 0 ? st.lc1[s1] : -1;
  const s1rc1 = s1 >= 0 ? st.rc1[s1] : -1;
  v[M.s0lc1t] = tagAt(h, s0lc1);
  v[M.s0lc1l] = labelAt(h, st, s0lc1);
  v[M.s0lc2t] = tagAt(h, s0lc2);
  v[M.s0lc2l] = labelAt(h, st, s0lc2);
  v[M.s0rc1t] = tagAt(h, s0rc1);
  v[M.s0rc1l] = labelAt(h, st, s0rc1);
  v[M.s0rc2t] = tagAt(h, s0rc2);
  v[M.s0rc2l] = labelAt(h, st, s0rc2);
  v[M.b0lc1t] = tagAt(h, b0lc1);
  v[M.b0lc1l] = labelAt(h, st, b0lc1);
  v[M.b0lc2l] = labelAt(h, st, b0lc2);
  v[M.s1lc1t] = tagAt(h, s1lc1);
  v[M.s1lc1l] = labelAt(h, st, s1lc1);
  v[M.s1rc1t] = tagAt(h, s1rc1);
  v[M.s1rc1l] = labelAt(h, st, s1rc1);
  v[M.d1] = s0 >= 0 ? Math.min(b0 - s0, 10) : 0;
  v[M.d2] = s1 >= 0 ? Math.min(s0 - s1, 10) : 0;
  v[M.s0nl] = s0 >= 0 ? st.nLeft[s0] : 0;
  v[M.s0nr] = s0 >= 0 ? st.nRight[s0] : 0;
  v[M.b0nl] = st.nLeft[b0];
  v[M.s1nl] = s1 >= 0 ? st.nLeft[s1] : 0;
  v[M.s1nr] = s1 >= 0 ? st.nRight[s1] : 0;
}

/** The slot values for naming the relation of the arc h -> d (d has all its children by now). */
export function labelValues(st: ParseState, hs: SentenceHashes, d: number, h: number, v: Int32Array): void {
  const dir = d < h ? LEFT_DIR : RIGHT_DIR;
  const lc1 = st.lc1[d];
  const lc2 = st.lc2[d];
  const rc1 = st.rc1[d];
  v[L.dw] = wordAt(hs, d);
  v[L.dt] = tagAt(hs, d);
  v[L.hw] = wordAt(hs, h);
  v[L.ht] = tagAt(hs, h);
  v[L.dir] = dir;
  v[L.distDir] = Math.min(Math.abs(h - d), 8) * 4 + dir;
  v[L.nl] = st.nLeft[d];
  v[L.nr] = st.nRight[d];
  v[L.lc1t] = tagAt(hs, lc1);
  v[L.lc1l] = labelAt(hs, st, lc1);
  v[L.lc1w] = wordAt(hs, lc1);
  v[L.lc2l] = labelAt(hs, st, lc2);
  v[L.lc2w] = wordAt(hs, lc2);
  v[L.rc1t] = tagAt(hs, rc1);
  v[L.rc1l] = labelAt(hs, st, rc1);
  v[L.hlc1l] = labelAt(hs, st, st.lc1[h]);
  v[L.hrc1l] = labelAt(hs, st, st.rc1[h]);
  v[L.prevT] = tagAt(hs, d - 1);
  v[L.nextT] = d + 1 < st.n ? hs.tags[d + 1] : NONE;
}
