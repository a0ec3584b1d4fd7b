/**
 * Derived data, as pure functions of store values (no React, no map): unit-tested, and memoised on
 * input identity where a component would otherwise recompute on every render.
 */
import type { Incident } from "../model/incident";
import { windowIndices } from "./selectorsWindowIndex";

/**
 * The time window, as the length part of the (day, windowLength) pair that fully describes it: the
 * window always ends on the selected day (except "all"), so every consumer computes the same range
 * with `windowRange(day, windowLength)`.
 *   day            the selected day only
 *   week, month    the last 7 or 30 days (kept for old links)
 *   last-N         the last N days, sliding with the day
 *   range-N        a range chosen with the brush: the N days ending on the day (slides like last-N)
 *   cumulative     everything up to the day
 *   all            everything, whatever the day
 */
export type WindowLength =
  "day" | "week" | "month" | "all" | "cumulative" | `last-${number}` | `range-${number}`;

/** The window modes the timeline offers (week and month are last-N). */
export type WindowMode = "day" | "last" | "cumulative" | "range" | "all";

export const WINDOW_LENGTHS: readonly { value: WindowLength; label: string; days: number }[] = [
  { value: "day", label: "Day", days: 1 },
  { value: "week", label: "Week", days: 7 },
  { value: "month", label: "30 days", days: 30 },
  { value: "all", label: "All", days: Infinity },
];

/** Longest last-N or range window, in days (about 30 years). */
export const MAX_WINDOW_DAYS = 11_000;

const LENGTH_PATTERN = /^(last|range)-(\d{1,5})$/;

/** A window length read from text (the URL), or null when it is none. */
export function parseWindowLength(text: string | null): WindowLength | null {
  if (text === null) return null;
  if (["day", "week", "month", "all", "cumulative"].includes(text)) return text as WindowLength;
  const m = LENGTH_PATTERN.exec(text);
  if (!m) return null;
  const n = Number(m[2]);
  if (n < 1 || n > MAX_WINDOW_DAYS) return null;
  return `${m[1] as "last" | "range"}-${n}`;
}

/** The mode of a window length, and its number of days (Infinity for cumulative and all). */
export function windowMode(length: WindowLength): { mode: WindowMode; days: number } {
  if (length === "day") return { mode: "day", days: 1 };
  if (length === "week") return { mode: "last", days: 7 };
  if (length === "month") return { mode: "last", days: 30 };
  if (length === "all" || length === "cumulative") return { mode: length, days: Infinity };
  const m = LENGTH_PATTERN.exec(length);
  return { mode: m?.[1] === "range" ? "range" : "last", days: Math.max(1, Number(m?.[2] ?? 1)) };
}

/** The window length for a mode and a number of days (clamped to 1..MAX_WINDOW_DAYS). */
export function lengthOf(mode: WindowMode, days: number): WindowLength {
  if (mode === "day" || mode === "all" || mode === "cumulative") return mode;
  const n = Math.min(MAX_WINDOW_DAYS, Math.max(1, Math.round(Number.isFinite(days) ? days : 7)));
  return `${mode}-${n}`;
}

export interface DayRange {
  start: number;
  end: number;
}

/** Everything, for the "all" window (finite so that it survives JSON and map expressions). */
export const ALL_DAYS: DayRange = { start: -1e7, end: 1e7 };

/** The window of `length` ending on `day` (inclusive). */
export function windowRange(day: number | null, length: WindowLength): DayRange {
  if (day === null || length === "all") return ALL_DAYS;
  const { mode, days } = windowMode(length);
  if (mode === "cumulative") return { start: ALL_DAYS.start, end: day };
  return { start: day - days + 1, end: day };
}

/**
 * Incidents that may have happened inside the window: their [t0, t1] overlaps [start, end].
 * Keeps the input (time) order; incidents sorted by t0. O(log n + k), see selectorsWindowIndex.ts.
 */
export function incidentsInWindow(incidents: readonly Incident[], range: DayRange): Incident[] {
  return windowIndices(incidents, range.start, range.end).map((i) => incidents[i] as Incident);
}

const daysCache = new WeakMap<readonly Incident[], number[]>();

/** The distinct first days of the incidents, ascending. */
export function incidentDays(incidents: readonly Incident[]): number[] {
  const cached = daysCache.get(incidents);
  if (cached) return cached;
  const days: number[] = [];
  for (const inc of incidents) if (days[days.length - 1] !== inc.t0) days.push(inc.t0);
  daysCache.set(incidents, days);
  return days;
}

/** First and last day the timeline spans, or null with no incidents. */
export function timeDomain(incidents: readonly Incident[]): DayRange | null {
  if (incidents.length === 0) return null;
  let end = -Infinity;
  for (const inc of incidents) end = Math.max(end, inc.t0);
  return { start: (incidents[0] as Incident).t0, end };
}

/** First position in ascending `days` whose value is > `day` (>= `day` when not `strict`). */
function daysAfter(days: readonly number[], day: number, strict = true): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = days[mid] as number;
    if (d < day || (strict && d === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The incident day just before `day`, or null (`days` ascending). */
export function previousIncidentDay(days: readonly number[], day: number): number | null {
  const i = daysAfter(days, day, false) - 1;
  return i >= 0 ? (days[i] as number) : null;
}

/** The incident day just after `day`, or null (`days` ascending). */
export function nextIncidentDay(days: readonly number[], day: number): number | null {
  const i = daysAfter(days, day);
  return i < days.length ? (days[i] as number) : null;
}

/** Keeps `day` inside the domain; the last day when there is none yet. */
export function clampDay(day: number | null, domain: DayRange | null): number | null {
  if (domain === null) return day;
  if (day === null) return domain.end;
  return Math.min(domain.end, Math.max(domain.start, day));
}

/** Country codes of the whole-country incidents in a list (their polygons get highlighted). */
export function highlightedCountries(incidents: readonly Incident[]): string[] {
  const codes = new Set<string>();
  for (const inc of incidents) if (inc.event.precision === "country") codes.add(inc.event.countryCode);
  return [...codes].sort();
}

export interface HistogramBin {
  start: number;
  end: number;
  count: number;
}

/**
 * Incidents per bin over the domain, counted on their first day. One bin per day while the domain is
 * at most `maxBins` days long, wider bins (whole days each) beyond.
 */
export function histogram(incidents: readonly Incident[], domain: DayRange, maxBins = 120): HistogramBin[] {
  const span = domain.end - domain.start + 1;
  const width = Math.max(1, Math.ceil(span / maxBins));
  const n = Math.ceil(span / width);
  const bins: HistogramBin[] = Array.from({ length: n }, (_, i) => ({
    start: domain.start + i * width,
    end: Math.min(domain.end, domain.start + (i + 1) * width - 1),
    count: 0,
  }));
  for (const inc of incidents) {
    const i = Math.floor((inc.t0 - domain.start) / width);
    const bin = bins[i];
    if (bin) bin.count++;
  }
  return bins;
}
