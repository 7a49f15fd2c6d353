/**
 * Relative and absolute date expressions in news text, resolved against the article's
 * date: "on Tuesday", "yesterday", "next week", "last month", "in 2022", "Feb. 18".
 * Pure calendar arithmetic on UTC dates; no clock.
 */

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A date expression found over tokens [start, end). */
export interface DateExpression {
  start: number;
  end: number;
  /** Resolves the expression against the article date (YYYY-MM-DD); `future` picks the next weekday rather than the last. */
  resolve(articleDate: string, future: boolean): { date: string; precision: DatePrecision } | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };

function parseIso(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

export function formatIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string | null {
  const d = parseIso(date);
  if (!d) return null;
  d.setUTCDate(d.getUTCDate() + days);
  return formatIso(d);
}

/** Adds months keeping the day, clamped to the month's length. */
function addMonths(date: string, months: number): string | null {
  const d = parseIso(date);
  if (!d) return null;
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + months, day = d.getUTCDate();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return formatIso(new Date(Date.UTC(y, m, Math.min(day, last))));
}

/** The weekday `wd` on or before (past) or on or after (future) the article date. */
export function resolveWeekday(articleDate: string, wd: number, future: boolean): string | null {
  const d = parseIso(articleDate);
  if (!d) return null;
  const diff = future ? (wd - d.getUTCDay() + 7) % 7 : -((d.getUTCDay() - wd + 7) % 7);
  return addDays(articleDate, diff);
}

/** A month and day without a year: the year that puts it nearest the article date on the side of the tense. */
function resolveMonthDay(articleDate: string, month: number, day: number, year: number | null, future: boolean): string | null {
  const d = parseIso(articleDate);
  if (!d) return null;
  let y = year ?? d.getUTCFullYear();
  const make = (yy: number) => formatIso(new Date(Date.UTC(yy, month - 1, day)));
  if (year === null) {
    if (!future && make(y) > articleDate && month - 1 - d.getUTCMonth() > 1) y -= 1;
    if (future && make(y) < articleDate && d.getUTCMonth() - (month - 1) > 1) y += 1;
  }
  return make(y);
}

/** A lower-case word without a final period ("Feb." is "feb"); '' past the end. */
const stripPeriod = (w: string | undefined): string => (w === undefined ? '' : w.endsWith('.') ? w.slice(0, -1) : w);

/** Words that can open a date expression; any other word that is not a number is skipped at once. */
const OPENERS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', ...WEEKDAYS, 'next', 'last', 'this', 'past', 'earlier', ...Object.keys(NUMBERS), ...Object.keys(MONTHS)]);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Finds date expressions in tokens [from, to), given as the Doc's lower-case forms. */
export function findDateExpressions(lower: readonly string[], from: number, to: number): DateExpression[] {
  const low = (i: number): string => stripPeriod(lower[i]);
  const out: DateExpression[] = [];
  for (let i = from; i < to; i++) {
    const w = low(i);
    if (!OPENERS.has(w) && !isDigit(w.charCodeAt(0))) continue;
    i = expressionAt(low, w, i, from, out);
  }
  return out;
}

/**
 * The date expression opened by word w at token i, if any, added to `out`; returns the
 * last token it takes (i when none). Apart from the scanning loop because its closures
 * would otherwise give every token of the document a context of its own.
 */
function expressionAt(low: (i: number) => string, w: string, start: number, from: number, out: DateExpression[]): number {
  let i = start;
  {
    const next = low(i + 1);
    const prev = i > from ? low(i - 1) : '';
    const at = (end: number, resolve: DateExpression['resolve']) => {
      out.push({ start: i, end, resolve });
      i = end - 1;
    };
    if (w === 'today' || w === 'tonight') at(i + 1, (a) => ({ date: a, precision: 'day' }));
    else if (w === 'yesterday') at(i + 1, (a) => day(addDays(a, -1)));
    else if (w === 'tomorrow') at(i + 1, (a) => day(addDays(a, 1)));
    else if (WEEKDAYS.includes(w)) {
      const wd = WEEKDAYS.indexOf(w);
      if (prev === 'last') out.push({ start: i - 1, end: i + 1, resolve: (a) => day(resolveWeekday(addDays(a, -1) ?? a, wd, false)) });
      else if (prev === 'next') out.push({ start: i - 1, end: i + 1, resolve: (a) => day(resolveWeekday(addDays(a, 1) ?? a, wd, true)) });
      else out.push({ start: i, end: i + 1, resolve: (a, future) => day(resolveWeekday(a, wd, future)) });
    } else if ((w === 'next' || w === 'last' || w === 'this' || w === 'past') && ['week', 'month', 'year'].includes(next)) {
      const sign = w === 'next' ? 1 : w === 'this' ? 0 : -1;
      const unit = next as 'week' | 'month' | 'year';
      at(i + 2, (a) => {
        const date = unit === 'week' ? addDays(a, 7 * sign) : addMonths(a, sign * (unit === 'month' ? 1 : 12));
        return date ? { date, precision: unit } : null;
      });
    } else if (w === 'earlier' && next === 'this' && ['week', 'month', 'year'].includes(low(i + 2))) {
      const unit = low(i + 2) as DatePrecision;
      at(i + 3, (a) => ({ date: a, precision: unit }));
    } else if ((NUMBERS[w] !== undefined || /^\d+$/.test(w)) && (UNIT_DAYS[next] !== undefined || /^(months?|years?)$/.test(next)) && low(i + 2) === 'ago') {
      const n = NUMBERS[w] ?? Number(w);
      at(i + 3, (a) => {
        if (UNIT_DAYS[next] !== undefined) return day(addDays(a, -n * UNIT_DAYS[next]));
        const date = addMonths(a, -n * (next.startsWith('month') ? 1 : 12));
        return date ? { date, precision: next.startsWith('month') ? 'month' : 'year' } : null;
      });
    } else if (MONTHS[w] !== undefined && (w !== 'may' || /^\d/.test(next)) && (w !== 'march' || /^\d/.test(next) || prev === 'in')) {
      const month = MONTHS[w];
      if (/^\d{1,2}$/.test(next)) {
        // "Feb. 18" or "February 18, 2025"
        let end = i + 2;
        let year: number | null = null;
        if (low(end) === ',' && /^\d{4}$/.test(low(end + 1))) { year = Number(low(end + 1)); end += 2; }
        else if (/^\d{4}$/.test(low(end))) { year = Number(low(end)); end += 1; }
        const dd = Number(next);
        at(end, (a, future) => day(resolveMonthDay(a, month, dd, year, future)));
      } else if (/^\d{4}$/.test(next)) {
        const year = Number(next);
        at(i + 2, () => ({ date: `${year}-${String(month).padStart(2, '0')}-01`, precision: 'month' }));
      } else if (prev === 'in' || prev === 'since' || prev === 'early' || prev === 'late') {
        at(i + 1, (a, future) => {
          const date = resolveMonthDay(a, month, 1, null, future);
          return date ? { date, precision: 'month' } : null;
        });
      }
    } else if (/^\d{1,2}$/.test(w) && MONTHS[next] !== undefined && next !== 'may') {
      // "18 February (2025)"
      const month = MONTHS[next], dd = Number(w);
      const year = /^\d{4}$/.test(low(i + 2)) ? Number(low(i + 2)) : null;
      at(year === null ? i + 2 : i + 3, (a, future) => day(resolveMonthDay(a, month, dd, year, future)));
    } else if (/^(19|20)\d{2}$/.test(w) && (prev === 'in' || prev === 'since' || prev === 'during' || prev === 'of')) {
      const year = Number(w);
      at(i + 1, () => ({ date: `${year}-01-01`, precision: 'year' }));
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(w)) {
      at(i + 1, () => ({ date: w, precision: 'day' }));
    }
  }
  return i;
}

function day(date: string | null): { date: string; precision: DatePrecision } | null {
  return date ? { date, precision: 'day' } : null;
}
