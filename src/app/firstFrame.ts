/**
 * The first frame with the incident markers: the moment the first view's budget ends. The map's
 * incident layer calls `noteIncidentsDrawn` after each frame that drew new incident data; the first
 * call sets a performance mark, which the parts that wait for it observe (buffered, so waiting
 * after the fact resolves at once).
 */
export const INCIDENTS_DRAWN_MARK = "first-view:incidents-drawn";

let noted = false;

export function noteIncidentsDrawn(): void {
  if (noted) return;
  noted = true;
  performance.mark(INCIDENTS_DRAWN_MARK);
}

/**
 * Resolves once the markers have been drawn, or after `fallbackMs` (no WebGL, a map that failed):
 * what waits for them must still happen.
 */
export function whenIncidentsDrawn(fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(INCIDENTS_DRAWN_MARK).length > 0) return resolve();
    const timer = setTimeout(done, fallbackMs);
    const observer =
      typeof PerformanceObserver === "undefined"
        ? null
        : new PerformanceObserver((list) => {
            if (list.getEntriesByName(INCIDENTS_DRAWN_MARK).length > 0) done();
          });
    observer?.observe({ type: "mark", buffered: true });
    function done() {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
  });
}
