/**
 * Writes docs/screenshot.png: the built app with an incident selected (for the README).
 * Usage: npx vite build && npx tsx scripts/screenshot.ts
 */
import { mkdirSync } from "node:fs";
import { withBuiltApp, waitForMap } from "./browser";

const OUT = "docs/screenshot.png";

await withBuiltApp(async (page, baseUrl) => {
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
  mkdirSync("docs", { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
});
