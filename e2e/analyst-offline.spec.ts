/** After a first visit the page works with no network: app, basemap, fonts and data from the service worker. */
import { expect, test } from "@playwright/test";
import { listedIncidents, openApp, slider, waitForMap } from "./helpers";

test("a reload with the network off shows the map, the incidents and the timeline", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openApp(page, "/?w=all");
  const listed = await listedIncidents(page);
  // The worker controls the page and has stored what the first visit loaded.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const cache = await caches.open("conflict-map-v1");
          const urls = (await cache.keys()).map((r) => new URL(r.url).pathname);
          return [
            "extracted",
            "countries-50m",
            "cities-labels",
            "maplibre-gl-worker",
            ".woff2",
            ".css",
          ].every((part) => urls.some((u) => u.includes(part)));
        }),
      { timeout: 30_000 },
    )
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("list", { name: "Incidents" })).toBeVisible();
  await waitForMap(page);
  expect(await listedIncidents(page)).toEqual(listed);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", /^\d{4}-\d{2}-\d{2}$/);
  // The basemap drew its city labels from the cached data and font.
  await expect
    .poll(() => page.evaluate(() => window.__conflictMap?.cityLabels().length ?? 0))
    .toBeGreaterThan(0);
  await context.setOffline(false);
});
