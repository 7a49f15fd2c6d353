/**
 * The seed article format: a first line `date YYYY-MM-DD` (leading spaces allowed; the
 * article text may follow on the same line) gives the publication date. The header is
 * not part of the text.
 */
const HEADER = /^[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=[ \t]|\n|$)[ \t]*\n?/u;

export interface HeaderResult {
  text: string;
  date: string | null;
  /** Set when the header names a date that does not exist (2025-02-30). */
  invalidDate?: string;
}

export function splitDateHeader(raw: string): HeaderResult {
  const m = HEADER.exec(raw);
  if (!m) return { text: raw, date: null };
  const text = raw.slice(m[0].length);
  return isCalendarDate(m[1]) ? { text, date: m[1] } : { text, date: null, invalidDate: m[1] };
}

/** True for a real YYYY-MM-DD calendar date. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1];
}
