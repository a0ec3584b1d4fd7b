import type { StateCreator } from "zustand";
import { findIndexByKey } from "../data/findByKey";
import type { PlacePrecision } from "../../pipeline/contract";
import type { AppState } from "./store";

/** Several incidents under one click: the user picks one. x/y are pixels in the map container. */
export interface Chooser {
  keys: string[];
  x: number;
  y: number;
}

export interface SelectionSlice {
  selectedKey: string | null;
  chooser: Chooser | null;
  /** Opens an incident's details (from the map: it is already in view). */
  select: (key: string) => void;
  /** Opens an incident's details and flies the map to it (from the list or the chooser). */
  chooseAndFly: (key: string) => void;
  clearSelection: () => void;
  openChooser: (chooser: Chooser) => void;
  closeChooser: () => void;
}

/** How close to zoom in on an incident, by how precisely it is placed. */
const ZOOM_FOR: Record<PlacePrecision, number> = {
  exact: 7.5,
  city: 6.5,
  near: 6,
  region: 5.5,
  country: 4.5,
};

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedKey: null,
  chooser: null,
  select: (key) => set({ selectedKey: key, chooser: null }),
  chooseAndFly: (key) => {
    const { incidents, sets } = get();
    const incident = incidents[findIndexByKey(incidents, sets, key)];
    set({ selectedKey: key, chooser: null });
    if (incident) {
      const { lon, lat, precision } = incident.event;
      get().requestView({ lon, lat, zoom: ZOOM_FOR[precision] ?? 6 });
    }
  },
  clearSelection: () => set({ selectedKey: null }),
  openChooser: (chooser) => set({ chooser }),
  closeChooser: () => set({ chooser: null }),
});
