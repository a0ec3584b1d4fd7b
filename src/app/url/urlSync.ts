/**
 * The page's URL and the store: `restoreFromUrl` once the incidents are loaded, then `useUrlSync`
 * keeps the query up to date (replaceState: no history entry per slider step). replaceState costs
 * several ms of main thread (a same-document navigation), so the query is written once changes pause
 * for WRITE_AFTER_MS, at least every WRITE_AT_MOST_AFTER_MS while they go on (a held key, play), in
 * an idle period, and at once when the page is hidden.
 * The `#zoom/lat/lon` hash belongs to MapLibre's `hash` option and is always kept as it is.
 */
import { useEffect } from "react";
import { findIndexByKey } from "../data/findByKey";
import { useAppStore } from "../store/appStore";
import { NO_FILTERS } from "../store/filterSlice";
import { clampDay, timeDomain } from "../store/selectors";
import type { AppStore } from "../store/store";
import { readUrlState, writeUrlState } from "./urlState";

/** Quiet time after the last change before the URL is written. */
const WRITE_AFTER_MS = 800;
/** Longest a change waits while changes keep coming (a held key, play). */
const WRITE_AT_MOST_AFTER_MS = 3000;
/** Longest the write then waits for an idle period. */
const IDLE_TIMEOUT_MS = 500;

/** Applies the URL's window, filters and selected incident to a seeded store. */
export function restoreFromUrl(store: AppStore, location: { search: string; hash: string }): void {
  const url = readUrlState(location.search);
  const state = store.getState();
  const day = clampDay(url.day ?? state.day, timeDomain(state.incidents));
  store.setState({
    day,
    windowLength: url.windowLength ?? state.windowLength,
    filters: { ...NO_FILTERS, ...url.filters },
  });
  const key = url.selectedKey;
  if (key !== null && findIndexByKey(state.incidents, state.sets, key) >= 0) {
    // With a map view in the link, the map is already there; without one, fly to the incident.
    if (location.hash.length > 1) state.select(key);
    else state.chooseAndFly(key);
  }
}

function write(): void {
  const { day, windowLength, filters, selectedKey } = useAppStore.getState();
  const search = writeUrlState(window.location.search, { day, windowLength, filters, selectedKey });
  if (search === window.location.search) return;
  window.history.replaceState(
    window.history.state,
    "",
    `${window.location.pathname}${search}${window.location.hash}`,
  );
}

/** Writes the store's window, filters and selection to the URL query as they change. */
export function useUrlSync(): void {
  useEffect(() => {
    let timer: number | null = null;
    let idle: number | null = null;
    let firstPending = 0;
    const flush = () => {
      if (timer !== null) window.clearTimeout(timer);
      if (idle !== null) window.cancelIdleCallback?.(idle);
      timer = idle = null;
      write();
    };
    const flushWhenIdle = () => {
      timer = null;
      if (typeof window.requestIdleCallback !== "function") flush();
      else idle = window.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden" && (timer !== null || idle !== null)) flush();
    };
    const schedule = () => {
      const now = performance.now();
      if (idle !== null) return; // a write is already waiting for an idle period: it reads the latest state
      if (timer === null) firstPending = now;
      else window.clearTimeout(timer);
      const wait = Math.min(WRITE_AFTER_MS, Math.max(0, firstPending + WRITE_AT_MOST_AFTER_MS - now));
      timer = window.setTimeout(flushWhenIdle, wait);
    };
    write();
    document.addEventListener("visibilitychange", onHidden);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (
        s.day !== prev.day ||
        s.windowLength !== prev.windowLength ||
        s.filters !== prev.filters ||
        s.selectedKey !== prev.selectedKey
      ) {
        schedule();
      }
    });
    return () => {
      unsubscribe();
      document.removeEventListener("visibilitychange", onHidden);
      if (timer !== null) window.clearTimeout(timer);
      if (idle !== null) window.cancelIdleCallback?.(idle);
    };
  }, []);
}
