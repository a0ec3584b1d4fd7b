/**
 * Clusters, stacks and precision on the map: a cluster shows its count (that of the window and the
 * filters), lists its incidents, opens one, zooms in; incidents at one point spread apart and the
 * selected one is drawn on top; near and region incidents show their ring and area; the cluster's
 * list stays on screen on a 360 px phone.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";

// Each test loads a set of incidents and waits for clusters built in a worker, on a shared machine.
test.describe.configure({ timeout: 120_000 });
import { mercatorY } from "../src/app/model/columns";
import { eventColor } from "../src/app/model/eventTypes";
import { REGION_RADIUS_M, groundPixels } from "../src/app/map/markerStyle";
import { formatDay, parseDay } from "../src/time/days";
import { openApp, slider, waitForMap } from "./helpers";

const FIRST = parseDay("2019-03-01") as number;
const DAYS = 6;
const TOWN = { lon: 45.34, lat: 2.04 };
const TYPES = ["airstrike", "shelling", "fighting", "attack"];

interface Gen {
  key: string;
  lon: number;
  lat: number;
  day: number;
  type: string;
  precision: string;
}

/**
 * 120 incidents around one town (within 0.05 degrees: one cluster at low zoom), over six days, and
 * a region and a near incident alone at places far from everything.
 */
function generated(): Gen[] {
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const out: Gen[] = [];
  for (let i = 0; i < 120; i++) {
    out.push({
      key: `t${i}`,
      lon: TOWN.lon + (rand() - 0.5) * 0.1,
      lat: TOWN.lat + (rand() - 0.5) * 0.1,
      day: FIRST + (i % DAYS),
      type: TYPES[i % TYPES.length] as string,
      precision: "city",
    });
  }
  out.push({ key: "region1", lon: 24.0, lat: -28.0, day: FIRST, type: "fighting", precision: "region" });
  out.push({ key: "near1", lon: -60.0, lat: -10.0, day: FIRST, type: "shelling", precision: "near" });
  return out;
}

async function loadSet(page: Page, rows: Gen[]) {
  const features = rows.map((r) => ({
    type: "Feature",
    id: r.key,
    geometry: { type: "Point", coordinates: [r.lon, r.lat] },
    properties: {
      dateStart: formatDay(r.day),
      dateEnd: formatDay(r.day),
      type: r.type,
      precision: r.precision,
      placeName: r.precision === "city" ? "Townsville" : "Somewhere",
      countryCode: "SO",
      excerpt: `Generated incident ${r.key}.`,
      article: { id: "cluster-set", title: "Cluster set", published: "2019-03-10" },
    },
  }));
  const file = join(tmpdir(), `cluster-set-${process.pid}.geojson`);
  writeFileSync(file, JSON.stringify({ type: "FeatureCollection", features }));
  await page.getByText("Load incident set").click();
  await page.getByLabel("Incident file").setInputFiles(file);
  await expect(page.getByRole("status").filter({ hasText: `${rows.length} incidents added` })).toBeVisible({
    timeout: 30_000,
  });
  await waitForMap(page);
}

/** Moves the map like a shared link would (the hash), without reloading the page. */
async function jumpTo(page: Page, zoom: number, lat: number, lon: number) {
  await waitForMap(page);
  await page.evaluate(([z, la, lo]) => (window.location.hash = `${z}/${la}/${lo}`), [zoom, lat, lon]);
  await expect.poll(() => page.evaluate(() => Math.round(window.__conflictMap?.zoom() ?? -1))).toBe(zoom);
  await waitForClusters(page);
}

/** Waits until the clusters drawn are those of the current window, filters and zoom. */
async function waitForClusters(page: Page) {
  await waitForMap(page);
  await page.waitForFunction(() => window.__conflictMap?.clustersCurrent() === true, undefined, {
    timeout: 30_000,
  });
}

/** The cluster drawn nearest a place (page pixels), if any within 60 px. */
async function clusterNear(page: Page, lon: number, lat: number) {
  return page.evaluate(
    ([lon, lat]) => {
      const map = window.__conflictMap;
      const p = map?.pointOf(lon as number, lat as number);
      if (!map || !p) return null;
      const near = map
        .clusters()
        .filter((c) => c.kind === "cluster")
        .map((c) => ({ ...c, d: Math.hypot(c.x - p.x, c.y - p.y) }))
        .sort((a, b) => a.d - b.d)[0];
      return near && near.d < 60 ? near : null;
    },
    [lon, lat],
  );
}

/** The colour of a page pixel, read from a screenshot (what is drawn, not what the app thinks). */
async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({
    clip: { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 },
  });
  return page.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(1, 1, 1, 1).data;
      return [d[0], d[1], d[2]] as [number, number, number];
    },
    [...png],
  );
}

function rgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

const close = (a: number[], b: number[], tolerance = 24) =>
  a.every((v, i) => Math.abs(v - (b[i] as number)) <= tolerance);

test("a cluster shows its count, lists its incidents, opens one and zooms in", async ({ page }) => {
  const rows = generated();
  await openApp(page, "/?w=all#3/5/40");
  await loadSet(page, rows);
  await waitForClusters(page);
  const town = rows.filter((r) => r.precision === "city");
  const cluster = await clusterNear(page, TOWN.lon, TOWN.lat);
  expect(cluster?.n).toBe(town.length);
  expect(cluster?.label).toBe(String(town.length));
  // Drawn: the bubble's colour just above its count.
  expect(close(await pixel(page, cluster!.x, cluster!.y - 11), rgb("#334155"), 30)).toBe(true);

  await page.mouse.click(cluster!.x, cluster!.y);
  const list = page.getByRole("group", { name: `${town.length} incidents here, in a cluster` });
  await expect(list).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(town.length);
  await expect(list.getByRole("button").filter({ hasText: "Townsville" }).first()).toBeFocused();
  await list.getByRole("button").filter({ hasText: "Townsville" }).nth(3).click();
  await expect(list).toBeHidden();
  await expect(page.getByRole("dialog")).toContainText("Townsville");

  // Zoom in: the map goes to the zoom where the cluster splits.
  await page.keyboard.press("Escape");
  await jumpTo(page, 3, 5, 40);
  const again = await clusterNear(page, TOWN.lon, TOWN.lat);
  expect(again?.n).toBe(town.length);
  await page.mouse.click(again!.x, again!.y);
  await page
    .getByRole("group", { name: /incidents here, in a cluster/ })
    .getByRole("button", { name: "Zoom in" })
    .click();
  await expect.poll(() => page.evaluate(() => window.__conflictMap?.zoom() ?? 0)).toBeGreaterThan(3.5);
  await waitForClusters(page);
  const after = await clusterNear(page, TOWN.lon, TOWN.lat);
  expect(after?.n ?? 0).toBeLessThan(town.length);
});

test("cluster counts follow the time window and the filters", async ({ page }) => {
  const rows = generated();
  await openApp(page, "/?w=day#3/5/40");
  await loadSet(page, rows);
  const townOn = (day: number, types = TYPES) =>
    rows.filter((r) => r.precision === "city" && r.day === day && types.includes(r.type)).length;
  const s = slider(page);
  const dayOf = async () => parseDay((await s.getAttribute("aria-valuetext")) as string) as number;
  await waitForClusters(page);
  expect((await clusterNear(page, TOWN.lon, TOWN.lat))?.n).toBe(townOn(await dayOf()));
  await s.focus();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => page.evaluate(() => window.__conflictMap?.mapWindow()?.end)).toBe(await dayOf());
  await waitForClusters(page);
  const day = await dayOf();
  expect(day).toBeLessThan(FIRST + DAYS - 1);
  expect((await clusterNear(page, TOWN.lon, TOWN.lat))?.n).toBe(townOn(day));

  await page.getByRole("group", { name: "Filters" }).getByText("More filters").click();
  await page.getByRole("group", { name: "Incident type" }).getByLabel("Airstrike").uncheck();
  await waitForClusters(page);
  const left = townOn(
    day,
    TYPES.filter((t) => t !== "airstrike"),
  );
  expect(left).toBeLessThan(townOn(day));
  expect((await clusterNear(page, TOWN.lon, TOWN.lat))?.n).toBe(left);
});

/** A point of the built data where several incidents are (found in data/extracted.json, not named). */
function stackedPoint(): { lon: number; lat: number } {
  const articles = JSON.parse(readFileSync("data/extracted.json", "utf8")) as {
    events: { lon: number; lat: number; precision: string }[];
  }[];
  const count = new Map<string, number>();
  for (const e of articles.flatMap((a) => a.events))
    if (e.precision !== "country") count.set(`${e.lon},${e.lat}`, (count.get(`${e.lon},${e.lat}`) ?? 0) + 1);
  const [key] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [];
  const [lon, lat] = (key ?? "").split(",").map(Number);
  return { lon: lon as number, lat: lat as number };
}

test("incidents at one point spread apart, and the selected one is drawn on top", async ({ page }) => {
  // At zoom 11 nothing is clustered: the stack keeps its markers and gets a count badge.
  const at = stackedPoint();
  await openApp(page, `/?w=all#11/${at.lat}/${at.lon}`);
  await waitForClusters(page);
  const [badge] = await page.evaluate(
    () => window.__conflictMap?.clusters().filter((c) => c.kind === "stack") ?? [],
  );
  expect(badge?.n).toBeGreaterThan(1);
  const n = badge!.n;
  const topBefore = await pixel(page, badge!.x, badge!.y);

  await page.mouse.click(badge!.x, badge!.y);
  const spider = page.getByRole("group", { name: `${n} incidents at this point` });
  await expect(spider).toBeVisible();
  const legs = spider.getByRole("button");
  await expect(legs).toHaveCount(n);
  // Spread: no two overlap, none covers the point.
  const boxes = await legs.evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
  );
  for (const [i, a] of boxes.entries()) {
    expect(Math.hypot(a.x + a.width / 2 - badge!.x, a.y + a.height / 2 - badge!.y)).toBeGreaterThan(20);
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart).toBe(true);
    }
  }
  // Pick one whose colour differs from the marker drawn on top now, and open it.
  const labels = await legs.evaluateAll((els) =>
    els.map((e) => ({
      key: e.getAttribute("data-key") ?? "",
      color: getComputedStyle(e).backgroundColor,
      solid: !(e.getAttribute("aria-label") ?? "").includes("(near)"),
    })),
  );
  // (A solid marker: a near ring leaves its centre to what is under it.)
  const chosen = labels.find((l) => l.solid && !close(l.color.match(/\d+/g)!.map(Number), topBefore, 10));
  expect(chosen).toBeDefined();
  await spider.locator(`[data-key="${chosen!.key}"]`).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(spider.locator(`[data-key="${chosen!.key}"]`)).toHaveAttribute("aria-pressed", "true");
  // A click on an empty spot of the map closes the spread; the incident stays selected.
  await page.mouse.click(badge!.x - 160, badge!.y + 120);
  await expect(spider).toBeHidden();
  await expect(page.getByRole("dialog")).toBeVisible();
  await waitForMap(page);
  const chosenColor = chosen!.color.match(/\d+/g)!.map(Number);
  // (The details panel may have resized the map: where the point is now.)
  const now = await page.evaluate(
    ([lon, lat]) => window.__conflictMap?.pointOf(lon as number, lat as number),
    [at.lon, at.lat],
  );
  await expect.poll(async () => close(await pixel(page, now!.x, now!.y), chosenColor, 12)).toBe(true);
});

test("near and region incidents show their ring and area", async ({ page }) => {
  const rows = generated();
  await openApp(page, "/?w=all#7/-28/24");
  await loadSet(page, rows);
  await waitForClusters(page);
  const region = rows.find((r) => r.key === "region1") as Gen;
  const center = await page.evaluate(
    ([lon, lat]) => window.__conflictMap?.pointOf(lon as number, lat as number),
    [region.lon, region.lat],
  );
  const radius = groundPixels(REGION_RADIUS_M, mercatorY(region.lat), 7);
  expect(radius).toBeGreaterThan(60);
  // Inside the area, well off its centre marker, and on its dashed edge somewhere.
  const inside = { x: center!.x + radius * 0.6, y: center!.y + radius * 0.3 };
  const withArea = await pixel(page, inside.x, inside.y);
  const precision = page.getByRole("group", { name: "Place precision" });
  await page.getByRole("group", { name: "Filters" }).getByText("More filters").click();
  await precision.getByLabel("Region").uncheck();
  await waitForMap(page);
  const without = await pixel(page, inside.x, inside.y);
  expect(close(withArea, without, 2)).toBe(false);
  // Tinted toward the incident's colour.
  const target = rgb(eventColor(region.type));
  const toward = (c: number[]) => c.reduce((s, v, i) => s + Math.abs(v - (target[i] as number)), 0);
  expect(toward(withArea)).toBeLessThan(toward(without));
  await precision.getByLabel("Region").check();

  // The near ring: its band is drawn around the point, its centre barely tinted.
  const near = rows.find((r) => r.key === "near1") as Gen;
  await jumpTo(page, 7, near.lat, near.lon);
  const c = await page.evaluate(
    ([lon, lat]) => window.__conflictMap?.pointOf(lon as number, lat as number),
    [near.lon, near.lat],
  );
  await page.screenshot({
    path: "/tmp/clusters-near.png",
    clip: { x: c!.x - 40, y: c!.y - 40, width: 80, height: 80 },
  });
  const ring = await pixel(page, c!.x + 12, c!.y);
  expect(close(ring, rgb(eventColor(near.type)), 40)).toBe(true);
});

test("the cluster list stays on screen on a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const rows = generated();
  await openApp(page, "/?w=all#2/5/40");
  await loadSet(page, rows);
  await waitForClusters(page);
  const cluster = await clusterNear(page, TOWN.lon, TOWN.lat);
  expect(cluster).not.toBeNull();
  await page.mouse.click(cluster!.x, cluster!.y);
  const list = page.getByRole("group", { name: /incidents here, in a cluster/ });
  await expect(list).toBeVisible();
  const box = await list.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(740);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await list.getByRole("button").filter({ hasText: "Townsville" }).first().click();
  await expect(page.getByRole("dialog")).toContainText("Townsville");
});
