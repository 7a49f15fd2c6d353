import type { StoryEventRow } from '../store/queries.js';
import type { DyadPoint, Interval } from './views.js';

export type { DyadPoint, Interval } from './views.js';

/** The period a date falls in; weeks start on Monday (ISO). */
export function periodOf(date: string, interval: Interval): string {
  if (interval === 'day') return date;
  if (interval === 'month') return `${date.slice(0, 7)}-01`;
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Cooperation and conflict between two actors per period, from the Goldstein scores of
 * the events between them (each story event counted once). Undated events are left out;
 * periods without events are not invented.
 */
export function dyadSeries(rows: Pick<StoryEventRow, 'date' | 'goldstein' | 'quadClass'>[], interval: Interval): DyadPoint[] {
  const by = new Map<string, DyadPoint & { scored: number; sum: number }>();
  for (const r of rows) {
    if (!r.date) continue;
    const p = periodOf(r.date, interval);
    let pt = by.get(p);
    if (!pt) {
      pt = { period: p, events: 0, cooperation: 0, conflict: 0, mean: null, quad: [0, 0, 0, 0], scored: 0, sum: 0 };
      by.set(p, pt);
    }
    pt.events++;
    if (r.goldstein !== null && Number.isFinite(r.goldstein)) {
      if (r.goldstein > 0) pt.cooperation += r.goldstein;
      else pt.conflict += r.goldstein;
      pt.scored++;
      pt.sum += r.goldstein;
    }
    if (r.quadClass && r.quadClass >= 1 && r.quadClass <= 4) pt.quad[r.quadClass - 1]++;
  }
  return [...by.values()]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map(({ scored, sum, ...pt }) => ({ ...pt, cooperation: round(pt.cooperation), conflict: round(pt.conflict), mean: scored > 0 ? round(sum / scored) : null }));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
