import { useEffect } from "react";
import { useAppStore } from "../store/appStore";
import { writeTimeQuery } from "./timeQuery";

/** Writes the selected day and window to the URL query (replaceState: no history entry per slider step). */
export function useTimeQuerySync(): void {
  const day = useAppStore((s) => s.day);
  const windowLength = useAppStore((s) => s.windowLength);
  useEffect(() => {
    const search = writeTimeQuery(window.location.search, day, windowLength);
    if (search === window.location.search) return;
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }, [day, windowLength]);
}
