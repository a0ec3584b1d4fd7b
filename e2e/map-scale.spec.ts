import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { formatDay, parseDay } from "../src/time/days";
import { openApp, slider, waitForMap } from "./helpers";

/** A few thousand incidents over 60 days of 2019, at places away from the seeds, some spanning days. */
function generatedSet(count: number) {
  let seed = 11;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const places = [
    { name: "Mogadishu", cc: "SO", lon: 45.34, lat: 2.04 },
    { name: "Kabul", cc: "AF", lon: 69.17, lat: 34.53 },
    { name: "Bamako", cc: "ML", lon: -8.0, lat: 12.65 },
    { name: "Goma", cc: "CD", lon: 29.22, lat: -1.68 },
  ];
  const types = ["airstrike", "shelling", "fighting", "attack", "aid"];
  const precisions = ["city", "exact", "near", "region", "country"];
  const first = parseDay("2019-03-01") as number;
  const features = Array.from({ length: count }, (_, i) => {
    const place = places[i % places.length] as (typeof places)[number];
    const t0 = first + Math.floor(rand() * 60);
    const t1 = t0 + (i % 17 === 0 ? 3 : 0);
    return {
      type: "Feature",
      id: `g${i}`,
      geometry: { type: "Point", coordinates: [place.lon + rand() * 2 - 1, place.lat + rand() * 2 - 1] },
      properties: {
        dateStart: formatDay(t0),
        dateEnd: formatDay(t1),
        type: types[i % types.length],
        precision: precisions[i % precisions.length],
        killed: i % 7,
        placeName: place.name,
        countryCode: place.cc,
        excerpt: `Generated incident ${i} near ${place.name}.`,
        article: { id: "generated-set", title: "Generated set", published: "2019-05-01" },
      },
    };
  });
  return {
    features,
    spans: features.map((f) => [parseDay(f.properties.dateStart), parseDay(f.properties.dateEnd)]),
  };
}

test("a loaded incident file reaches the map and the list, and both follow the slider", async ({ page }) => {
  const { features, spans } = generatedSet(3000);
  const file = join(tmpdir(), `incident-set-${process.pid}.geojson`);
  writeFileSync(file, JSON.stringify({ type: "FeatureCollection", features }));
  const inDay = (day: number) =>
    spans.filter(([t0, t1]) => (t0 as number) <= day && (t1 as number) >= day).length;

  const { consoleErrors } = await openApp(page, "/?w=day");
  await page.getByText("Load incident set").click();
  await page.getByLabel("Incident file").setInputFiles(file);
  await expect(page.getByRole("status").filter({ hasText: "3,000 incidents added" })).toBeVisible({
    timeout: 30_000,
  });
  await waitForMap(page);

  const s = slider(page);
  // The app moved to the set's last day; the map draws what the list lists, and what the file says.
  const check = async () => {
    const day = parseDay((await s.getAttribute("aria-valuetext")) as string) as number;
    await expect.poll(() => page.evaluate(() => window.__conflictMap?.mapWindow()?.end)).toBe(day);
    const expected = inDay(day);
    expect(expected).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { name: /^Incidents/ })).toContainText(`${expected} in window`);
    expect(await page.evaluate(() => window.__conflictMap?.markersInWindow())).toBe(expected);
    return day;
  };
  const last = await check();
  expect(formatDay(last)).toBe(formatDay(Math.max(...spans.map(([t0]) => t0 as number))));
  await s.focus();
  // The list's rows are updated in place on a step, not made again: mark the rendered ones.
  const listRows = () =>
    page.evaluate(() => {
      const items = [...document.querySelectorAll<HTMLElement>('ul[aria-label="Incidents"] > li')];
      return {
        n: items.length,
        marked: items.filter((li) => li.dataset.mark === "before").length,
        keys: items.map((li) => li.dataset.key),
      };
    });
  await page.evaluate(() => {
    for (const li of document.querySelectorAll<HTMLElement>('ul[aria-label="Incidents"] > li'))
      li.dataset.mark = "before";
  });
  const before = await listRows();
  const seen = new Set<number>([last]);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("ArrowLeft");
    seen.add(await check());
  }
  expect(seen.size).toBe(5);
  const after = await listRows();
  expect(after.n).toBeGreaterThan(5);
  expect(after.marked).toBe(after.n);
  expect(after.keys.filter((k) => before.keys.includes(k))).toEqual([]);

  // A marker of the loaded set can be clicked open.
  const key = await page
    .getByRole("list", { name: "Incidents" })
    .getByRole("listitem")
    .first()
    .getAttribute("data-key");
  await waitForMap(page);
  const point = await page.evaluate((k) => window.__conflictMap?.markerPoint(k as string) ?? null, key);
  expect(point).not.toBeNull();
  await page.mouse.click((point as { x: number }).x, (point as { y: number }).y);
  const chooser = page.getByRole("group", { name: /incidents here/ });
  const dialog = page.getByRole("dialog");
  await expect(chooser.or(dialog)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("a file that is not an incident set gets a clear message and changes nothing", async ({ page }) => {
  const file = join(tmpdir(), `not-a-set-${process.pid}.json`);
  writeFileSync(file, '{"type":"FeatureCollection","features":[{"type":"Feature"');
  await openApp(page, "/?w=all");
  const heading = page.getByRole("heading", { name: /^Incidents/ });
  const before = await heading.innerText();
  await page.getByText("Load incident set").click();
  await page.getByLabel("Incident file").setInputFiles(file);
  await expect(page.getByRole("alert")).toContainText("could not be loaded: the GeoJSON ends in the middle");
  await expect(heading).toHaveText(before);
});
