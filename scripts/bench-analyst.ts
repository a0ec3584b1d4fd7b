/**
 * What the analyst features cost at 100k incidents. Prints figures; asserts nothing.
 * Usage: npx vite build && npx tsx scripts/bench-analyst.ts
 *
 *   pure        the selectors alone in Node: the filter pass (type; search), the stacked histogram,
 *               the window's incidents
 *   in the page (built app, Chromium, 100k synthetic incidents over five years, "up to the day" so
 *               the window holds ~100k): from a key or a click until React has committed (store,
 *               selectors, every component), and to the next animation frame (which includes the
 *               map's repaint, software WebGL here); how many list rows are in the DOM (virtualised)
 */
import type { Page } from "@playwright/test";
import type { EventOut } from "../src/pipeline/contract";
import { compareIncidents, type Incident } from "../src/app/model/incident";
import { NO_FILTERS } from "../src/app/store/filterSlice";
import { filterIncidents } from "../src/app/store/filteredIncidents";
import { incidentsInWindow } from "../src/app/store/selectors";
import { stackedHistogram } from "../src/app/store/selectorsHistogram";
import { withBuiltApp, waitForMap } from "./browser";

const N = 100_000;
const DAYS = 1826;
const TYPES = ["airstrike", "shelling", "fighting", "attack", "diplomacy", "ceasefire", "aid"];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN;
}
function time(run: () => unknown, times = 15): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    out.push(performance.now() - t);
  }
  return out;
}
const fmt = (v: number[]) => `median ${median(v).toFixed(1)} ms, p95 ${p95(v).toFixed(1)} ms`;

function pure(): void {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const incidents: Incident[] = Array.from({ length: N }, (_, i) => {
    const t0 = 16_800 + Math.floor(rand() * DAYS);
    const t1 = i % 10 === 0 ? t0 + Math.floor(rand() * 30) : t0;
    const event = {
      id: `e${i}`,
      type: TYPES[i % TYPES.length],
      precision: i % 5 === 0 ? "near" : "city",
      placeName: `Place ${i % 5000}`,
      toponym: null,
      excerpt: { start: 0, end: 40, text: `Shells fell on the market of place ${i % 5000} today.` },
    } as EventOut;
    return { key: `k${i}`, article: 0, event, t0, t1, casualties: i % 40 };
  }).sort(compareIncidents);
  const articles = [{ id: "a", toponyms: [] }] as never[];
  const domain = { start: 16_800, end: 16_800 + DAYS - 1 };
  console.log(`pure selectors, ${N} incidents over ${DAYS} days (Node)`);
  console.log(
    `  filter by type        ${fmt(time(() => filterIncidents(incidents, articles, { ...NO_FILTERS, types: ["aid"] })))}`,
  );
  console.log(
    `  search (2 words)      ${fmt(time(() => filterIncidents(incidents, articles, { ...NO_FILTERS, search: `market ${Math.random()}`.slice(0, 9) })))}`,
  );
  console.log(
    `  stacked histogram     ${fmt(time(() => stackedHistogram(incidents, domain)))} (${stackedHistogram(incidents, domain).bins.length} ${stackedHistogram(incidents, domain).unit} bins)`,
  );
  console.log(
    `  window (30 days)      ${fmt(time(() => incidentsInWindow(incidents, { start: 17_500, end: 17_529 })))}`,
  );
}

/** From `act` to the next animation frame, in page time. */
async function nextFrameAfter(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __t: number }).__t = performance.now();
  });
  await act();
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => resolve(performance.now() - (window as unknown as { __t: number }).__t)),
      ),
  );
}

await (async () => {
  pure();
  await withBuiltApp(async (page, baseUrl) => {
    await page.goto(`${baseUrl}/?w=cumulative`);
    await waitForMap(page);
    const t = Date.now();
    await page.evaluate(({ n, d }) => window.__conflictBench?.addSyntheticIncidents(n, d), { n: N, d: DAYS });
    await page
      .getByRole("heading", { name: /Incidents/ })
      .getByText(/\d{5,} in window/)
      .waitFor({ timeout: 120_000 });
    console.log(`\nin the page, ${N} synthetic incidents added`);
    console.log(`  added to listed       ${Date.now() - t} ms`);
    const slider = page.getByRole("slider", { name: /Selected day/ });
    await slider.focus();
    await page.keyboard.press("End");
    const updates: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < 30; i++) {
      const { update, frame } = await page.evaluate(async () => {
        const el = document.activeElement as HTMLElement;
        const t0 = performance.now();
        el.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true, cancelable: true }));
        for (let k = 0; k < 5; k++) await Promise.resolve();
        const update = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(r));
        return { update, frame: performance.now() - t0 };
      });
      updates.push(update);
      frames.push(frame);
    }
    console.log(
      `  slider step, React    ${fmt(updates)} (keydown until React has committed; ~100k in the window)`,
    );
    console.log(`  slider step, frame    ${fmt(frames)} (keydown to the next frame, map repaint included)`);
    const rows = await page.getByRole("list", { name: "Incidents" }).getByRole("listitem").count();
    const inWindow = await page.getByRole("heading", { name: /Incidents/ }).innerText();
    console.log(`  list rows in the DOM  ${rows} (${inWindow.replace(/\s+/g, " ")})`);
    const filters = page.getByRole("group", { name: "Filters" });
    await filters.getByText("More filters").click();
    const toggleUpdates: number[] = [];
    const toggleFrames: number[] = [];
    const aid = filters.getByLabel("Aid");
    for (let i = 0; i < 6; i++) {
      const { update, frame } = await aid.evaluate(async (el) => {
        const t0 = performance.now();
        (el as HTMLInputElement).click();
        for (let k = 0; k < 5; k++) await Promise.resolve();
        const update = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(r));
        return { update, frame: performance.now() - t0 };
      });
      toggleUpdates.push(update);
      toggleFrames.push(frame);
    }
    console.log(
      `  type filter, React    ${fmt(toggleUpdates)} (click until React has committed: filter, histogram, list)`,
    );
    console.log(
      `  type filter, frame    ${fmt(toggleFrames)} (click to the next frame, the map's new data included)`,
    );
    const scrolls: number[] = [];
    const scroller = page.locator(".incident-scroller");
    for (let i = 0; i < 20; i++) {
      scrolls.push(
        await nextFrameAfter(page, () =>
          scroller.evaluate((el, k) => {
            el.scrollTop = k * 5000;
            el.dispatchEvent(new Event("scroll"));
          }, i),
        ),
      );
    }
    console.log(`  list scroll jump      ${fmt(scrolls)}`);
  });
})();
