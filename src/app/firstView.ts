/**
 * When the first view is up: the page has loaded, drawn its first frame with the incident markers
 * (firstFrame.ts) and been quiet since. What the first view does not need waits for it: the side
 * panel's deferred parts (lazyPanels.tsx), the stored work (store/appStore.ts), the second font weight
 * (main.tsx).
 */
import { whenIncidentsDrawn } from "./firstFrame";

/** The page counts as quiet after this long with only long idle periods (no frames, no tasks)... */
const QUIET_MS = 600;
/** ...an idle period being "long" when this much of it is left (the browser grants at most 50 ms). */
const LONG_IDLE_MS = 40;
/** Longest wait for quiet after the markers were drawn: then the parts load anyway. */
const MAX_WAIT_MS = 5000;
/** Longest wait for the first frame with the markers after the load event (a map that failed). */
const MARKERS_WAIT_MS = 20_000;

/** Performance mark set when the deferred parts start loading (benchmarks count the first view up to it). */
export const DEFERRED_MARK = "first-view:deferred";

let firstView: { done: Promise<void>; hurry: () => void } | null = null;

/**
 * Resolves once the first view is up (see whenQuiet); one watcher for the whole page. `hurry`
 * resolves it at once (the user reached for a deferred part).
 */
export function firstViewDone(): { done: Promise<void>; hurry: () => void } {
  if (!firstView) {
    let resolve = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    const watcher = whenQuiet(() => resolve());
    firstView = { done, hurry: watcher.hurry };
  }
  return firstView;
}

/**
 * Calls `run` once, when the page has loaded, drawn its first frame with the incident markers
 * (firstFrame.ts) and then stayed quiet for QUIET_MS, at the latest MAX_WAIT_MS after that frame,
 * or at once on `hurry()`. Returns a cancel.
 */
export function whenQuiet(run: () => void): { cancel: () => void; hurry: () => void } {
  let done = false;
  let idle = 0;
  let deadline = 0;
  const fire = () => {
    if (done) return;
    done = true;
    cancel();
    performance.mark(DEFERRED_MARK);
    run();
  };
  const cancel = () => {
    window.removeEventListener("load", onLoad);
    if (idle && "cancelIdleCallback" in window) window.cancelIdleCallback(idle);
    window.clearTimeout(deadline);
  };
  let quietSince = 0;
  let lastIdle = 0;
  const watch = (d: IdleDeadline) => {
    const now = performance.now();
    // A short idle period, or a gap since the last one (a task ran): not quiet yet.
    if (d.timeRemaining() < LONG_IDLE_MS || now - lastIdle > 2 * LONG_IDLE_MS + 20) quietSince = now;
    lastIdle = now;
    if (now - quietSince >= QUIET_MS) fire();
    else idle = window.requestIdleCallback(watch);
  };
  const watchQuiet = () => {
    if (done) return;
    deadline = window.setTimeout(fire, MAX_WAIT_MS);
    quietSince = lastIdle = performance.now();
    if ("requestIdleCallback" in window) idle = window.requestIdleCallback(watch);
  };
  const onLoad = () => void whenIncidentsDrawn(MARKERS_WAIT_MS).then(watchQuiet);
  if (document.readyState === "complete") onLoad();
  else window.addEventListener("load", onLoad, { once: true });
  return {
    cancel: () => {
      done = true;
      cancel();
    },
    hurry: fire,
  };
}
