/** The selected day and window in the URL query (`?t=YYYY-MM-DD&w=week`), next to MapLibre's `#zoom/lat/lon` hash. */
import { WINDOW_LENGTHS, type WindowLength } from "../store/selectors";
import { formatDay, parseDay } from "./days";

export interface TimeQuery {
  day: number | null;
  windowLength: WindowLength | null;
}

export function readTimeQuery(search: string): TimeQuery {
  const params = new URLSearchParams(search);
  const t = params.get("t");
  const w = params.get("w");
  return {
    day: t === null ? null : parseDay(t),
    windowLength: WINDOW_LENGTHS.some((x) => x.value === w) ? (w as WindowLength) : null,
  };
}

/** The query string for a state, keeping any other parameters of `search`. */
export function writeTimeQuery(search: string, day: number | null, windowLength: WindowLength): string {
  const params = new URLSearchParams(search);
  if (day === null) params.delete("t");
  else params.set("t", formatDay(day));
  params.set("w", windowLength);
  return `?${params.toString()}`;
}
