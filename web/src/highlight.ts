/**
 * Cuts an article into runs of text that share the same annotations, so overlapping
 * spans (a name inside a quote, a trigger inside a quote) can be shown together. The
 * runs are rendered as text nodes: article text never becomes markup.
 */
export interface Mark {
  kind: 'entity' | 'quote' | 'trigger';
  id: string;
  start: number;
  end: number;
  /** Entity type, quote speaker id, or event code. */
  info: string | null;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

export function runs(text: string, marks: Mark[]): Run[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const s = at[i];
    const e = at[i + 1];
    out.push({ start: s, end: e, text: text.slice(s, e), marks: valid.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}
