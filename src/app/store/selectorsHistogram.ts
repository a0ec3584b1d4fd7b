/**
 * The timeline's histogram: automatic day, week or month bins (so days to decades stay readable),
 * stacked by incident type. An incident whose dates span more than one bin (a week, a month, "in
 * recent days") is counted once in EVERY bin it overlaps, in a separate "spans" part of the stack,
 * never as a false day: each bin says how many incidents may have happened in it.
 */
import { setRowOf } from "../data/setIncidents";
import { EVENT_TYPES } from "../model/eventTypes";
import type { Incident } from "../model/incident";
import type { DayRange } from "./selectors";

export type BinUnit = "day" | "week" | "month";

export interface StackedBin {
  start: number;
  end: number;
  /** Incidents wholly inside the bin, by type, in EVENT_TYPES order. */
  byType: number[];
  /** Incidents whose date span overlaps this bin and at least one other. */
  spans: number;
  /** byType summed, plus spans. */
  total: number;
}

export interface StackedHistogram {
  unit: BinUnit;
  bins: StackedBin[];
  /** Highest bin total (at least 1). */
  max: number;
  /** Distinct incidents counted (those inside the domain). */
  counted: number;
}

const MS_PER_DAY = 86_400_000;
/** Day 4 (1970-01-05) was a Monday: weeks start on Mondays. */
const MONDAY = 4;

/** The bin unit for a domain of `span` days. */
export function binUnit(span: number): BinUnit {
  if (span <= 150) return "day";
  if (span <= 1100) return "week";
  return "month";
}

function monthStart(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY);
}

function nextMonthStart(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS_PER_DAY);
}

/** Consecutive bins covering the domain (the first and last are clipped to it). */
export function binsOf(domain: DayRange, unit: BinUnit): DayRange[] {
  const out: DayRange[] = [];
  let start = domain.start;
  while (start <= domain.end) {
    let next: number;
    if (unit === "day") next = start + 1;
    else if (unit === "week") next = start - ((((start - MONDAY) % 7) + 7) % 7) + 7;
    else next = nextMonthStart(start);
    out.push({ start, end: Math.min(domain.end, next - 1) });
    start = next;
  }
  return out;
}

/** Index of the bin holding `day` (bins sorted and contiguous), or -1 outside. */
export function binIndex(bins: readonly DayRange[], day: number): number {
  let lo = 0;
  let hi = bins.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const b = bins[mid] as DayRange;
    if (day < b.start) hi = mid - 1;
    else if (day > b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const TYPE_INDEX = new Map(EVENT_TYPES.map((e, i) => [e.type as string, i]));

/** The stacked histogram of `incidents` over `domain`. Linear in incidents x bins each one overlaps. */
export function stackedHistogram(incidents: readonly Incident[], domain: DayRange): StackedHistogram {
  const unit = binUnit(domain.end - domain.start + 1);
  const ranges = binsOf(domain, unit);
  const other = EVENT_TYPES.length - 1;
  let counted = 0;
  const bins: StackedBin[] = ranges.map((r) => ({
    ...r,
    byType: new Array<number>(EVENT_TYPES.length).fill(0),
    spans: 0,
    total: 0,
  }));
  for (const inc of incidents) {
    const t0 = Math.max(inc.t0, domain.start);
    const t1 = Math.min(inc.t1, domain.end);
    if (t1 < t0) continue;
    const first = binIndex(ranges, t0);
    const last = binIndex(ranges, t1);
    if (first < 0 || last < 0) continue;
    counted++;
    if (
      first === last &&
      inc.t0 >= (ranges[first] as DayRange).start &&
      inc.t1 <= (ranges[first] as DayRange).end
    ) {
      const bin = bins[first] as StackedBin;
      const fromSet = setRowOf(inc);
      const t = fromSet
        ? (fromSet.set.type[fromSet.row] as number)
        : (TYPE_INDEX.get(inc.event.type) ?? other);
      bin.byType[t] = (bin.byType[t] ?? 0) + 1;
      bin.total++;
    } else {
      for (let i = first; i <= last; i++) {
        const bin = bins[i] as StackedBin;
        bin.spans++;
        bin.total++;
      }
    }
  }
  let max = 1;
  for (const b of bins) max = Math.max(max, b.total);
  return { unit, bins, max, counted };
}

export interface AxisTick {
  day: number;
  label: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** At most about `maxTicks` labelled ticks: days, months or years, whichever fits the domain. */
export function axisTicks(domain: DayRange, maxTicks = 7): AxisTick[] {
  const span = domain.end - domain.start + 1;
  const ticks: AxisTick[] = [];
  if (span <= 60) {
    const step = Math.max(1, Math.ceil(span / maxTicks));
    for (let d = domain.start; d <= domain.end; d += step) {
      const date = new Date(d * MS_PER_DAY);
      ticks.push({ day: d, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` });
    }
    return ticks;
  }
  const months = span / 30.44;
  if (months <= maxTicks * 12) {
    const every = [1, 2, 3, 6, 12].find((k) => months / k <= maxTicks) ?? 12;
    for (let d = nextMonthStart(domain.start - 1); d <= domain.end; d = nextMonthStart(d)) {
      const date = new Date(d * MS_PER_DAY);
      const m = date.getUTCMonth();
      if (m % every !== 0) continue;
      const label = m === 0 ? String(date.getUTCFullYear()) : `${MONTHS[m]}`;
      ticks.push({ day: d, label });
    }
    return ticks;
  }
  const years = span / 365.25;
  const every = Math.max(1, Math.ceil(years / maxTicks));
  for (let d = nextMonthStart(domain.start - 1); d <= domain.end; d = nextMonthStart(d)) {
    const date = new Date(d * MS_PER_DAY);
    if (date.getUTCMonth() === 0 && date.getUTCFullYear() % every === 0) {
      ticks.push({ day: d, label: String(date.getUTCFullYear()) });
    }
  }
  return ticks;
}

export { monthStart };
