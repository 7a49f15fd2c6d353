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

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
