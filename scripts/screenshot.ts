/**
 * Writes the README's screenshots of the built app with an incident selected: docs/screenshot.png
 * (light theme) and docs/screenshot-dark.png (dark theme, as the system asks for it).
 * Usage: npx vite build && npx tsx scripts/screenshot.ts
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
  // Labels fade in after the camera stops.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
}

await withBuiltApp(async (page, baseUrl) => {
  mkdirSync("docs", { recursive: true });
  await shoot(page, baseUrl, "light", "docs/screenshot.png");
  await shoot(page, baseUrl, "dark", "docs/screenshot-dark.png");
});
