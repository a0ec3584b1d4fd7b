/**
 * The basemap an analyst reads at zoom 6-10, offline: towns and villages by size, admin-1 regions and
 * water loaded as the view reaches them, labels above the incident markers, nothing from elsewhere.
 */
import { expect, test, type Page } from "@playwright/test";
import { cachedParts, openApp, waitForMap, waitForServiceWorker } from "./helpers";

async function basemapSettled(page: Page) {
  await expect
    .poll(() => page.evaluate(() => window.__conflictMap?.basemap()), { timeout: 60_000 })
    .toMatchObject({ countries: "detailed", pending: 0 });
  await waitForMap(page);
}

test("at zoom 7 over a region with towns, town labels, region boundaries and names and water are drawn", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { requests, consoleErrors } = await openApp(page, "/?w=all#7/48.5/35");
  await basemapSettled(page);
  await expect
    .poll(() => page.evaluate(() => window.__conflictMap?.renderedNames("town-labels").length ?? 0))
    .toBeGreaterThan(15);
  const loaded = await page.evaluate(() => window.__conflictMap?.basemap().loaded ?? []);
  expect(loaded).toEqual(expect.arrayContaining(["admin1-UKR.json", "towns-100k-0-0.json"]));
  expect(loaded.some((f) => f.startsWith("towns-20k-"))).toBe(true);
  // Villages are not fetched before zoom 7.5.
  expect(loaded.some((f) => f.startsWith("villages-"))).toBe(false);

  expect(await page.evaluate(() => window.__conflictMap?.renderedCount("admin1-lines") ?? 0)).toBeGreaterThan(
    0,
  );
  expect(
    await page.evaluate(() => window.__conflictMap?.renderedNames("admin1-labels").length ?? 0),
  ).toBeGreaterThan(1);
  expect(await page.evaluate(() => window.__conflictMap?.renderedCount("water") ?? 0)).toBeGreaterThan(0);
  // The country's name once, though the view is inside it.
  const countries = await page.evaluate(() => window.__conflictMap?.renderedNames("country-labels") ?? []);
  expect(countries.filter((n) => n === "Ukraine")).toHaveLength(1);

  const origin = new URL(page.url()).origin;
  expect(
    requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")),
  ).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("zooming in to 9 brings the villages; the labels stay above the incident markers", async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, "/?w=all#7/48.5/35");
  await basemapSettled(page);
  const at7 = await page.evaluate(() => window.__conflictMap?.renderedNames("town-labels").length ?? 0);
  await page.evaluate(() => {
    window.location.hash = "#9/48.45/35.05";
  });
  await expect
    .poll(() =>
      page.evaluate(() => window.__conflictMap?.basemap().loaded.some((f) => f.startsWith("villages-"))),
    )
    .toBe(true);
  await basemapSettled(page);
  await expect
    .poll(() => page.evaluate(() => window.__conflictMap?.renderedNames("town-labels").length ?? 0))
    .toBeGreaterThan(Math.min(at7, 10));

  const order = await page.evaluate(() => window.__conflictMap?.layerOrder() ?? []);
  const incidents = order.indexOf("incident-markers");
  expect(incidents).toBeGreaterThanOrEqual(0);
  for (const label of ["town-labels", "city-labels", "admin1-labels", "country-labels"]) {
    expect(order.indexOf(label), label).toBeGreaterThan(incidents);
  }
  // Only the selected incident is drawn above the labels.
  expect(order.at(-1)).toBe("incident-selected");
});

test("the first view loads no detailed basemap chunk before the markers are drawn", async ({ page }) => {
  await openApp(page, "/?w=all");
  // The world lakes chunk comes right after the chunk index, once the first view is drawn.
  await expect
    .poll(() => page.evaluate(() => window.__conflictMap?.basemap().loaded ?? []), { timeout: 60_000 })
    .toContain("water-world.json");
  // Resource timings and the hook's dataDrawnAt share the page's performance.now() clock.
  const early = await page.evaluate(() => {
    const drawnAt = window.__conflictMap?.dataDrawnAt() ?? 0;
    return performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime < drawnAt && /\/basemap\/|countries-50m|basemap-index/.test(e.name))
      .map((e) => e.name);
  });
  expect(early).toEqual([]);
  const loaded = await page.evaluate(() => window.__conflictMap?.basemap().loaded ?? []);
  expect(loaded.some((f) => f.startsWith("villages-") || f.startsWith("towns-20k-"))).toBe(false);
});

test("after a first visit the detailed basemap is drawn with the network off", async ({ page, context }) => {
  test.setTimeout(150_000);
  await openApp(page, "/?w=all#7/48.5/35");
  await basemapSettled(page);
  await waitForServiceWorker(page);
  // The service worker keeps every chunk up to the towns of 20,000, wherever they are.
  const wanted = [
    "/admin1-UKR.json",
    "/admin1-BRA.json",
    "/towns-100k-0-0.json",
    "/water-world.json",
    "basemap-index",
  ];
  await expect.poll(() => cachedParts(page, wanted), { timeout: 60_000 }).toEqual(wanted.map(() => true));
  await context.setOffline(true);
  await page.reload();
  await waitForMap(page);
  await basemapSettled(page);
  await expect
    .poll(() => page.evaluate(() => window.__conflictMap?.renderedNames("town-labels").length ?? 0))
    .toBeGreaterThan(15);
  expect(await page.evaluate(() => window.__conflictMap?.renderedCount("admin1-lines") ?? 0)).toBeGreaterThan(
    0,
  );
  await context.setOffline(false);
});
