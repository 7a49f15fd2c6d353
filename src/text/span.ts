/** A half-open range of UTF-16 code units into a document's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the words it covers, as the contract prints mentions. */
export interface TextSpan extends Span {
  text: string;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/**
 * Binary search over indices 0..length-1 where `before(i)` holds for a prefix and fails for
 * the rest (spans in text order): the first index where it fails, `length` if none.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
