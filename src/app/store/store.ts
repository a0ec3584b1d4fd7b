import { create } from "zustand";
import type { ArticleResult } from "../../pipeline/contract";
import { createIncidentsSlice, type IncidentsSlice } from "./incidentsSlice";
import { createIngestSlice, type IngestSlice } from "./ingestSlice";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice";
import { createTimeSlice, type TimeSlice } from "./timeSlice";
import { createViewSlice, type ViewSlice } from "./viewSlice";
import { createWorkbenchSlice, type WorkbenchSlice } from "./workbenchSlice";
import type { WindowLength } from "./selectors";

export type AppState = IncidentsSlice & TimeSlice & ViewSlice & SelectionSlice & IngestSlice & WorkbenchSlice;

export interface InitialState {
  articles: readonly ArticleResult[];
  day: number | null;
  windowLength: WindowLength;
}

/** The one store of the app, built from its slices. A function so tests can make fresh ones. */
export function createAppStore(initial: InitialState) {
  return create<AppState>()((...a) => ({
    ...createIncidentsSlice(initial.articles)(...a),
    ...createTimeSlice(initial)(...a),
    ...createViewSlice(...a),
    ...createSelectionSlice(...a),
    ...createIngestSlice(...a),
    ...createWorkbenchSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
