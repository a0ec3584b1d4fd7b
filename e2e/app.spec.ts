import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { asCityLabels, cityMinZoom } from "../src/app/map/cityLabels";
import { incidentList, listedIncidents, openApp, slider, urlDay, waitForMap } from "./helpers";

test("loads with no request to another origin and no console error", async ({ page, baseURL }) => {
  const { requests, consoleErrors } = await openApp(page);
  const origin = new URL(baseURL as string).origin;
  const foreign = requests.filter(
    (u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"),
  );
  expect(foreign).toEqual([]);
  // The basemap, its city labels and the label font came from this origin.
  expect(requests.some((u) => /countries-(110m|50m).*\.json$/.test(u))).toBe(true);
  expect(requests.some((u) => /cities-labels.*\.json$/.test(u))).toBe(true);
  expect(requests.some((u) => /noto-sans-latin-400-normal.*\.woff2$/.test(u))).toBe(true);
  expect(consoleErrors).toEqual([]);
  await expect(page.getByRole("heading", { name: "Conflict Map" })).toBeVisible();
});

test("dragging the map changes the URL hash", async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveURL(/#[\d.]+\/-?[\d.]+\/-?[\d.]+/);
  const before = new URL(page.url()).hash;
  const map = page.getByRole("region", { name: /Map of incidents/ });
  const box = await map.boundingBox();
  if (!box) throw new Error("map has no box");
  // Drag from a spot well away from markers and controls.
  const x = box.x + box.width * 0.8;
  const y = box.y + box.height * 0.85;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 150, y - 80, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).hash).not.toBe(before);
  expect(new URL(page.url()).hash).toMatch(/^#[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
});

test("stepping the slider with the keyboard changes the list and ?t=", async ({ page }) => {
  await openApp(page, "/?w=day");
  const s = slider(page);
  await expect(s).toHaveAttribute("aria-valuetext", /^\d{4}-\d{2}-\d{2}$/);
  const startDay = await s.getAttribute("aria-valuetext");
  expect(urlDay(page)).toBe(startDay);
  const startList = await listedIncidents(page);

  await s.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(s).not.toHaveAttribute("aria-valuetext", startDay as string);
  const newDay = await s.getAttribute("aria-valuetext");
  await expect.poll(() => urlDay(page)).toBe(newDay);
  await expect.poll(() => listedIncidents(page)).not.toEqual(startList);
  // A day window after stepping to an incident day lists at least that day's incidents.
  expect((await listedIncidents(page)).length).toBeGreaterThan(0);

  await page.keyboard.press("ArrowRight");
  await expect(s).toHaveAttribute("aria-valuetext", startDay as string);
  await expect.poll(() => listedIncidents(page)).toEqual(startList);
});

test("the selected day is read from ?t= at load", async ({ page }) => {
  // The first day of the data (Home on the slider), which is not the day the app opens on.
  await openApp(page, "/?w=all");
  await slider(page).focus();
  await page.keyboard.press("Home");
  await expect.poll(() => urlDay(page)).toBe(await slider(page).getAttribute("aria-valuetext"));
  const firstDay = urlDay(page) as string;
  expect(firstDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  await openApp(page, `/?t=${firstDay}&w=day`);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", firstDay);
  expect(urlDay(page)).toBe(firstDay);
});

test("choosing a list item opens its details with the excerpt", async ({ page }) => {
  await openApp(page, "/?w=all");
  const first = incidentList(page).getByRole("listitem").first();
  const key = await first.getAttribute("data-key");
  await first.getByRole("button").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("blockquote")).not.toBeEmpty();
  // Place and date words are marked; provenance is shown.
  await expect(dialog.locator("mark.mark-place").first()).toBeVisible();
  await expect(dialog).toContainText("Place score");
  await expect(dialog).toContainText("published");
  expect(key).toBeTruthy();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("clicking a marker on the map canvas opens its details", async ({ page }) => {
  // No view in the URL: the map opens on the incidents, wherever they are.
  await openApp(page, "/?w=all");
  // Pick an incident from the list, then click where the map draws it (never through the list).
  const items = incidentList(page).getByRole("listitem");
  const count = await items.count();
  let clicked = false;
  for (let i = 0; i < count && !clicked; i++) {
    const key = (await items.nth(i).getAttribute("data-key")) as string;
    await waitForMap(page);
    const point = await page.evaluate((k) => window.__conflictMap?.markerPoint(k) ?? null, key);
    const box = await page.getByRole("region", { name: /Map of incidents/ }).boundingBox();
    if (!point || !box) continue;
    if (
      point.x < box.x + 60 ||
      point.x > box.x + box.width - 20 ||
      point.y < box.y + 20 ||
      point.y > box.y + box.height - 40
    ) {
      continue;
    }
    await page.mouse.click(point.x, point.y);
    const chooser = page.getByRole("group", { name: /incidents here/ });
    const dialog = page.getByRole("dialog");
    await expect(chooser.or(dialog)).toBeVisible();
    if (await chooser.isVisible()) {
      // Several incidents under the cursor: all of them are offered.
      const options = chooser.getByRole("button", { name: /—/ });
      expect(await options.count()).toBeGreaterThan(1);
      await options.first().click();
    }
    await expect(dialog).toBeVisible();
    await expect(dialog.locator("blockquote")).not.toBeEmpty();
    clicked = true;
  }
  expect(clicked).toBe(true);
});

test("the basemap labels cities from the generated list, big ones first", async ({ page }) => {
  const labels = asCityLabels(JSON.parse(readFileSync("data/cities-labels.json", "utf8")));
  expect(labels.length).toBeGreaterThan(100);
  const byName = new Map(labels.map((c) => [c.name, c]));
  const drawn = () => page.evaluate(() => window.__conflictMap?.cityLabels() ?? []);

  // Zoomed out: some cities, all of them from the list and big enough for that zoom.
  await openApp(page, "/?w=day#2/30/40");
  await expect.poll(async () => (await drawn()).length).toBeGreaterThan(0);
  for (const name of await drawn()) {
    const city = byName.get(name);
    expect(city, name).toBeDefined();
    if (city) expect(cityMinZoom(city.population, city.capital), name).toBeLessThanOrEqual(2);
  }

  // Close to the most populous capital: its label is drawn.
  const capital = labels.filter((c) => c.capital).sort((a, b) => b.population - a.population)[0];
  if (!capital) throw new Error("no capital in data/cities-labels.json");
  await openApp(page, `/?w=day#6/${capital.lat}/${capital.lon}`);
  await expect.poll(drawn).toContain(capital.name);
});
