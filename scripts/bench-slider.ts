/**
 * Measures what one time-slider step costs on the main thread, at several data sizes, in the built
 * app in Chromium (software WebGL). Prints figures; asserts nothing.
 * Usage: npx vite build && npx tsx scripts/bench-slider.ts
 *
 * Per step (a keyboard "next incident day" on the slider):
 *   update    the keydown dispatch until React has flushed (microtasks): store update, selectors,
 *             React render/commit of list, histogram and timeline, effects (incl. the map's filter update)
 *   filter    of which: map.setGlobalStateProperty calls (the time filter), from the map's test hook
 *   frame     from the keydown to the next animation frame + 1 (what the user waits for the UI)
 *   settled   from the keydown until the map reports loaded and idle with the new filter
 *   main      main-thread busy time per step over the whole run (Chrome's TaskDuration, via CDP),
 *             split into script, layout + style, and the rest (mostly WebGL, software-rendered here)
 */
import type { CDPSession, Page } from "@playwright/test";
import { withBuiltApp, waitForMap } from "./browser";

const SIZES = [0, 1_000, 10_000, 50_000];
const STEPS = 40;

interface StepFigures {
  update: number;
  frame: number;
  settled: number;
}

function stats(values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return `median ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms`;
}

type Metrics = Record<string, number>;

let cdp: CDPSession | null = null;

async function metrics(page: Page): Promise<Metrics> {
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
  }
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Two animation frames with nothing changed: the baseline frame cost of this renderer. */
async function idleFrame(page: Page): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < 10; i++) {
    out.push(
      await page.evaluate(async () => {
        const t0 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      }),
    );
  }
  return out;
}

async function measureSteps(page: Page): Promise<{ steps: StepFigures[]; filter: number[]; main: Metrics }> {
  const slider = page.getByRole("slider", { name: /Selected day/ });
  await slider.focus();
  await page.keyboard.press("Home");
  await waitForMap(page);
  const before = (await page.evaluate(() => window.__conflictMap?.filterTimings().length)) ?? 0;
  const steps: StepFigures[] = [];
  const m0 = await metrics(page);
  for (let i = 0; i < STEPS; i++) {
    steps.push(
      await page.evaluate(async () => {
        const el = document.activeElement as HTMLElement;
        const t0 = performance.now();
        el.dispatchEvent(
          new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }),
        );
        for (let k = 0; k < 5; k++) await Promise.resolve();
        const update = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const frame = performance.now() - t0;
        while (!window.__conflictMap?.isReady()) await new Promise((r) => requestAnimationFrame(r));
        return { update, frame, settled: performance.now() - t0 };
      }),
    );
  }
  const m1 = await metrics(page);
  const per = (k: string) => (((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000) / STEPS;
  const main = {
    task: per("TaskDuration"),
    script: per("ScriptDuration"),
    layout: per("LayoutDuration") + per("RecalcStyleDuration"),
  };
  const filter = ((await page.evaluate(() => window.__conflictMap?.filterTimings())) ?? []).slice(before);
  return { steps, filter, main };
}

await withBuiltApp(async (page, baseUrl) => {
  await page.goto(`${baseUrl}/?w=week`);
  await waitForMap(page);
  for (const size of SIZES) {
    if (size > 0) {
      await page.evaluate((n) => window.__conflictBench?.addSyntheticIncidents(n, 365), size);
      await waitForMap(page);
    }
    const total = await page.evaluate(() => document.querySelectorAll("[aria-label='Incidents'] li").length);
    const idle = await idleFrame(page);
    const { steps, filter, main } = await measureSteps(page);
    console.log(`\n+${size} synthetic incidents (week window; ${total} listed at the last step)`);
    console.log(`  update   ${stats(steps.map((s) => s.update))}`);
    console.log(`  filter   ${stats(filter)}  (map.setGlobalStateProperty only)`);
    console.log(`  frame    ${stats(steps.map((s) => s.frame))}  (idle frame: ${stats(idle)})`);
    console.log(`  settled  ${stats(steps.map((s) => s.settled))}`);
    console.log(
      `  main     ${main.task?.toFixed(1)} ms busy per step: script ${main.script?.toFixed(1)}, layout+style ${main.layout?.toFixed(1)}, other ${((main.task ?? 0) - (main.script ?? 0) - (main.layout ?? 0)).toFixed(1)}`,
    );
  }
});
