/**
 * Reading brat standoff attribution annotations laid out like PolNeAR: `T` lines hold
 * labelled spans (Source, Cue, Content, possibly in fragments joined by `;`), `E` lines tie
 * them into attributions. Span text fields are ignored (they may hold raw newlines); only
 * offsets count. Brat offsets count code points; they are turned into UTF-16 offsets.
 */

export type Fragments = Array<[number, number]>;

export interface GoldAttribution {
  source: Fragments | null;
  cue: Fragments | null;
  content: Fragments;
}

/** Maps code point offsets to UTF-16 offsets of `text`. */
function codePointToUnit(text: string): (cp: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return (cp) => Math.max(0, Math.min(cp, text.length));
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (cp) => table[Math.max(0, Math.min(cp, table.length - 1))];
}

/** Parses one .ann file against its text. Attributions without content are left out. */
export function parseBratAttributions(ann: string, text: string): GoldAttribution[] {
  const unit = codePointToUnit(text);
  const spans = new Map<string, { label: string; frags: Fragments }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/u.exec(line);
    if (t) {
      const frags: Fragments = t[3].split(';').map((part) => {
        const [a, b] = part.trim().split(/\s+/u).map(Number);
        return [unit(a), unit(b)] as [number, number];
      });
      spans.set(t[1], { label: t[2], frags });
      continue;
    }
    const e = /^E\d+\t(.*)$/u.exec(line);
    if (e) events.push(e[1].trim().split(/\s+/u));
  }
  const out: GoldAttribution[] = [];
  for (const args of events) {
    let source: Fragments | null = null;
    let cue: Fragments | null = null;
    const content: Fragments = [];
    for (const arg of args.slice(1)) {
      const [role, id] = arg.split(':');
      const span = spans.get(id);
      if (!span) continue;
      if (role === 'Source') source = span.frags;
      else if (role === 'Cue') cue = span.frags;
      else if (role.startsWith('Content')) content.push(...span.frags);
    }
    if (content.length === 0) continue;
    content.sort((x, y) => x[0] - y[0]);
    out.push({ source, cue, content });
  }
  return out;
}

/** Spans the annotators flagged to skip (bylines, notes): predictions inside them are not counted. */
export function parseBratDiscards(ann: string, text: string): Fragments {
  const unit = codePointToUnit(text);
  const out: Fragments = [];
  for (const line of ann.split('\n')) {
    const t = /^T\d+\tDiscard ([\d ;]+)\t/u.exec(line);
    if (!t) continue;
    for (const part of t[1].split(';')) {
      const [a, b] = part.trim().split(/\s+/u).map(Number);
      out.push([unit(a), unit(b)]);
    }
  }
  return out;
}
