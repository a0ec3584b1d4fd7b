/**
 * The map's time channel that does not wait for React: playback (or anything that moves time many
 * times a second) calls `setMapTimeWindow`, which sets the markers' window uniforms and asks for a
 * repaint directly. The store path (MapView's inputs) keeps working too; both end in the same call,
 * and a window equal to the one already applied costs nothing.
 */
import type { DayWindow } from "../model/columns";

type WindowSink = (range: DayWindow) => void;

let sink: WindowSink | null = null;
let repaintSink: (() => void) | null = null;

/** Sets the time window the map draws, now (no React render in between). */
export function setMapTimeWindow(range: { start: number; end: number }): void {
  sink?.({ start: range.start, end: range.end });
}

/**
 * Connects the mounted map; returns the disconnect. Only the map hook calls this. `repaint` asks
 * for a frame with nothing changed (benchmarks: what one frame of the basemap costs).
 */
export function connectMapTime(next: WindowSink, repaint: () => void): () => void {
  sink = next;
  repaintSink = repaint;
  return () => {
    if (sink === next) sink = null;
    if (repaintSink === repaint) repaintSink = null;
  };
}

declare global {
  interface Window {
    /** Benchmarks only (installed under automation): the imperative channel, to measure it alone. */
    __setMapTimeWindow?: typeof setMapTimeWindow;
    /** Benchmarks only: one frame of the map with nothing changed, the floor of a slider step. */
    __repaintMap?: () => void;
  }
}

if (typeof navigator !== "undefined" && navigator.webdriver) {
  window.__setMapTimeWindow = setMapTimeWindow;
  window.__repaintMap = () => repaintSink?.();
}
