import type { StateCreator } from "zustand";
import type { WindowLength } from "./selectors";
import type { AppState } from "./store";

export interface TimeSlice {
  /** The selected day (day number): the window ends on it. Null only while there are no incidents. */
  day: number | null;
  windowLength: WindowLength;
  playing: boolean;
  setDay: (day: number | null) => void;
  setWindowLength: (length: WindowLength) => void;
  setPlaying: (playing: boolean) => void;
}

export const createTimeSlice =
  (initial: { day: number | null; windowLength: WindowLength }): StateCreator<AppState, [], [], TimeSlice> =>
  (set) => ({
    day: initial.day,
    windowLength: initial.windowLength,
    playing: false,
    setDay: (day) => set({ day }),
    setWindowLength: (windowLength) => set({ windowLength }),
    setPlaying: (playing) => set({ playing }),
  });
