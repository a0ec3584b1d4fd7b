/**
 * Calendar arithmetic on plain year-month-day triples. No Date objects leak out and no time zone
 * is involved: every computation goes through UTC midnight, so results do not depend on where the
 * code runs (Node, a browser, a Web Worker).
 */

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

const DAY_MS = 86_400_000;

/**
 * UTC milliseconds of a calendar day in any year. Date.UTC alone reads years 0-99 as 1900-1999;
 * setUTCFullYear does not.
 */
function utcMs(y: number, m0: number, d: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m0, d);
  return dt.getTime();
}

/** Days since 1970-01-01 (the day numbers of src/time/days.ts). */
export function epochDay(a: Ymd): number {
  return toEpochDay(a);
}

function toEpochDay(a: Ymd): number {
  return Math.round(utcMs(a.y, a.m - 1, a.d) / DAY_MS);
}

function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function ymd(y: number, m: number, d: number): Ymd {
  return { y, m, d };
}

export function isValidYmd(a: Ymd): boolean {
  return a.m >= 1 && a.m <= 12 && a.d >= 1 && a.d <= daysInMonth(a.y, a.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(utcMs(y, m, 0)).getUTCDate();
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromEpochDay(toEpochDay(a) + n);
}

export function diffDays(a: Ymd, b: Ymd): number {
  return toEpochDay(a) - toEpochDay(b);
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return diffDays(a, b);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(a: Ymd): number {
  return new Date(utcMs(a.y, a.m - 1, a.d)).getUTCDay();
}

/** Monday of the ISO week that contains `a`. */
export function isoWeekMonday(a: Ymd): Ymd {
  return addDays(a, -((weekdayOf(a) + 6) % 7));
}

/** ISO week-numbering year and week number of `a`. */
export function isoWeek(a: Ymd): { year: number; week: number } {
  const thursday = addDays(isoWeekMonday(a), 3);
  const jan1 = ymd(thursday.y, 1, 1);
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

export function monthStart(y: number, m: number): Ymd {
  return ymd(y, m, 1);
}

export function monthEnd(y: number, m: number): Ymd {
  return ymd(y, m, daysInMonth(y, m));
}

/** The calendar the output speaks: years 0001 to 9999 (four-digit ISO dates). */
export const FIRST_DAY: Ymd = { y: 1, m: 1, d: 1 };
export const LAST_DAY: Ymd = { y: 9999, m: 12, d: 31 };

export function inCalendarYear(y: number): boolean {
  return y >= FIRST_DAY.y && y <= LAST_DAY.y;
}

export function formatYmd(a: Ymd): string {
  const p = (n: number, w: number) => String(n).padStart(w, "0");
  return `${p(a.y, 4)}-${p(a.m, 2)}-${p(a.d, 2)}`;
}

/** "Sat 15 Oct 2016" */
export function describeDay(a: Ymd): string {
  return `${(WEEKDAY_NAMES[weekdayOf(a)] ?? "").slice(0, 3)} ${a.d} ${(MONTH_NAMES[a.m - 1] ?? "").slice(0, 3)} ${a.y}`;
}

/** "September 2016" */
export function describeMonth(y: number, m: number): string {
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/**
 * Parses a publication date. Accepts YYYY-MM-DD (optionally followed by a time), and, for
 * robustness against sloppy metadata, DD-MM-YYYY / DD/MM/YYYY / DD.MM.YYYY. Returns null if none fits.
 */
export function parsePublished(s: string): Ymd | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(t);
  if (m) {
    const a = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    return isValidYmd(a) ? a : null;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) {
    const a = ymd(Number(m[3]), Number(m[2]), Number(m[1]));
    return isValidYmd(a) ? a : null;
  }
  return null;
}
