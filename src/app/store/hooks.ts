/**
 * The one set of hooks for derived data (window range, filtered and visible incidents, histogram,
 * selected incident with its article, toponym and date); the selectors are in selectorsDerived.ts.
 */
import { useAppStore } from "./appStore";
import { selectFilteredIncidents } from "./filteredIncidents";
import {
  selectHistogram,
  selectSelectedIncident,
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
