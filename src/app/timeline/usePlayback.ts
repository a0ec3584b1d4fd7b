import { useEffect } from "react";
import { useAppStore } from "../store/appStore";
import { incidentDays, nextIncidentDay } from "../store/selectors";

const STEP_MS = 1000;

/** While playing, steps to the next incident day every second; stops after the last one. */
export function usePlayback(): void {
  const playing = useAppStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const { incidents, day, setDay, setPlaying } = useAppStore.getState();
      const next = day === null ? null : nextIncidentDay(incidentDays(incidents), day);
      if (next === null) setPlaying(false);
      else setDay(next);
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing]);
}
