import { expect, type Page } from "@playwright/test";

/**
 * Opens the app and records every request and console error, so a test can assert that nothing left
 * the page's origin and nothing went wrong.
 */
export async function openApp(page: Page, path = "/") {
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(path);
  await expect(page.getByRole("list", { name: "Incidents" })).toBeVisible();
  await waitForMap(page);
  return { requests, consoleErrors };
}

/** Waits until the map has loaded its style and data and stopped moving (test hook, see src/app/map/mapTestHook.ts). */
export async function waitForMap(page: Page) {
  await page.waitForFunction(() => window.__conflictMap?.isReady() === true, undefined, { timeout: 30_000 });
}

export function slider(page: Page) {
  return page.getByRole("slider", { name: /Selected day/ });
}

export function incidentList(page: Page) {
  return page.getByRole("list", { name: "Incidents" });
}

/** The `?t=` day of the page's URL. */
export function urlDay(page: Page): string | null {
  return new URL(page.url()).searchParams.get("t");
}

/** Texts of the incident list's items. */
export async function listedIncidents(page: Page): Promise<string[]> {
  return incidentList(page).getByRole("listitem").allInnerTexts();
}

/** The name public/sw.js gives its cache. */
const SERVICE_WORKER_CACHE = "conflict-map-v1";

/** Waits until the service worker controls the page. */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Which of `parts` occur in the paths the service worker has cached so far (one boolean a part). */
export async function cachedParts(page: Page, parts: string[]): Promise<boolean[]> {
  return page.evaluate(
    async ({ cacheName, wanted }) => {
      const cache = await caches.open(cacheName);
      const paths = (await cache.keys()).map((r) => new URL(r.url).pathname);
      return wanted.map((part) => paths.some((p) => p.includes(part)));
    },
    { cacheName: SERVICE_WORKER_CACHE, wanted: parts },
  );
}
