/**
 * Incidents as binary columns: one typed array per field, rows sorted by first day (t0), so that
 * "what is in the time window" is two binary searches and a short scan, and the map can upload the
 * rows to the GPU as they are. Row `i` stands for `incidents[source[i]]` of the array the columns
 * were built from (the Incident objects keep key, excerpt and the rest; the columns only what the
 * map draws, picks and filters by).
 *
 * Time: an incident may have happened on any day of [t0, t1] (day numbers, see src/time/days.ts); it is
 * in a window [start, end] when the two overlap. Since rows are sorted by t0 and no row spans more
 * than `maxSpan` days, the rows in a window all lie in [lowerBound(t0 >= start - maxSpan),
 * upperBound(t0 <= end)).
 */
import {
  COUNTRY_PRECISION,
  FLAG_USER_EDITED,
  PRECISION_INDEX,
  precisionIndex,
  typeIndex,
} from "./columnCodes";
import { setRowOf } from "../data/setIncidents";
import type { Incident } from "./incident";

export interface IncidentColumns {
  readonly length: number;
  /** Web-mercator x and y in [0, 1] (0,0 the north-west corner of the world), as MapLibre's custom layers use. */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly lon: Float32Array;
  readonly lat: Float32Array;
  /** First and last day (day numbers); sorted ascending by t0, then t1. */
  readonly t0: Int32Array;
  readonly t1: Int32Array;
  /** Index into EVENT_TYPES. */
  readonly type: Uint8Array;
  /** Index into PRECISIONS. */
  readonly precision: Uint8Array;
  /** FLAG_* bits. */
  readonly flags: Uint8Array;
  /** killed + wounded (0 when not reported). */
  readonly casualties: Uint32Array;
  /** Index into `countryCodes`. */
  readonly country: Uint16Array;
  readonly countryCodes: readonly string[];
  /** Index of the row's Incident in the array the columns were built from. */
  readonly source: Uint32Array;
  /** The longest t1 - t0 of any row (0 with no rows). */
  readonly maxSpan: number;
}

export interface DayWindow {
  start: number;
  end: number;
}

const MAX_LAT = 85.051129;

export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

/** Builds the columns of incidents sorted by t0 (as the store keeps them); other orders are sorted here. */
export function columnsFromIncidents(incidents: readonly Incident[]): IncidentColumns {
  const n = incidents.length;
  let order: Uint32Array | null = null;
  for (let i = 1; i < n; i++) {
    if ((incidents[i] as Incident).t0 < (incidents[i - 1] as Incident).t0) {
      order = Uint32Array.from({ length: n }, (_, k) => k).sort(
        (a, b) =>
          (incidents[a] as Incident).t0 - (incidents[b] as Incident).t0 ||
          (incidents[a] as Incident).t1 - (incidents[b] as Incident).t1 ||
          a - b,
      );
      break;
    }
  }
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const lon = new Float32Array(n);
  const lat = new Float32Array(n);
  const t0 = new Int32Array(n);
  const t1 = new Int32Array(n);
  const type = new Uint8Array(n);
  const precision = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const casualties = new Uint32Array(n);
  const country = new Uint16Array(n);
  const source = new Uint32Array(n);
  const codes = new Map<string, number>();
  const countryCodes: string[] = [];
  let maxSpan = 0;
  for (let row = 0; row < n; row++) {
    const k = order ? (order[row] as number) : row;
    const inc = incidents[k] as Incident;
    // A loaded set's row is read from its columns: its event object is never made.
    const fromSet = setRowOf(inc);
    let countryCode: string;
    let lo: number;
    let la: number;
    if (fromSet) {
      const { set, row: r } = fromSet;
      lo = set.lon[r] as number;
      la = set.lat[r] as number;
      type[row] = set.type[r] as number;
      precision[row] = set.precision[r] as number;
      countryCode = set.countries[set.country[r] as number] ?? "";
    } else {
      const ev = inc.event;
      lo = ev.lon;
      la = ev.lat;
      type[row] = typeIndex(ev.type);
      precision[row] = precisionIndex(ev.precision);
      countryCode = ev.countryCode;
    }
    lon[row] = lo;
    lat[row] = la;
    x[row] = mercatorX(lo);
    y[row] = mercatorY(la);
    t0[row] = inc.t0;
    t1[row] = inc.t1;
    maxSpan = Math.max(maxSpan, inc.t1 - inc.t0);
    flags[row] = inc.userEdited ? FLAG_USER_EDITED : 0;
    casualties[row] = Math.max(0, Math.min(0xffffffff, Math.round(inc.casualties))) || 0;
    let c = codes.get(countryCode);
    if (c === undefined) {
      c = countryCodes.length;
      codes.set(countryCode, c);
      countryCodes.push(countryCode);
    }
    country[row] = c;
    source[row] = k;
  }
  return {
    length: n,
    x,
    y,
    lon,
    lat,
    t0,
    t1,
    type,
    precision,
    flags,
    casualties,
    country,
    countryCodes,
    source,
    maxSpan,
  };
}

/** First index in [lo, hi) whose t0 is >= day (hi when none). */
export function lowerBoundT0(t0: Int32Array, day: number, lo = 0, hi = t0.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((t0[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [lo, hi) whose t0 is > day (hi when none). */
export function upperBoundT0(t0: Int32Array, day: number, lo = 0, hi = t0.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((t0[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The rows [from, to) that can overlap the window; a row in it is in the window when t1 >= start.
 * Works on any t0-sorted sub-range [lo, hi) with the given longest span.
 */
export function candidateRows(
  t0: Int32Array,
  maxSpan: number,
  range: DayWindow,
  lo = 0,
  hi = t0.length,
): { from: number; to: number } {
  const to = upperBoundT0(t0, range.end, lo, hi);
  const from = lowerBoundT0(t0, range.start - maxSpan, lo, to);
  return { from, to };
}

export function isRowInWindow(cols: IncidentColumns, row: number, range: DayWindow): boolean {
  return (cols.t0[row] as number) <= range.end && (cols.t1[row] as number) >= range.start;
}

/** The rows in the window, in time order. */
export function rowsInWindow(cols: IncidentColumns, range: DayWindow): number[] {
  const { from, to } = candidateRows(cols.t0, cols.maxSpan, range);
  const out: number[] = [];
  for (let row = from; row < to; row++) if ((cols.t1[row] as number) >= range.start) out.push(row);
  return out;
}

/** How many rows are in the window. */
export function countInWindow(cols: IncidentColumns, range: DayWindow): number {
  const { from, to } = candidateRows(cols.t0, cols.maxSpan, range);
  let count = 0;
  for (let row = from; row < to; row++) if ((cols.t1[row] as number) >= range.start) count++;
  return count;
}

/** Marker radius in CSS pixels by reported casualties (piecewise linear: 0→6, 10→8.5, 100→12, 1000→18). */
export function casualtyRadius(casualties: number): number {
  if (!(casualties > 0)) return 6;
  if (casualties <= 10) return 6 + (2.5 * casualties) / 10;
  if (casualties <= 100) return 8.5 + (3.5 * (casualties - 10)) / 90;
  if (casualties <= 1000) return 12 + (6 * (casualties - 100)) / 900;
  return 18;
}

/** The wide halo of a whole-country incident, in CSS pixels, by zoom (1→18, 4→34, 7→60). */
export function countryHaloRadius(zoom: number): number {
  if (zoom <= 1) return 18;
  if (zoom <= 4) return 18 + ((34 - 18) * (zoom - 1)) / 3;
  if (zoom <= 7) return 34 + ((60 - 34) * (zoom - 4)) / 3;
  return 60;
}

/** Marker kinds by precision: a solid dot (exact, city), a ring (near, region), a soft halo (country). */
export const KIND_DOT = 0;
export const KIND_RING = 1;
export const KIND_HALO = 2;

export function markerKind(precision: number): number {
  if (precision === COUNTRY_PRECISION) return KIND_HALO;
  if (precision === PRECISION_INDEX.near || precision === PRECISION_INDEX.region) return KIND_RING;
  return KIND_DOT;
}

/** The radius a marker is drawn (and hit) with, in CSS pixels, outline included. */
export function markerRadius(kind: number, casualties: number, zoom: number): number {
  if (kind === KIND_HALO) return countryHaloRadius(zoom) + 1.5;
  if (kind === KIND_RING) return 6 + casualtyRadius(casualties) + 1.5;
  return casualtyRadius(casualties) + 1.5;
}

/** The whole-country rows on their own (t0-sorted), so the countries to highlight cost a short scan. */
export interface CountryRows {
  rows: Uint32Array;
  t0: Int32Array;
  maxSpan: number;
}

export function countryRows(cols: IncidentColumns): CountryRows {
  const picked: number[] = [];
  let maxSpan = 0;
  for (let row = 0; row < cols.length; row++) {
    if (cols.precision[row] !== COUNTRY_PRECISION) continue;
    picked.push(row);
    maxSpan = Math.max(maxSpan, (cols.t1[row] as number) - (cols.t0[row] as number));
  }
  const rows = Uint32Array.from(picked);
  return { rows, t0: Int32Array.from(picked, (row) => cols.t0[row] as number), maxSpan };
}

/** Country codes of the whole-country incidents in the window. */
export function countriesInWindow(cols: IncidentColumns, index: CountryRows, range: DayWindow): Set<string> {
  const { from, to } = candidateRows(index.t0, index.maxSpan, range);
  const codes = new Set<string>();
  for (let i = from; i < to; i++) {
    const row = index.rows[i] as number;
    if ((cols.t1[row] as number) >= range.start)
      codes.add(cols.countryCodes[cols.country[row] as number] ?? "");
  }
  return codes;
}
