/** The selected day and window in the URL query (`?t=YYYY-MM-DD&w=week`); the rest of the link is in src/app/url. */
import { parseWindowLength, type WindowLength } from "../store/selectors";
import { readUrlState, writeUrlState } from "../url/urlState";
import { NO_FILTERS } from "../store/filterSlice";

export interface TimeQuery {
  day: number | null;
  windowLength: WindowLength | null;
}

export function readTimeQuery(search: string): TimeQuery {
  const { day, windowLength } = readUrlState(search);
  return { day, windowLength };
}

/** The query string for a day and window, keeping any other parameters of `search`. */
export function writeTimeQuery(search: string, day: number | null, windowLength: WindowLength): string {
  const { filters, selectedKey } = readUrlState(search);
  return writeUrlState(search, {
    day,
    windowLength: parseWindowLength(windowLength) ?? "all",
    filters: { ...NO_FILTERS, ...filters },
    selectedKey,
  });
}
