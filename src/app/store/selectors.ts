/**
 * Derived data, as pure functions of store values (no React, no map): unit-tested, and memoised on
 * input identity where a component would otherwise recompute on every render.
 */
import type { Incident } from "../model/incident";

export type WindowLength = "day" | "week" | "month" | "all";

export const WINDOW_LENGTHS: readonly { value: WindowLength; label: string; days: number }[] = [
  { value: "day", label: "Day", days: 1 },
  { value: "week", label: "Week", days: 7 },
  { value: "month", label: "30 days", days: 30 },
  { value: "all", label: "All", days: Infinity },
];

export interface DayRange {
  start: number;
  end: number;
}

/** Everything, for the "all" window (finite so that it survives JSON and map expressions). */
export const ALL_DAYS: DayRange = { start: -1e7, end: 1e7 };

/** The window of `length` ending on `day` (inclusive). */
export function windowRange(day: number | null, length: WindowLength): DayRange {
  if (day === null || length === "all") return ALL_DAYS;
  const days = WINDOW_LENGTHS.find((w) => w.value === length)?.days ?? 1;
  return { start: day - days + 1, end: day };
}

/** Index of the first incident whose t0 is greater than `day` (incidents sorted by t0). */
function upperBound(incidents: readonly Incident[], day: number): number {
  let lo = 0;
  let hi = incidents.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((incidents[mid] as Incident).t0 <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Incidents that may have happened inside the window: their [t0, t1] overlaps [start, end].
 * Keeps the input (time) order.
 */
export function incidentsInWindow(incidents: readonly Incident[], range: DayRange): Incident[] {
  const stop = upperBound(incidents, range.end);
  const out: Incident[] = [];
  for (let i = 0; i < stop; i++) {
    const inc = incidents[i] as Incident;
    if (inc.t1 >= range.start) out.push(inc);
  }
  return out;
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

/** The incident day just before `day`, or null. */
export function previousIncidentDay(days: readonly number[], day: number): number | null {
  let found: number | null = null;
  for (const d of days) {
    if (d < day) found = d;
    else break;
  }
  return found;
}

/** The incident day just after `day`, or null. */
export function nextIncidentDay(days: readonly number[], day: number): number | null {
  for (const d of days) if (d > day) return d;
  return null;
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
