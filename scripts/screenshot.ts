/**
 * Writes the README's screenshots of the built app with an incident selected: docs/screenshot.png
 * (light theme) and docs/screenshot-dark.png (dark theme, as the system asks for it); and
 * docs/screenshot-zoomed.png, the basemap at zoom 8 around the seed incidents (towns, villages,
 * admin-1 regions and water, labels above the markers).
 * Usage: npx vite build && npx tsx scripts/screenshot.ts [--zoomed-only]
 */
import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { withBuiltApp, waitForMap } from "./browser";

async function shoot(page: Page, baseUrl: string, scheme: "light" | "dark", out: string): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${baseUrl}/?w=all`);
  await waitForMap(page);
  const items = page.getByRole("list", { name: "Incidents" }).getByRole("listitem");
  // Prefer an incident with casualties and an excerpt worth reading; else the first one.
  const withCasualties = items.filter({ hasText: "killed" });
  const target = (await withCasualties.count()) > 0 ? withCasualties.last() : items.first();
  await target.getByRole("button").click();
  await page.getByRole("dialog").waitFor();
  await page.waitForTimeout(1500);
  await waitForMap(page);
  await basemapSettled(page);
  // Labels fade in after the camera stops.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
}

/** The zoomed basemap: centred on the seed incidents' densest place, no incident selected. */
async function shootZoomed(page: Page, baseUrl: string, out: string): Promise<void> {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${baseUrl}/?w=all`);
  await waitForMap(page);
  const at = await densestIncidentPlace(page);
  await page.goto(`${baseUrl}/?w=all#8/${at.lat.toFixed(3)}/${at.lon.toFixed(3)}`);
  await waitForMap(page);
  await page.waitForFunction(
    () => {
      const b = window.__conflictMap?.basemap();
      return (
        b?.countries === "detailed" && b.pending === 0 && b.loaded.some((f) => f.startsWith("villages-"))
      );
    },
    undefined,
    { timeout: 60_000 },
  );
  await waitForMap(page);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
}

/** The basemap's lazy layers for this view are in (installBasemap.ts): detailed countries, no fetch pending. */
async function basemapSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const b = window.__conflictMap?.basemap();
      return b?.countries === "detailed" && b.pending === 0 && b.loaded.includes("water-world.json");
    },
    undefined,
    { timeout: 60_000 },
  );
  await waitForMap(page);
}

/** Where most seed incidents are (their marker points, rounded to a tenth of a degree). */
async function densestIncidentPlace(page: Page): Promise<{ lat: number; lon: number }> {
  return page.evaluate(() => {
    const counts = new Map<string, { lat: number; lon: number; n: number }>();
    for (const at of window.__conflictMap?.incidentPlaces() ?? []) {
      const id = `${at.lat.toFixed(1)}:${at.lon.toFixed(1)}`;
      const c = counts.get(id) ?? { lat: at.lat, lon: at.lon, n: 0 };
      c.n++;
      counts.set(id, c);
    }
    const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    return best ?? { lat: 0, lon: 0 };
  });
}

const zoomedOnly = process.argv.includes("--zoomed-only");
await withBuiltApp(async (page, baseUrl) => {
  mkdirSync("docs", { recursive: true });
  if (!zoomedOnly) {
    await shoot(page, baseUrl, "light", "docs/screenshot.png");
    await shoot(page, baseUrl, "dark", "docs/screenshot-dark.png");
  }
  await shootZoomed(page, baseUrl, "docs/screenshot-zoomed.png");
});
