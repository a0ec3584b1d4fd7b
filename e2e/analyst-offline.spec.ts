/** After a first visit the page works with no network: app, basemap, fonts and data from the service worker. */
import { expect, test } from "@playwright/test";
import { cachedParts, listedIncidents, openApp, slider, waitForMap, waitForServiceWorker } from "./helpers";

test("a reload with the network off shows the map, the incidents and the timeline", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openApp(page, "/?w=all");
  const listed = await listedIncidents(page);
  // The worker controls the page and has stored what the first visit loaded.
  await waitForServiceWorker(page);
  const wanted = ["extracted", "countries-50m", "cities-labels", "maplibre-gl-worker", ".woff2", ".css"];
  await expect
    .poll(async () => (await cachedParts(page, wanted)).every(Boolean), { timeout: 30_000 })
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
