import type { Analysis } from '../analyze/analysis.js';

export type OutputFormat = 'json' | 'jsonl' | 'pretty';

/**
 * One analysis as `parley analyze` prints it in `format` (for json, one element of the
 * array it prints for several articles: see joinJsonElements). Worker threads render their
 * own results, so the main thread only writes text.
 */
export function renderAnalysis(a: Analysis, format: OutputFormat, color = false): string {
  return format === 'pretty' ? prettyAnalysis(a, color) : formatAnalysis(a, format);
}

/** JSON.stringify(array, null, 2) of elements each already rendered with JSON.stringify(element, null, 2). */
export function joinJsonElements(elements: string[]): string {
  return elements.length === 0 ? '[]' : '[\n' + elements.map((e) => e.replace(/^/gmu, '  ')).join(',\n') + '\n]';
}

export function formatAnalysis(a: Analysis, format: OutputFormat): string {
  switch (format) {
    case 'json': return JSON.stringify(a, null, 2);
    case 'jsonl': return JSON.stringify(a);
    case 'pretty': return prettyAnalysis(a);
  }
}

const bold = (s: string, color: boolean): string => (color ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string, color: boolean): string => (color ? `\x1b[2m${s}\x1b[0m` : s);

/** A readable terminal view of one analysis: sentences, entities, quotes, events, meetings. */
export function prettyAnalysis(a: Analysis, color = false): string {
  const lines: string[] = [];
  const clip = (s: string, n = 100): string => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');
  const name = (id: string | null): string => (id ? a.entities.find((e) => e.id === id)?.name ?? id : '—');
  lines.push(bold(`${a.id}`, color) + dim(`  ${a.date ?? 'no date'}  ${a.sentences.length} sentences, ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.events.length} events`, color));
  if (a.title) lines.push(a.title);
  lines.push('', bold('Sentences', color));
  a.sentences.forEach((s, i) => lines.push(`  ${String(i).padStart(3)}  ${clip(a.text.slice(s.start, s.end))}`));
  if (a.entities.length) {
    lines.push('', bold('Entities', color));
    for (const e of a.entities) {
      const extra = [e.country, e.actor, e.titles?.join('; ')].filter(Boolean).join('  ');
      lines.push(`  ${e.id.padEnd(4)} ${e.type.padEnd(6)} ${e.name}${extra ? dim('  ' + extra, color) : ''}  ×${e.mentions.length}`);
    }
  }
  if (a.quotes.length) {
    lines.push('', bold('Quotes', color));
    for (const q of a.quotes) lines.push(`  ${q.id.padEnd(4)} ${q.kind.padEnd(8)} ${name(q.speaker)}: ${clip(a.text.slice(q.start, q.end), 90)}`);
  }
  if (a.events.length) {
    lines.push('', bold('Events', color));
    for (const v of a.events) {
      const who = `${name(v.source)} (${v.sourceActor ?? '—'}) → ${name(v.target)} (${v.targetActor ?? '—'})`;
      lines.push(`  ${v.id.padEnd(4)} ${v.code.padEnd(5)} ${v.modality.padEnd(8)} ${who}  "${a.text.slice(v.trigger.start, v.trigger.end)}"${v.date ? '  ' + v.date : ''}${v.location ? '  @' + name(v.location) : ''}`);
    }
  }
  if (a.meetings.length) {
    lines.push('', bold('Meetings', color));
    for (const m of a.meetings) {
      const sides = m.sides.map((s) => `${s.side}: ${s.participants.map(name).join(', ')}`).join(' | ');
      lines.push(`  ${m.id} ${m.date ?? ''} ${m.location ? '@' + name(m.location) : ''}${m.durationHours ? ` ${m.durationHours}h` : ''}  ${sides}${m.absent.length ? '  absent: ' + m.absent.map(name).join(', ') : ''}`);
    }
  }
  return lines.join('\n');
}
