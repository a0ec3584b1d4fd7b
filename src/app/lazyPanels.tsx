/**
 * The side panel's parts that the first view does not need, each its own chunk: adding articles (the
 * ingest UI, its HTML and Markdown readers, the ingest worker and its gazetteer behind it), loading a
 * large incident set, and the workbench. They are fetched once the first view is up and the page is
 * quiet (or when the user reaches for them), so they never compete with the map and the seed
 * markers for the network or the main thread.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { firstViewDone } from "./firstView";

export const AddArticlePanel = lazy(() =>
  import("./ingest/AddArticlePanel").then((m) => ({ default: m.AddArticlePanel })),
);
export const LoadIncidentSet = lazy(() =>
  import("./data/LoadIncidentSet").then((m) => ({ default: m.LoadIncidentSet })),
);
export const WorkbenchPanel = lazy(() =>
  import("./workbench/WorkbenchPanel").then((m) => ({ default: m.WorkbenchPanel })),
);

/**
 * Its children, rendered (and so their chunks fetched) once the first view is up and the page is
 * quiet — or at once when the user reaches for the side panel (a pointer over it, focus in it).
 */
export function AfterFirstView({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const { done, hurry } = firstViewDone();
    void done.then(() => {
      if (live) setReady(true);
    });
    const panel = document.querySelector(".side-panel");
    panel?.addEventListener("pointerover", hurry, { once: true });
    panel?.addEventListener("focusin", hurry, { once: true });
    return () => {
      live = false;
      panel?.removeEventListener("pointerover", hurry);
      panel?.removeEventListener("focusin", hurry);
    };
  }, []);
  return ready ? <Suspense fallback={null}>{children}</Suspense> : null;
}
