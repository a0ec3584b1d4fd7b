/**
 * The map at scale, measured: synthetic incident sets (real gazetteer places weighted toward conflict
 * countries, five years, every type and precision) of 100k and 1M incidents, loaded into the built
 * app through its "Load incident set" input, and the same points in a naive MapLibre page (one
 * GeoJSON source, circle layers filtered by the window through `global-state`), in the same run.
 * Prints figures; asserts nothing. Software WebGL makes frame times meaningless, so this measures
 * CPU time: the renderer main thread (CDP Performance.getMetrics TaskDuration) and the workers (a
 * Chrome trace, busy time of every thread that is not the main one).
 *
 * Usage: npx vite build && npx tsx scripts/bench-map.ts [--sizes 100000,1000000] [--steps 100] [--out docs/bench-map.md]
 *        [--profile] [--first-visit] (only the first visit's transfer) [--app-only] (no naive page) [--dist dist]
 *
 *   first draw   app: from the file handed to the page to the first frame drawn with it (of which:
 *                the worker's parse, the store); naive: from the GeoJSON object in the page to the
 *                map's first idle after setData
 *   step         one keyboard step of the time slider (app: ArrowRight on the slider, the whole page
 *                reacting; naive: setGlobalStateProperty of the window) — main-thread CPU per step,
 *                worker CPU per step, and the wall time until the map is idle again
 *   pan          one mouse-move of a drag — main-thread CPU per move
 *   memory       JS heap of the page, and PSS of the renderer and GPU processes (/proc)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { chromium, type Browser, type CDPSession, type Page } from "@playwright/test";
import { preview } from "vite";
import { encodeIncidentSet } from "../src/app/data/binaryIncidentSet";
import type { IncidentSet } from "../src/app/data/incidentSet";
import { syntheticSet } from "./syntheticIncidents";
import { EVENT_TYPES } from "../src/app/model/eventTypes";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const SIZES = arg("sizes", "100000,1000000").split(",").map(Number);
const STEPS = Number(arg("steps", "100"));
const PAN_MOVES = 40;
const OUT = arg("out", "docs/bench-map.md");
/** The built app to serve (`vite build --outDir` elsewhere lets e2e tests keep dist/). */
const DIST = arg("dist", "dist");
/** With --profile: the keyboard steps also run under the CPU profiler, top self times printed; no naive page. */
const PROFILE = args.includes("--profile");
/** With --first-visit: only the first visit's transfer is measured (no incident sets). */
const FIRST_VISIT_ONLY = args.includes("--first-visit");
/** With --app-only: the app's rows only (no naive page): for before/after comparisons. */
const APP_ONLY = args.includes("--app-only");

// ---------- measuring ----------

function stats(values: number[]): { median: number; p95: number } {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { median: q(0.5), p95: q(0.95) };
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Task wall time and the main thread's CPU time (ThreadTime), in ms. On a loaded machine the task
 * figure grows with every preemption; the CPU figure much less, so before/after runs compare on it.
 */
async function mainMs(cdp: CDPSession): Promise<{ task: number; cpu: number }> {
  const m = await metrics(cdp);
  return { task: (m.TaskDuration ?? 0) * 1000, cpu: (m.ThreadTime ?? 0) * 1000 };
}

const twoFrames = () =>
  new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Busy milliseconds per thread name over a trace (top-level tasks only). */
function busyByThread(events: TraceEvent[]): Map<string, number> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const busy = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== "X" || !e.dur || (e.name !== "ThreadControllerImpl::RunTask" && e.name !== "RunTask"))
      continue;
    const name = names.get(`${e.pid}:${e.tid}`) ?? `${e.tid}`;
    busy.set(name, (busy.get(name) ?? 0) + e.dur / 1000);
  }
  return busy;
}

async function traced<T>(
  browser: Browser,
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T; workerMs: number }> {
  await browser.startTracing(page, { categories: ["devtools.timeline", "toplevel"] });
  const result = await run();
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  let workerMs = 0;
  for (const [name, ms] of busyByThread(events)) if (/Worker/i.test(name)) workerMs += ms;
  return { result, workerMs };
}

function processTree(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid))?.push(Number(entry));
    } catch {
      // gone
    }
  }
  return children;
}

/** PSS (MB) of this script's Chromium renderer and GPU processes. */
function chromiumMemory(): { renderer: number; gpu: number } {
  const tree = processTree();
  const out = { renderer: 0, gpu: 0 };
  const walk = (pid: number) => {
    for (const child of tree.get(pid) ?? []) {
      try {
        const cmd = readFileSync(`/proc/${child}/cmdline`, "utf8");
        const pss =
          Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${child}/smaps_rollup`, "utf8"))?.[1] ?? 0) / 1024;
        if (cmd.includes("--type=renderer")) out.renderer = Math.max(out.renderer, pss);
        else if (cmd.includes("--type=gpu-process")) out.gpu += pss;
      } catch {
        // gone
      }
      walk(child);
    }
  };
  walk(process.pid);
  return out;
}

interface Figures {
  firstDraw: number;
  firstDrawNote: string;
  step: { median: number; p95: number };
  stepCpu: { median: number; p95: number };
  stepWorker: number;
  stepSettled: { median: number; p95: number };
  stepFrame: { median: number; p95: number };
  mapShare?: { median: number; p95: number };
  direct?: StepFigures;
  /** A frame of the map with nothing changed: the floor under a step. */
  repaint?: StepFigures;
  pan: { median: number; p95: number };
  panCpu: { median: number; p95: number };
  heapMb: number;
  renderer: number;
  gpu: number;
}

interface StepFigures {
  main: { median: number; p95: number };
  /** Main-thread CPU time (ThreadTime) per step. */
  cpu: { median: number; p95: number };
  /** Main-thread CPU time once the window is still (clusters, lit countries), per step (app only). */
  settleCpu: { median: number; p95: number };
  workerMs: number;
  settled: { median: number; p95: number };
  frame: { median: number; p95: number };
}

type StepMode = "keyboard" | "direct" | "repaint" | "naive";

/**
 * STEPS steps, each timed in the page (no CDP round trip inside the timing): one step (a keyboard
 * "previous day" on the focused slider; the map's imperative time channel alone; the naive page's
 * global-state), two animation frames, then frames until the page is idle. Main-thread CPU per
 * step from TaskDuration around each; worker CPU from a trace over all of them. (The page function
 * has no named helpers and no eval: tsx would wrap helpers, and the app's CSP forbids eval.)
 * In the app, what follows once the window has been still (the clusters of the window, the lit
 * countries: after CLUSTER_SETTLE_MS) is waited for after each step and measured apart ("settle"),
 * so that it never lands in the next step's figure.
 */
async function stepLoop(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  mode: StepMode,
  /** False when the caller traces the steps itself. */
  traceWorkers = true,
): Promise<StepFigures> {
  const main: number[] = [];
  const cpu: number[] = [];
  const settle: number[] = [];
  const settled: number[] = [];
  const frame: number[] = [];
  const steps = async () => {
    for (let i = 0; i < STEPS; i++) {
      const before = await mainMs(cdp);
      const r = await page.evaluate(async (m) => {
        const naive = window as unknown as { step: () => void; ready: () => boolean };
        const t0 = performance.now();
        if (m === "keyboard") {
          document.activeElement?.dispatchEvent(
            new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true, cancelable: true }),
          );
        } else if (m === "repaint") {
          window.__repaintMap?.();
        } else if (m === "direct") {
          const w = window.__conflictMap?.mapWindow();
          if (w) window.__setMapTimeWindow?.({ start: w.start - 1, end: w.end - 1 });
        } else naive.step();
        await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
        const frame = performance.now() - t0;
        for (let k = 0; k < 5000; k++) {
          if (m === "naive" ? naive.ready() : window.__conflictMap?.isReady()) break;
          await new Promise<void>((r) => requestAnimationFrame(() => r()));
        }
        return { frame, settled: performance.now() - t0 };
      }, mode);
      const after = await mainMs(cdp);
      main.push(after.task - before.task);
      cpu.push(after.cpu - before.cpu);
      settled.push(r.settled);
      frame.push(r.frame);
      if (mode === "naive") continue;
      await page.evaluate(async () => {
        await new Promise<void>((r) => setTimeout(r, 400));
        for (let k = 0; k < 5000; k++) {
          const hook = window.__conflictMap;
          if (hook?.isReady() && hook.clustersCurrent()) break;
          await new Promise<void>((r) => requestAnimationFrame(() => r()));
        }
      });
      settle.push((await mainMs(cdp)).cpu - after.cpu);
    }
  };
  let workerMs = NaN;
  if (traceWorkers) workerMs = (await traced(browser, page, steps)).workerMs;
  else await steps();
  return {
    main: stats(main),
    cpu: stats(cpu),
    settleCpu: stats(settle),
    workerMs: workerMs / STEPS,
    settled: stats(settled),
    frame: stats(frame),
  };
}

/** `run` (`count` steps of it) under the CPU profiler; prints the functions with the most self time per step. */
async function profiled(
  cdp: CDPSession,
  label: string,
  count: number,
  run: () => Promise<unknown>,
): Promise<void> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await run();
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const name = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop() ?? ""}:${f.lineNumber}:${f.columnNumber}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log(`\nCPU profile, ${count} ${label}: self ms per step`);
  for (const [name, ms] of top) console.log(`${(ms / count).toFixed(2).padStart(8)}  ${name}`);
}

interface TimedEvent extends TraceEvent {
  ts: number;
}

/**
 * `run` under a Chrome trace; prints, per step, the renderer main thread's busiest trace events by
 * self time (what the CPU profile shows as "(program)": style, layout, paint, GPU command flushes).
 */
async function mainThreadBreakdown(
  browser: Browser,
  page: Page,
  label: string,
  count: number,
  run: () => Promise<unknown>,
): Promise<void> {
  await browser.startTracing(page, {
    categories: [
      "devtools.timeline",
      "disabled-by-default-devtools.timeline",
      "toplevel",
      "blink",
      "gpu",
      "cc",
    ],
  });
  await run();
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString("utf8")) as { traceEvents: TimedEvent[] }).traceEvents;
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const main = events
    .filter((e) => e.ph === "X" && e.dur && names.get(`${e.pid}:${e.tid}`) === "CrRendererMain")
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of main) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (e.dur ?? 0) / 1000);
    self.set(e.name, (self.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name });
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`\nMain-thread trace, ${count} ${label}: self ms per step`);
  for (const [name, ms] of top) console.log(`${(ms / count).toFixed(2).padStart(8)}  ${name}`);
}

async function measurePan(page: Page, cdp: CDPSession): Promise<{ task: number[]; cpu: number[] }> {
  const box = await page.locator(".map-canvas, #map").first().boundingBox();
  if (!box) throw new Error("no map");
  const x = box.x + box.width * 0.5;
  const y = box.y + box.height * 0.5;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const out = { task: [] as number[], cpu: [] as number[] };
  for (let i = 1; i <= PAN_MOVES; i++) {
    const before = await mainMs(cdp);
    await page.mouse.move(x - i * 6, y - i * 3);
    await page.evaluate(twoFrames);
    const after = await mainMs(cdp);
    out.task.push(after.task - before.task);
    out.cpu.push(after.cpu - before.cpu);
  }
  await page.mouse.up();
  return out;
}

const appReady = () => window.__conflictMap?.isReady() === true;
const naiveReady = () => (window as unknown as { ready?: () => boolean }).ready?.() === true;

async function waitIdle(page: Page, test: () => boolean): Promise<void> {
  await page.waitForFunction(test, undefined, { timeout: 600_000, polling: "raf" });
}

async function benchApp(browser: Browser, baseUrl: string, file: string): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${baseUrl}/?w=week`);
  const ready = appReady;
  await waitIdle(page, ready);
  await page.getByText("Load incident set").click();
  const drawnBefore = await page.evaluate(() => window.__conflictMap?.dataDrawnAt() ?? 0);
  const loadSet = async () => {
    await page.getByLabel("Incident file").setInputFiles(file);
    await page.getByRole("status").filter({ hasText: "incidents added" }).waitFor({ timeout: 600_000 });
    await page.waitForFunction((b) => (window.__conflictMap?.dataDrawnAt() ?? 0) > b, drawnBefore, {
      timeout: 600_000,
    });
  };
  if (PROFILE) await profiled(cdp, "set load (to first draw)", 1, loadSet);
  else await loadSet();
  // (No named helpers inside page functions: tsx would wrap them in a helper the page lacks.)
  const load = await page.evaluate(() => ({
    start: performance.getEntriesByName("incident-set:start").at(-1)?.startTime ?? NaN,
    parsed: performance.getEntriesByName("incident-set:parsed").at(-1)?.startTime ?? NaN,
    stored: performance.getEntriesByName("incident-set:stored").at(-1)?.startTime ?? NaN,
    drawn: window.__conflictMap?.dataDrawnAt() ?? NaN,
  }));
  await waitIdle(page, ready);

  const slider = page.getByRole("slider", { name: /Selected day/ });
  await slider.focus();
  await page.evaluate(twoFrames);
  const timingsBefore = (await page.evaluate(() => window.__conflictMap?.filterTimings().length)) ?? 0;
  if (PROFILE) {
    await profiled(cdp, "keyboard steps", STEPS, () => stepLoop(browser, page, cdp, "keyboard"));
    await mainThreadBreakdown(browser, page, "keyboard steps", STEPS, () =>
      stepLoop(browser, page, cdp, "keyboard", false),
    );
    await mainThreadBreakdown(browser, page, "direct steps (map alone)", STEPS, () =>
      stepLoop(browser, page, cdp, "direct", false),
    );
  }
  const keyboard = await stepLoop(browser, page, cdp, "keyboard");
  const direct = await stepLoop(browser, page, cdp, "direct");
  const repaint = await stepLoop(browser, page, cdp, "repaint");
  const share = ((await page.evaluate(() => window.__conflictMap?.filterTimings())) ?? []).slice(
    timingsBefore,
  );
  if (PROFILE) await profiled(cdp, "pan moves", PAN_MOVES, () => measurePan(page, cdp));
  const pan = await measurePan(page, cdp);
  const m = await metrics(cdp);
  const mem = chromiumMemory();
  await page.close();
  return {
    firstDraw: load.drawn - load.start,
    firstDrawNote: `worker parse ${(load.parsed - load.start).toFixed(0)} ms, store ${(load.stored - load.parsed).toFixed(0)} ms, columns + upload + frame ${(load.drawn - load.stored).toFixed(0)} ms`,
    step: keyboard.main,
    stepCpu: keyboard.cpu,
    stepWorker: keyboard.workerMs,
    stepSettled: keyboard.settled,
    stepFrame: keyboard.frame,
    direct,
    repaint,
    mapShare: stats(share),
    pan: stats(pan.task),
    panCpu: stats(pan.cpu),
    heapMb: (m.JSHeapUsedSize ?? 0) / 2 ** 20,
    renderer: mem.renderer,
    gpu: mem.gpu,
  };
}

/** The naive page: every point in one GeoJSON source, the window in the layers' filter via global-state. */
const NAIVE_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/naive/maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style>
</head><body><div id="map"></div><script type="module">
import * as maplibregl from "/naive/maplibre-gl.mjs";
maplibregl.setWorkerUrl(new URL("/naive/maplibre-gl-worker.mjs", location.href).href);
const colors = ${JSON.stringify(EVENT_TYPES.map((e) => e.color))};
const inWindow = ["all", ["<=", ["get", "t0"], ["global-state", "tEnd"]], [">=", ["get", "t1"], ["global-state", "tStart"]]];
window.map = new maplibregl.Map({ container: "map", center: [40, 25], zoom: 2.5, style: {
  version: 8, state: { tStart: { default: 0 }, tEnd: { default: 0 } },
  sources: { incidents: { type: "geojson", data: { type: "FeatureCollection", features: [] } } },
  layers: [{ id: "bg", type: "background", paint: { "background-color": "#cfe0ea" } },
    { id: "incidents", type: "circle", source: "incidents", filter: inWindow,
      paint: { "circle-color": ["match", ["get", "type"], ${EVENT_TYPES.map((_, i) => `${i}, colors[${i}]`).join(", ")}, "#000"],
        "circle-radius": ["interpolate", ["linear"], ["get", "casualties"], 0, 6, 10, 8.5, 100, 12, 1000, 18],
        "circle-stroke-color": "#fff", "circle-stroke-width": 1.5 } }] } });
window.ready = () => map.loaded() && map.areTilesLoaded() && !map.isMoving();
window.loadSet = async () => {
  const buf = await (await fetch("/naive/set.bin")).arrayBuffer();
  const n = new Uint32Array(buf, 0, 1)[0];
  const f = new Float32Array(buf, 4, n * 2), t = new Int32Array(buf, 4 + n * 8, n * 2), c = new Uint32Array(buf, 4 + n * 16, n * 2);
  const features = new Array(n);
  for (let i = 0; i < n; i++) features[i] = { type: "Feature", geometry: { type: "Point", coordinates: [f[2 * i], f[2 * i + 1]] },
    properties: { t0: t[2 * i], t1: t[2 * i + 1], type: c[2 * i], casualties: c[2 * i + 1] } };
  window.lastDay = t[2 * (n - 1)];
  window.day = window.lastDay - 6;
  const start = performance.now();
  map.setGlobalStateProperty("tStart", window.day - 6);
  map.setGlobalStateProperty("tEnd", window.day);
  map.getSource("incidents").setData({ type: "FeatureCollection", features });
  await new Promise((r) => map.once("idle", r));
  return performance.now() - start;
};
window.step = () => { window.day -= 1; map.setGlobalStateProperty("tStart", window.day - 6); map.setGlobalStateProperty("tEnd", window.day); };
</script></body></html>`;

function naiveBinary(set: IncidentSet): Buffer {
  const n = set.length;
  const out = Buffer.alloc(4 + n * 24);
  out.writeUInt32LE(n, 0);
  const f = new Float32Array(out.buffer, out.byteOffset + 4, n * 2);
  const t = new Int32Array(out.buffer, out.byteOffset + 4 + n * 8, n * 2);
  const c = new Uint32Array(out.buffer, out.byteOffset + 4 + n * 16, n * 2);
  for (let i = 0; i < n; i++) {
    f[2 * i] = set.lon[i] as number;
    f[2 * i + 1] = set.lat[i] as number;
    t[2 * i] = set.t0[i] as number;
    t[2 * i + 1] = set.t1[i] as number;
    c[2 * i] = set.type[i] as number;
    c[2 * i + 1] = Math.max(0, set.killed[i] as number) + Math.max(0, set.wounded[i] as number);
  }
  return out;
}

async function benchNaive(browser: Browser, baseUrl: string, binary: Buffer): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const dist = "node_modules/maplibre-gl/dist";
  await page.route(`${baseUrl}/naive/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace("/naive/", "");
    if (path === "index.html") return route.fulfill({ body: NAIVE_PAGE, contentType: "text/html" });
    if (path === "set.bin") return route.fulfill({ body: binary, contentType: "application/octet-stream" });
    return route.fulfill({
      body: readFileSync(join(dist, path)),
      contentType: path.endsWith(".css") ? "text/css" : "text/javascript",
    });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${baseUrl}/naive/index.html`);
  await waitIdle(page, naiveReady);
  const firstDraw = await page.evaluate(() =>
    (window as unknown as { loadSet: () => Promise<number> }).loadSet(),
  );
  await waitIdle(page, naiveReady);
  const naive = await stepLoop(browser, page, cdp, "naive");
  const pan = await measurePan(page, cdp);
  const m = await metrics(cdp);
  const mem = chromiumMemory();
  await page.close();
  return {
    firstDraw,
    firstDrawNote: "setData to first idle (GeoJSON built in the page beforehand)",
    step: naive.main,
    stepCpu: naive.cpu,
    stepWorker: naive.workerMs,
    stepSettled: naive.settled,
    stepFrame: naive.frame,
    pan: stats(pan.task),
    panCpu: stats(pan.cpu),
    heapMb: (m.JSHeapUsedSize ?? 0) / 2 ** 20,
    renderer: mem.renderer,
    gpu: mem.gpu,
  };
}

async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T | string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await run(browser);
  } catch (err) {
    return `failed: ${String(err).split("\n")[0]}`;
  } finally {
    await browser.close();
  }
}

// ---------- first visit ----------

interface Transfer {
  path: string;
  /** Bytes on the wire from the preview server (which does not compress). */
  encoded: number;
  /** The body compressed as a static host would send it. */
  gzip: number;
  brotli: number;
  /** Requested once the seed markers were drawn (not part of the first view's budget). */
  deferred: boolean;
}

/** The basemap's own data (owned by the basemap work): reported apart so the budget shows with and without it. */
const BASEMAP_DATA = /countries-\d+m|land-\d+m|borders/;

/**
 * A first visit with an empty cache: every response the page receives until the seed markers are
 * drawn (the map ready, the first frame with the incidents drawn), with its compressed size
 * (gzip -9 and brotli of the body, read from dist/ by path) and the body size the preview server
 * sent (it gzips some types).
 */
async function firstVisit(
  browser: Browser,
  baseUrl: string,
): Promise<{ transfers: Transfer[]; drawnToDeferredMs: number; loadToDeferredMs: number }> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  // Every request of the page and its workers (a file the HTTP cache serves twice counts once).
  const sizes = new Map<string, Promise<number>>();
  const requestedAt = new Map<string, number>();
  let counting = true;
  let inFlight = 0;
  let lastActivity = Date.now();
  context.on("request", (request) => {
    if (!requestedAt.has(request.url())) requestedAt.set(request.url(), Date.now());
    inFlight++;
    lastActivity = Date.now();
  });
  context.on("requestfailed", () => {
    inFlight--;
    lastActivity = Date.now();
  });
  context.on("requestfinished", (request) => {
    inFlight--;
    lastActivity = Date.now();
    if (counting && !sizes.has(request.url()))
      sizes.set(
        request.url(),
        request.sizes().then(
          (s) => s.responseBodySize,
          () => 0,
        ),
      );
  });
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(
    () => (window.__conflictMap?.dataDrawnAt() ?? 0) > 0 && window.__conflictMap?.isReady() === true,
    undefined,
    { timeout: 300_000, polling: 100 },
  );
  // The basemap may arrive after the markers: the first view is complete once the network is quiet.
  await page
    .waitForFunction(() => performance.getEntriesByName("first-view:deferred").length > 0, undefined, {
      timeout: 15_000,
    })
    .catch(() => {});
  while (inFlight > 0 || Date.now() - lastActivity < 1500) await page.waitForTimeout(100);
  // Epoch milliseconds of the first frame with the seed markers and of the deferred parts' start.
  const marks = await page.evaluate(() => ({
    load:
      performance.timeOrigin +
      (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart,
    drawn: performance.timeOrigin + (window.__conflictMap?.dataDrawnAt() ?? 0),
    deferred:
      performance.timeOrigin +
      (performance.getEntriesByName("first-view:deferred").at(-1)?.startTime ?? Infinity),
  }));
  counting = false;
  const encoded = new Map<string, number>();
  for (const [url, size] of sizes) encoded.set(url, await size);
  await context.close();
  const out: Transfer[] = [];
  for (const [url, size] of encoded) {
    const u = new URL(url);
    if (u.origin !== new URL(baseUrl).origin) continue;
    const path = u.pathname === "/" ? "/index.html" : decodeURIComponent(u.pathname);
    let body: Buffer;
    try {
      body = readFileSync(join(DIST, path));
    } catch {
      continue;
    }
    out.push({
      path,
      encoded: size,
      deferred: (requestedAt.get(url) ?? 0) >= marks.drawn,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body).length,
    });
  }
  return {
    transfers: out.sort((a, b) => b.gzip - a.gzip),
    drawnToDeferredMs: marks.deferred - marks.drawn,
    loadToDeferredMs: marks.deferred - marks.load,
  };
}

function reportFirstVisit({
  transfers,
  drawnToDeferredMs,
  loadToDeferredMs,
}: Awaited<ReturnType<typeof firstVisit>>): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const sum = (list: Transfer[], k: "encoded" | "gzip" | "brotli") => list.reduce((t, x) => t + x[k], 0);
  const both = (list: Transfer[]) => `${kb(sum(list, "gzip"))} gzip / ${kb(sum(list, "brotli"))} brotli`;
  const first = transfers.filter((t) => !t.deferred);
  const later = transfers.filter((t) => t.deferred);
  const basemap = first.filter((t) => BASEMAP_DATA.test(t.path));
  const rest = first.filter((t) => !BASEMAP_DATA.test(t.path));
  const name = (path: string) => path.replace(/-[\w-]{8}(?=\.\w+$)/, "");
  return [
    "Empty cache; every file the page and its workers fetch until the seed markers are drawn and the network is quiet, compressed from dist/ (gzip -9, brotli).",
    `The first view is what is requested before the first frame with the seed markers (the page's deferred parts started ${f0(drawnToDeferredMs)} ms after that frame, ${f0(loadToDeferredMs)} ms after the load event: mark "first-view:deferred"). Target: at most 600 KB compressed.`,
    "",
    `- first view: ${first.length} files, **${both(first)}**`,
    `- of which the basemap's country data (${basemap.map((b) => name(b.path).split("/").pop()).join(", ") || "none"}): ${both(basemap)}; without it: **${both(rest)}**`,
    `- after the seed markers were drawn: ${later.length} files, ${both(later)}`,
    "",
    "| file | gzip -9 | brotli | body as vite preview sent it | |",
    "|---|---|---|---|---|",
    ...transfers.map(
      (t) =>
        `| ${name(t.path)} | ${kb(t.gzip)} | ${kb(t.brotli)} | ${kb(t.encoded)} | ${t.deferred ? "after" : "first view"} |`,
    ),
  ];
}

// ---------- run ----------

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");

function rows(label: string, r: Figures | string): string[] {
  if (typeof r === "string") return [`| ${label} | ${r} | | | | | | |`];
  return [
    `| ${label} | ${f0(r.firstDraw)} ms | ${f1(r.step.median)} / ${f1(r.step.p95)} ms | ${f1(r.stepWorker)} ms | ${f0(r.stepFrame.median)} / ${f0(r.stepSettled.median)} ms | ${f1(r.pan.median)} / ${f1(r.pan.p95)} ms | ${f0(r.heapMb)} MB | ${f0(r.renderer)} + ${f0(r.gpu)} MB |`,
  ];
}

const lines: string[] = [];
const say = (s: string) => {
  lines.push(s);
  console.log(s);
};

const dir = mkdtempSync(join(tmpdir(), "bench-map-"));
const server = await preview({
  build: { outDir: DIST },
  preview: { host: "127.0.0.1", port: 4181, strictPort: false },
  logLevel: "warn",
});
const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "http://127.0.0.1:4181";
try {
  say("# The map at scale: benchmark");
  say("");
  say(
    "`npx vite build && npx tsx scripts/bench-map.ts` (`npm run bench:map`); printed by the script, figures from one run.",
  );
  say(
    `Headless Chromium, software WebGL (SwiftShader), ${STEPS} slider steps (week window), ${PAN_MOVES} drag moves.`,
  );
  say(
    `Load average at the start (1/5/15 min): ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} on ${cpus().length} cores — the machine is shared; compare rows of one run, not runs.`,
  );
  say(
    "Main-thread and worker figures are CPU time (CDP TaskDuration; a Chrome trace for workers). Wall times (two frames, until idle)",
  );
  say(
    "are software-rendered frames on a shared 2-core machine: they show the naive page's worker re-tiling, little else.",
  );
  say(
    "The app draws its whole basemap (countries, borders, city and country labels) in every frame; the naive page only a background, so its pan and frame figures are the lighter ones.",
  );
  say(
    "Rows: the app with a keyboard step of the slider (the whole page reacts: list, histogram, URL), the app's map alone (its imperative time channel), one frame of the app's map with nothing changed (the floor), and the naive page.",
  );
  say("");
  say(
    "| run | first draw | step main median / p95 | step worker | step: 2 frames / until idle (wall, median) | pan move main median / p95 | JS heap | renderer + GPU PSS |",
  );
  say("|---|---|---|---|---|---|---|---|");
  const notes: string[] = [];
  for (const size of FIRST_VISIT_ONLY ? [] : SIZES) {
    const set = syntheticSet(size);
    const file = join(dir, `synthetic-${size}.cmis`);
    writeFileSync(file, encodeIncidentSet(set));
    const app = await withBrowser((b) => benchApp(b, baseUrl, file));
    for (const line of rows(`app, ${size.toLocaleString("en")} (slider key: whole page)`, app)) say(line);
    if (typeof app !== "string" && app.direct) {
      const d = app.direct;
      say(
        `| app, ${size.toLocaleString("en")} (setMapTimeWindow: map alone) | | ${f1(d.main.median)} / ${f1(d.main.p95)} ms | ${f1(d.workerMs)} ms | ${f0(d.frame.median)} / ${f0(d.settled.median)} ms | | | |`,
      );
    }
    if (typeof app !== "string" && app.repaint) {
      const r = app.repaint;
      say(
        `| app, ${size.toLocaleString("en")} (a map frame, nothing changed) | | ${f1(r.main.median)} / ${f1(r.main.p95)} ms | ${f1(r.workerMs)} ms | ${f0(r.frame.median)} / ${f0(r.settled.median)} ms | | | |`,
      );
    }
    if (typeof app !== "string") {
      notes.push(
        `- app ${size.toLocaleString("en")}: first draw = ${app.firstDrawNote}; the map's own share of a step (uniforms + lit countries) median ${app.mapShare?.median.toFixed(2)} / p95 ${app.mapShare?.p95.toFixed(2)} ms; main-thread CPU (ThreadTime, median / p95): slider key ${f1(app.stepCpu.median)} / ${f1(app.stepCpu.p95)} ms, map alone ${f1(app.direct?.cpu.median ?? NaN)} / ${f1(app.direct?.cpu.p95 ?? NaN)} ms (then, once still: ${f1(app.direct?.settleCpu.median ?? NaN)} / ${f1(app.direct?.settleCpu.p95 ?? NaN)} ms), one frame of the map with nothing changed (the floor under any step: MapLibre draws the whole basemap in every frame) ${f1(app.repaint?.cpu.median ?? NaN)} / ${f1(app.repaint?.cpu.p95 ?? NaN)} ms, pan move ${f1(app.panCpu.median)} / ${f1(app.panCpu.p95)} ms.`,
      );
    }
    if (PROFILE || APP_ONLY) continue;
    const naive = await withBrowser((b) => benchNaive(b, baseUrl, naiveBinary(set)));
    for (const line of rows(`naive GeoJSON + global-state, ${size.toLocaleString("en")}`, naive)) say(line);
    if (typeof naive !== "string" && typeof app !== "string") {
      notes.push(
        `- ${size.toLocaleString("en")}: naive ÷ app's map alone — step main ${(naive.step.median / (app.direct?.main.median ?? NaN)).toFixed(1)}× (median), ${(naive.step.p95 / (app.direct?.main.p95 ?? NaN)).toFixed(1)}× (p95); step worker ${f1(naive.stepWorker)} vs ${f1(app.direct?.workerMs ?? NaN)} ms; first draw ${(naive.firstDraw / app.firstDraw).toFixed(1)}×.`,
      );
    }
  }
  say("");
  for (const n of notes) say(n);
  const visit = await withBrowser((b) => firstVisit(b, baseUrl));
  say("");
  say(
    `Load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}.`,
  );
  say("");
  say("## First visit");
  say("");
  if (typeof visit === "string") say(visit);
  else for (const line of reportFirstVisit(visit)) say(line);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(OUT, `${lines.join("\n")}\n`);
// Formatted as the repository's lint expects.
execFileSync(process.execPath, ["node_modules/prettier/bin/prettier.cjs", "--write", OUT], {
  stdio: "ignore",
});
console.log(`\nwrote ${OUT}`);
