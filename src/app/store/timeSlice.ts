import type { StateCreator } from "zustand";
import type { WindowLength } from "./selectors";
import type { AppState } from "./store";

/** Playback speeds, in steps (incident days) per second. */
export const PLAY_SPEEDS = [0.5, 1, 2, 4, 8, 16] as const;

export interface TimeSlice {
  /** The selected day (day number): the window ends on it. Null only while there are no incidents. */
  day: number | null;
  /** The window's mode and length (see WindowLength): with `day`, the whole time window. */
  windowLength: WindowLength;
  playing: boolean;
  /** Steps per second while playing. */
  playSpeed: number;
  /** Start again from the first day after the last one. */
  playLoop: boolean;
  setDay: (day: number | null) => void;
  setWindowLength: (length: WindowLength) => void;
  /** Sets day and length at once (one render, one map update): for the brush. */
  setWindow: (day: number, length: WindowLength) => void;
  setPlaying: (playing: boolean) => void;
  setPlaySpeed: (speed: number) => void;
  setPlayLoop: (loop: boolean) => void;
}

export const createTimeSlice =
  (initial: { day: number | null; windowLength: WindowLength }): StateCreator<AppState, [], [], TimeSlice> =>
  (set) => ({
    day: initial.day,
    windowLength: initial.windowLength,
    playing: false,
    playSpeed: 2,
    playLoop: false,
    setDay: (day) => set({ day }),
    setWindowLength: (windowLength) => set({ windowLength }),
    setWindow: (day, windowLength) => set({ day, windowLength }),
    setPlaying: (playing) => set({ playing }),
    setPlaySpeed: (playSpeed) => set({ playSpeed }),
    setPlayLoop: (playLoop) => set({ playLoop }),
  });
