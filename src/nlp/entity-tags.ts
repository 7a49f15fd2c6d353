/**
 * Entity tag schemes. The tagger predicts BILOU (begin, inside, last, unit, outside),
 * which separates one-word names from name starts and learns better than BIO; the rest
 * of Parley reads BIO ('B-PER', 'I-PER', 'O'), the common currency.
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityTypeTag = (typeof ENTITY_TYPES)[number];

/** An entity span over token indices [start, end). */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/** Class 0 is O; then B, I, L, U for each type in ENTITY_TYPES order. */
export const BILOU_CLASSES: string[] = ['O', ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
export const N_CLASSES = BILOU_CLASSES.length;

/** 0 O, 1 B, 2 I, 3 L, 4 U. */
export const prefixOf = (c: number): number => (c === 0 ? 0 : ((c - 1) & 3) + 1);
/** Index into ENTITY_TYPES, -1 for O. */
export const typeOf = (c: number): number => (c === 0 ? -1 : (c - 1) >> 2);
export const classOf = (prefix: number, type: number): number => (prefix === 0 ? 0 : 1 + type * 4 + (prefix - 1));

/** May class `cur` follow class `prev` (-1 at a sentence start)? */
export function validTransition(prev: number, cur: number): boolean {
  const pp = prev < 0 ? 0 : prefixOf(prev);
  const cp = prefixOf(cur);
  if (pp === 1 || pp === 2) return (cp === 2 || cp === 3) && typeOf(cur) === typeOf(prev);
  return cp === 0 || cp === 1 || cp === 4;
}

/** Spans of BIO, IOB1 or BILOU/IOBES tags: I- after O or another type opens a span. */
export function spansOfTags(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 'O' || tag.length < 3) {
      cur = null;
      continue;
    }
    const p = tag[0];
    const type = tag.slice(2);
    if (p === 'B' || p === 'U' || p === 'S' || !cur || cur.type !== type) {
      cur = { start: i, end: i + 1, type };
      out.push(cur);
    } else cur.end = i + 1;
    if (p === 'U' || p === 'S' || p === 'L' || p === 'E') cur = null;
  }
  return out;
}

/** BILOU class ids for spans over n tokens. Spans of unknown types are left out. */
export function bilouOfSpans(spans: readonly TagSpan[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    const t = (ENTITY_TYPES as readonly string[]).indexOf(s.type);
    if (t < 0) continue;
    if (s.end - s.start === 1) out[s.start] = classOf(4, t);
    else {
      out[s.start] = classOf(1, t);
      for (let k = s.start + 1; k < s.end - 1; k++) out[k] = classOf(2, t);
      out[s.end - 1] = classOf(3, t);
    }
  }
  return out;
}

/** BIO strings for spans over n tokens. */
export function bioOfSpans(spans: readonly TagSpan[], n: number): string[] {
  const out = new Array<string>(n).fill('O');
  for (const s of spans) {
    out[s.start] = `B-${s.type}`;
    for (let k = s.start + 1; k < s.end; k++) out[k] = `I-${s.type}`;
  }
  return out;
}

/** Spans of predicted BILOU classes; an unclosed B/I run still counts as one span. */
export function spansOfClasses(classes: ArrayLike<number>, from: number, to: number): TagSpan[] {
  const out: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = from; i < to; i++) {
    const c = classes[i];
    const p = prefixOf(c);
    if (p === 0) {
      cur = null;
      continue;
    }
    const type = ENTITY_TYPES[typeOf(c)];
    if (p === 1 || p === 4 || !cur || cur.type !== type) {
      cur = { start: i, end: i + 1, type };
      out.push(cur);
    } else cur.end = i + 1;
    if (p === 3 || p === 4) cur = null;
  }
  return out;
}
