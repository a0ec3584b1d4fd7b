import type { StateCreator } from "zustand";
import type { EventType, PlacePrecision } from "../../pipeline/contract";
import type { AppState } from "./store";

/**
 * What the user narrowed the incidents to. Empty lists mean "every value"; the filters combine with AND.
 * Replaced as a whole on every change, so selectors can memoise on its identity.
 */
export interface Filters {
  types: readonly EventType[];
  /** Id of the one article to show, or null for all. */
  article: string | null;
  /** Killed + wounded at least this many (0: any). */
  minCasualties: number;
  precisions: readonly PlacePrecision[];
  /** Only incidents placed at a point or a town (not "near", a region or a whole country). */
  exactOnly: boolean;
  /** Only incidents the user corrected. */
  mineOnly: boolean;
  /** Words to find in the excerpt or the place name (case and accents ignored). */
  search: string;
}

export const NO_FILTERS: Filters = {
  types: [],
  article: null,
  minCasualties: 0,
  precisions: [],
  exactOnly: false,
  mineOnly: false,
  search: "",
};

export interface FilterSlice {
  filters: Filters;
  setFilters: (change: Partial<Filters>) => void;
  resetFilters: () => void;
}

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set, get) => ({
  filters: NO_FILTERS,
  setFilters: (change) => set({ filters: { ...get().filters, ...change } }),
  resetFilters: () => set({ filters: NO_FILTERS }),
});

/** How many filters are set (for "3 filters on"). */
export function activeFilterCount(f: Filters): number {
  return (
    (f.types.length > 0 ? 1 : 0) +
    (f.article !== null ? 1 : 0) +
    (f.minCasualties > 0 ? 1 : 0) +
    (f.precisions.length > 0 ? 1 : 0) +
    (f.exactOnly ? 1 : 0) +
    (f.mineOnly ? 1 : 0) +
    (f.search.trim() !== "" ? 1 : 0)
  );
}
