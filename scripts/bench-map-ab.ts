/**
 * Two builds of the app side by side in one browser, measured in alternating blocks, so that a
 * shared, loaded machine weighs on both alike (bench-map.ts measures one build per run). Each page
 * loads the same synthetic set; then blocks of map-alone slider steps (the imperative time channel)
 * and of drag moves alternate between the two pages. Figures: main-thread CPU time (CDP ThreadTime)
 * per step and per move, median / p95 over every block. Prints figures; asserts nothing.
 *
 * Usage: npx tsx scripts/bench-map-ab.ts --a /tmp/base-dist --b dist [--size 100000] [--blocks 6] [--per 10] [--quick]
 *   --quick: the steps of a block follow each other at once (as a held arrow key or playback does),
 *            the settle waited for only after the block; without it, after every step.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type CDPSession, type Page } from "@playwright/test";
import { preview } from "vite";
import { encodeIncidentSet } from "../src/app/data/binaryIncidentSet";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { syntheticSet } from "./syntheticIncidents";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const DISTS = { a: arg("a", "dist"), b: arg("b", "dist") };
const SIZE = Number(arg("size", "100000"));
const BLOCKS = Number(arg("blocks", "6"));
const PER = Number(arg("per", "10"));
const QUICK = args.includes("--quick");

function stats(values: number[]): string {
  const s = [...values].sort((x, y) => x - y);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return `${q(0.5).toFixed(1)} / ${q(0.95).toFixed(1)} ms`;
}

async function cpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "ThreadTime")?.value ?? 0) * 1000;
}

interface Side {
  page: Page;
  cdp: CDPSession;
  steps: number[];
  pans: number[];
  panAt: number;
}

async function open(url: string, file: string): Promise<Side> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${url}/?w=week`);
  const ready = () => window.__conflictMap?.isReady() === true;
  await page.waitForFunction(ready, undefined, { timeout: 600_000, polling: "raf" });
  await page.getByText("Load incident set").click();
  await page.getByLabel("Incident file").setInputFiles(file);
  await page.getByRole("status").filter({ hasText: "incidents added" }).waitFor({ timeout: 600_000 });
  await page.waitForFunction(ready, undefined, { timeout: 600_000, polling: "raf" });
  return { page, cdp, steps: [], pans: [], panAt: 0 };
}

/** PER map-alone steps, each followed by its frames and, unmeasured, the settle after it (--quick: after the block). */
async function stepBlock(side: Side): Promise<void> {
  for (let i = 0; i < PER; i++) {
    const before = await cpuMs(side.cdp);
    await side.page.evaluate(async () => {
      const w = window.__conflictMap?.mapWindow();
      if (w) window.__setMapTimeWindow?.({ start: w.start - 1, end: w.end - 1 });
      await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    });
    side.steps.push((await cpuMs(side.cdp)) - before);
    if (QUICK && i < PER - 1) continue;
    await side.page.evaluate(async () => {
      await new Promise<void>((r) => setTimeout(r, 400));
      for (let k = 0; k < 5000; k++) {
        const hook = window.__conflictMap;
        if (hook?.isReady() && hook.clustersCurrent()) break;
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
      }
    });
  }
}

/** PER drag moves (the drag goes back and forth, so the view stays over the data). */
async function panBlock(side: Side): Promise<void> {
  const x = 700;
  const y = 450;
  await side.page.mouse.move(x, y);
  await side.page.mouse.down();
  for (let i = 1; i <= PER; i++) {
    const dir = side.panAt % 2 === 0 ? -1 : 1;
    const before = await cpuMs(side.cdp);
    await side.page.mouse.move(x + dir * i * 6, y + dir * i * 3);
    await side.page.evaluate(
      () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
    );
    side.pans.push((await cpuMs(side.cdp)) - before);
  }
  await side.page.mouse.up();
  side.panAt++;
}

const dir = mkdtempSync(join(tmpdir(), "bench-map-ab-"));
const file = join(dir, `synthetic-${SIZE}.cmis`);
writeFileSync(file, encodeIncidentSet(syntheticSet(SIZE)));
const servers = await Promise.all(
  [DISTS.a, DISTS.b].map((outDir, i) =>
    preview({ build: { outDir }, preview: { host: "127.0.0.1", port: 4300 + i }, logLevel: "warn" }),
  ),
);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const urls = servers.map((s) => s.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "");
  const start = loadavg()[0] ?? NaN;
  const a = await open(urls[0] as string, file);
  const b = await open(urls[1] as string, file);
  for (let block = 0; block < BLOCKS; block++) {
    const order = block % 2 === 0 ? [a, b] : [b, a];
    for (const side of order) await stepBlock(side);
    for (const side of order) await panBlock(side);
  }
  console.log(
    `${QUICK ? "quick steps, " : ""}${SIZE.toLocaleString("en")} incidents, ${BLOCKS} blocks of ${PER}, load ${start.toFixed(1)} -> ${(loadavg()[0] ?? NaN).toFixed(1)}`,
  );
  console.log("main-thread CPU (ThreadTime), median / p95");
  for (const [name, side] of [
    [`a ${DISTS.a}`, a],
    [`b ${DISTS.b}`, b],
  ] as const) {
    console.log(`${name}: step (map alone) ${stats(side.steps)}, pan move ${stats(side.pans)}`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
}
