/**
 * The one set of hooks for derived data (window range, filtered and visible incidents, histogram,
 * selected incident with its article, toponym and date); the selectors are in selectorsDerived.ts.
 */
import { useAppStore } from "./appStore";
import { selectFilteredIncidents } from "./filteredIncidents";
import {
  selectHiddenInWindow,
  selectHistogram,
  selectSelectedIncident,
  selectVisibleCount,
  selectTimeDomain,
  selectVisibleIncidents,
  selectWindowRange,
} from "./selectorsDerived";

export type { SelectedIncident } from "./selectorsDerived";

export const useWindowRange = () => useAppStore(selectWindowRange);
export const useTimeDomain = () => useAppStore(selectTimeDomain);
export const useFilteredIncidents = () => useAppStore(selectFilteredIncidents);
export const useVisibleIncidents = () => useAppStore(selectVisibleIncidents);
export const useHistogram = () => useAppStore(selectHistogram);
export const useSelectedIncident = () => useAppStore(selectSelectedIncident);
/** How many incidents the window shows: a number, so a step that keeps it re-renders nothing. */
export const useVisibleCount = () => useAppStore(selectVisibleCount);
/** How many incidents in the window the filters hide (0 with no filter on, without counting). */
export const useHiddenInWindow = () => useAppStore(selectHiddenInWindow);
