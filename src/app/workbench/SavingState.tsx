import { useEffect, useSyncExternalStore } from "react";
import { useAppStore } from "../store/appStore";
import { guardUnload, holdWrite, pendingWrites, subscribePendingWrites } from "./persistence";

declare global {
  interface Window {
    /** Installed only under automation (navigator.webdriver), for the e2e test of the unload guard. */
    __workbenchTest?: { holdWrite: () => () => void };
  }
}

/** Whether a write to the browser's storage is under way (re-renders when that changes). */
export function useSaving(): boolean {
  return useSyncExternalStore(subscribePendingWrites, () => pendingWrites() > 0);
}

/**
 * Says whether the user's work is saved: "Saving…" from the moment a change is made until its
 * transaction has committed. Installs the guard that asks before the page is left meanwhile.
 */
export function SavingState() {
  const saving = useSaving();
  const memoryOnly = useAppStore((s) => s.storageProblem !== null);
  useEffect(() => {
    const stop = guardUnload(window);
    if (navigator.webdriver) window.__workbenchTest = { holdWrite };
    return () => {
      stop();
      delete window.__workbenchTest;
    };
  }, []);
  return (
    <p className={`saving-state${saving ? " is-saving" : ""}`} role="status" aria-label="Saving">
      {saving ? "Saving…" : memoryOnly ? "Kept in memory only" : "Saved in this browser"}
    </p>
  );
}
