import { useEffect } from "react";
import { useAppStore } from "../store/appStore";
import { selectFilteredIncidents } from "../store/filteredIncidents";
import { incidentDays, nextIncidentDay, windowRange } from "../store/selectors";
import { setMapTimeWindow } from "../map/mapTime";

/** While playing, React (list, slider, URL) hears of the day at most this often; the map every step. */
const STORE_EVERY_MS = 250;

/**
 * While playing, steps to the next day with (filtered) incidents, `playSpeed` steps a second; at the
 * end it stops, or starts again from the first day when `playLoop` is on. Each step goes straight to
 * the map's time window; the store (and so every React component) is updated at most every 250 ms.
 */
export function usePlayback(): void {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.playSpeed);
  useEffect(() => {
    if (!playing) return;
    const store = useAppStore;
    let day = store.getState().day;
    let lastStore = 0;
    const flush = () => {
      if (day !== null && store.getState().day !== day) store.getState().setDay(day);
      lastStore = performance.now();
    };
    const timer = window.setInterval(
      () => {
        const state = store.getState();
        const days = incidentDays(selectFilteredIncidents(state));
        let next = day === null ? null : nextIncidentDay(days, day);
        if (next === null && state.playLoop) next = days[0] ?? null;
        if (next === null) {
          flush();
          state.setPlaying(false);
          return;
        }
        day = next;
        setMapTimeWindow(windowRange(day, state.windowLength));
        if (performance.now() - lastStore >= STORE_EVERY_MS) flush();
      },
      Math.max(30, 1000 / speed),
    );
    return () => {
      window.clearInterval(timer);
      flush();
    };
  }, [playing, speed]);
}
