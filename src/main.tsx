import { createRoot } from "react-dom/client";
import "@fontsource/noto-sans/latin-400.css";
import "./app/app.css";
import { App } from "./app/App";
import { installBenchHooks } from "./app/benchHooks";
import { firstViewDone } from "./app/firstView";
import { applyTheme } from "./app/panel/theme";
import { seedAppStore, useAppStore } from "./app/store/appStore";
import { restoreFromUrl } from "./app/url/urlSync";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

applyTheme();
void seedAppStore().then(() => {
  restoreFromUrl(useAppStore, window.location);
  installBenchHooks();
  // StrictMode wraps everything but the map, inside App (see there why).
  createRoot(root).render(<App />);
});
// Fonts the first view does without: the semi-bold weight (headings are drawn in synthetic bold of
// the regular weight until it arrives, 13 KB) and extended Latin (a few letters of some names, 54 KB;
// drawn in the fallback font meanwhile).
void firstViewDone().done.then(() =>
  Promise.all([
    import("@fontsource/noto-sans/latin-600.css"),
    import("@fontsource/noto-sans/latin-ext-400.css"),
  ]),
);

/**
 * Offline after the first visit (public/sw.js); not under the dev server, where modules change.
 * Whatever this page loads without the worker (before it was there, or before it took control of
 * the page: `ready` can come before `clients.claim()`) is sent to the worker to cache. A resource
 * timing entry with `workerStart === 0` did not pass through a worker, so the list is exact even for a
 * load that started before control and ended after it.
 */
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  void navigator.serviceWorker
    .register("/sw.js")
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const sameOrigin = (u: string) => new URL(u).origin === window.location.origin;
      const send = (urls: string[]) => {
        if (urls.length > 0) registration.active?.postMessage({ type: "cache-urls", urls });
      };
      send([window.location.href]);
      new PerformanceObserver((list) => {
        send(
          list
            .getEntries()
            .filter((e) => (e as PerformanceResourceTiming).workerStart === 0 && sameOrigin(e.name))
            .map((e) => e.name),
        );
      }).observe({ type: "resource", buffered: true });
    })
    .catch((err: unknown) => console.warn("offline support unavailable", err));
}
