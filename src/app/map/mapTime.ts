/**
 * The map's time channel that does not wait for React: playback (or anything that moves time many
 * times a second) calls `setMapTimeWindow`, which sets the markers' window uniforms and asks for a
 * repaint directly. The store path (MapView's inputs) keeps working too; both end in the same call,
 * and a window equal to the one already applied costs nothing.
 */
import type { DayWindow } from "../model/columns";

type WindowSink = (range: DayWindow) => void;

let sink: WindowSink | null = null;

/** Sets the time window the map draws, now (no React render in between). */
export function setMapTimeWindow(range: { start: number; end: number }): void {
  sink?.({ start: range.start, end: range.end });
}

/** Connects the mounted map; returns the disconnect. Only the map hook calls this. */
export function connectMapTime(next: WindowSink): () => void {
  sink = next;
  return () => {
    if (sink === next) sink = null;
  };
}

declare global {
  interface Window {
    /** Benchmarks only (installed under automation): the imperative channel, to measure it alone. */
    __setMapTimeWindow?: typeof setMapTimeWindow;
  }
}

if (typeof navigator !== "undefined" && navigator.webdriver) window.__setMapTimeWindow = setMapTimeWindow;
