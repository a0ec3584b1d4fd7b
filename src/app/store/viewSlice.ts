import type { StateCreator } from "zustand";
import type { AppState } from "./store";

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** A camera move the app asks the map for; `seq` makes a repeated request to the same place count. */
export interface ViewRequest extends MapView {
  seq: number;
}

export interface ViewSlice {
  /** Where the map is, as last reported by the map itself (origin "map"). */
  view: MapView | null;
  /** Where the app wants the map to go (origin "app"); only the map component acts on it. */
  viewRequest: ViewRequest | null;
  /** Called by the map component after the user (or an app request) moved it. Never moves the map. */
  reportViewFromMap: (view: MapView) => void;
  /** Called by the app to move the map. */
  requestView: (view: MapView) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  view: null,
  viewRequest: null,
  reportViewFromMap: (view) => set({ view }),
  requestView: (view) => set({ viewRequest: { ...view, seq: (get().viewRequest?.seq ?? 0) + 1 } }),
});
