/**
 * Shared by the screenshot and benchmark scripts: serves the built app (dist/) with `vite preview`
 * on a free local port and opens it in the system Chromium (never a downloaded browser).
 */
import { chromium, type Browser, type Page } from "@playwright/test";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

export async function withBuiltApp<T>(run: (page: Page, baseUrl: string) => Promise<T>): Promise<T> {
  const server = await preview({
    preview: { host: "127.0.0.1", port: 4180, strictPort: false },
    logLevel: "warn",
  });
  const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "http://127.0.0.1:4180";
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    return await run(page, baseUrl);
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Waits for the map's test hook to say the map is loaded and still (see src/app/map/mapTestHook.ts). */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__conflictMap?.isReady() === true, undefined, { timeout: 60_000 });
}

/** One top-level task of the page's main thread: wall time and the thread's CPU time in it (ms). */
export type MainThreadTask = { start: number; wall: number; cpu: number };

type TraceEvent = {
  ph: string;
  name: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

/**
 * Runs `run` under a Chromium trace ("toplevel" only, which costs little) and returns the renderer main
 * thread's top-level tasks over `overMs` of wall time or of CPU time, start in ms from the trace's
 * first task. CPU time (the trace's thread duration) is what the task itself cost: on a loaded
 * machine the wall time also counts the time the thread waited for a core, so a task can be "long"
 * only because other processes ran.
 */
export async function traceMainThreadTasks<T>(
  page: Page,
  overMs: number,
  run: () => Promise<T>,
): Promise<{ result: T; tasks: MainThreadTask[]; cpuTotal: number }> {
  const browser = page.context().browser();
  if (!browser) throw new Error("tracing needs a launched browser");
  await browser.startTracing(page, { categories: ["toplevel"] });
  const result = await run();
  const events = (JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  // The outermost run-loop tasks of the main thread (a nested run loop's tasks are inside them).
  const top = events
    .filter(
      (e) =>
        e.ph === "X" &&
        e.dur !== undefined &&
        /RunTask/.test(e.name) &&
        names.get(`${e.pid}:${e.tid}`) === "CrRendererMain",
    )
    .sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of top) {
    if (e.ts < end) continue;
    outer.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  const t0 = outer[0]?.ts ?? 0;
  const all = outer.map((e) => ({
    start: (e.ts - t0) / 1000,
    wall: (e.dur ?? 0) / 1000,
    cpu: (e.tdur ?? e.dur ?? 0) / 1000,
  }));
  return {
    result,
    tasks: all.filter((t) => t.wall > overMs || t.cpu > overMs),
    cpuTotal: all.reduce((s, t) => s + t.cpu, 0),
  };
}
