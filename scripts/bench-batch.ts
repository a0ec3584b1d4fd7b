/**
 * A 1,000-article batch through the page, as a user adds it (one .jsonl file picked in "Add
 * articles"), in the built app in Chromium. Prints figures and writes docs/bench-batch.md; asserts nothing.
 * Usage: npx vite build && npm run -s bench:batch [-- --articles 1000] [--out docs/bench-batch.md]
 *        [--tasks] (every long task and the longest scripts) [--profile [--profile-out file.json]]
 *
 *   time        from picking the file until the batch reports "Finished"
 *   first       until the first incident is in the list (incidents appear as articles finish)
 *   long tasks  main-thread tasks over 50 ms while the batch ran (PerformanceObserver "longtask"),
 *               their count and the longest; "none" means every task stayed under 50 ms
 *   reload      after a reload, the time until the stored articles' incidents are back
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { traceMainThreadTasks, withBuiltApp, waitForMap } from "./browser";
import { buildIncidents } from "../src/app/workbench/buildIncidents";
import { loadGazetteerFromDisk } from "../src/gazetteer/loadFromDisk";
import type { ArticleInput } from "../src/pipeline/contract";
import { extractArticle } from "../src/pipeline/extract";

const argAt = process.argv.indexOf("--articles");
const COUNT = argAt > 0 ? Number(process.argv[argAt + 1]) : 1000;
const outAt = process.argv.indexOf("--out");
/** Where the figures are written (elsewhere than docs/ for a run that is not the reference one). */
const OUT = outAt > 0 ? (process.argv[outAt + 1] as string) : "docs/bench-batch.md";

/** Places and event sentences to vary the articles (not the seeds' places). */
const PLACES = [
  ["Mopti", "Mali"],
  ["Goma", "Democratic Republic of Congo"],
  ["Kharkiv", "Ukraine"],
  ["Kherson", "Ukraine"],
  ["Maiduguri", "Nigeria"],
  ["Mogadishu", "Somalia"],
  ["Bunia", "Democratic Republic of Congo"],
  ["El Fasher", "Sudan"],
  ["Kandahar", "Afghanistan"],
  ["Marawi", "Philippines"],
  ["Timbuktu", "Mali"],
  ["Beni", "Democratic Republic of Congo"],
  ["Zaporizhzhia", "Ukraine"],
  ["Nyala", "Sudan"],
  ["Kismayo", "Somalia"],
];
const EVENTS = [
  (p: string, c: string, d: string, n: number) =>
    `Artillery shells hit ${p}, ${c} on ${d}, killing ${n} civilians, local officials said.`,
  (p: string, c: string, d: string, n: number) =>
    `Gunmen attacked a market in ${p}, ${c} on ${d}, killing at least ${n} people, witnesses said.`,
  (p: string, c: string, d: string, n: number) =>
    `An air strike on ${p}, ${c} on ${d} killed ${n} people, a hospital director said.`,
];
/** The same command before the incremental build (commit 17b6147), for comparison. */
const BEFORE =
  `\n\nBefore the store updates ran a task each (commit bf1d4ce, same command, 2026-12-02, runs alternated\n` +
  `with three of the change at load 8-12): 15.1 and 11.8 s; 5 and 2 main-thread tasks over 50 ms of CPU\n` +
  `(longest 113 and 103 ms), each one animation frame running 2-6 store updates with their renders: the\n` +
  `end-of-batch drain and every leftover's re-queued update each added a frame callback, so the updates\n` +
  `multiplied; tasks over 50 ms of wall time 16 and 12. The change in the same runs: 13.5, 12.5, 8.7 s; no\n` +
  `task over 50 ms of CPU (longest 47, 36, 32 ms); over 50 ms of wall time 14, 12, 4 (all waits for a core).\n` +
  `\n\nBefore the journal and the chunked writes (commit c27a0f0, same command, 2026-12-01, load 13.1 → 20.9):\n` +
  `35.8 s, 22 main-thread tasks over 50 ms (longest 1315 ms), store updates median 19.3 ms, longest\n` +
  `255.0 ms; the longest scripts were the batched store update (725 ms) and MapLibre's render loop\n` +
  `(703 ms); after a reload, page ready in 23.6 s. That run's waits used role locators, whose polling\n` +
  `ran on the page's main thread (in its CPU profile, about 420 ms of the main thread's 3.2 s).\n` +
  `\n\nBefore the incremental build (commit 17b6147, same command): on a quiet machine 9.0 s, 17 main-thread\n` +
  `tasks over 50 ms (longest 358 ms), store updates median 19.7 ms, longest 47.9 ms; on the loaded machine of\n` +
  `this run's day (load average about 13) 17.5 s, 14 tasks (longest 484 ms), store updates median 32.3 ms,\n` +
  `longest 153.0 ms; in the CPU profile of that run, building the incidents was 313 ms of the updates' 505 ms.\n`;
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function articles(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const [place, country] = PLACES[i % PLACES.length] as [string, string];
    const day = DAYS[i % DAYS.length] as string;
    const event = EVENTS[i % EVENTS.length] as (typeof EVENTS)[number];
    const month = String(1 + (i % 12)).padStart(2, "0");
    const text = [
      event(place, country, day, 2 + (i % 17)),
      `Residents said the fighting around ${place} had forced hundreds of families to flee in recent weeks.`,
      `Aid groups called for access to the area. This is report number ${i} of the batch.`,
    ].join(" ");
    lines.push(
      JSON.stringify({
        id: `bench-${i}`,
        title: `Report ${i} from ${place}`,
        published: `2023-${month}-15`,
        text,
      }),
    );
  }
  return lines.join("\n");
}

/**
 * The store update's own work, in Node and in CPU time (so the machine's load does not blur it): the
 * incidents of COUNT extracted articles built as the page builds them during a batch, 40 articles an
 * update, incrementally (what the page does) and from scratch each update (what it did before).
 */
function storeUpdateCpu(): string[] {
  const gazetteer = loadGazetteerFromDisk();
  const results = articles(COUNT)
    .split("\n")
    .map((line) => extractArticle(JSON.parse(line) as ArticleInput, gazetteer));
  const cpuMs = (run: () => void) => {
    const t = process.cpuUsage();
    run();
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1000;
  };
  const updates = (fresh: boolean) => {
    const times: number[] = [];
    const decisions: never[] = [];
    let corrections: never[] = [];
    for (let n = 40; n < COUNT + 40; n += 40) {
      // A new corrections array makes buildIncidents start over: the old, non-incremental cost.
      if (fresh) corrections = [];
      const now = results.slice(0, Math.min(n, COUNT));
      times.push(cpuMs(() => buildIncidents(now, corrections, decisions)));
    }
    return times;
  };
  updates(false); // warm the JIT
  const describe = (name: string, times: number[]) =>
    `${name}: ${times.reduce((a, b) => a + b, 0).toFixed(0)} ms CPU over ${times.length} updates, ` +
    `last ${times[times.length - 1]?.toFixed(1)} ms, longest ${Math.max(...times).toFixed(1)} ms`;
  return [
    describe("building the incidents incrementally (the page now)", updates(false)),
    describe("building them from scratch every update (before)", updates(true)),
  ];
}

const loadAtStart = loadavg()
  .map((x) => x.toFixed(1))
  .join(" / ");
const cpuFigures = process.argv.includes("--no-node") ? [] : storeUpdateCpu();
for (const f of cpuFigures) console.log(f);
if (process.argv.includes("--node-only")) process.exit(0);

await withBuiltApp(async (page, baseUrl) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    // Long animation frames say which script ran (Chromium's LoAF API): ours, or MapLibre's rendering.
    const l = window as unknown as { __frames: unknown[] };
    l.__frames = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          renderStart: number;
          scripts: { invoker: string; sourceURL: string; sourceFunctionName: string; duration: number }[];
        })[])
          l.__frames.push({
            start: e.startTime,
            duration: e.duration,
            render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
            scripts: e.scripts.map((x) => ({
              what: `${x.invoker} ${x.sourceFunctionName} ${x.sourceURL.split("/").pop()}`,
              duration: x.duration,
            })),
          });
      }).observe({ type: "long-animation-frame", buffered: true });
    } catch {
      // Not supported: the long tasks alone are reported.
    }
  });
  await page.goto(`${baseUrl}/?w=all`);
  await waitForMap(page);
  // The same reload with no stored article, as the baseline of the reload figure below.
  const e0 = Date.now();
  await page.reload();
  await waitForMap(page);
  await page.getByRole("heading", { name: /^Incidents/ }).waitFor();
  const emptyReloadMs = Date.now() - e0;
  await page.getByText("Add articles", { exact: true }).click();
  // The page's own start (the map's shaders, basemap files) is not the batch: wait until the main
  // thread has had no long task for 2 s (at most 30 s) before adding the file.
  const quietMs = await page.evaluate(async () => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    const from = performance.now();
    for (;;) {
      const last = w.__longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
      const now = performance.now();
      if (now - Math.max(last, from) >= 2000 || now - from > 30_000) return now - from;
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  // Picked from disk, as a user picks it: given as a buffer, Playwright would decode it in the page's
  // main thread (base64 to a File, in the task that picks it), which is the bench's cost, not the page's.
  const dir = mkdtempSync(join(tmpdir(), "bench-batch-"));
  const file = join(dir, "batch.jsonl");
  writeFileSync(file, articles(COUNT));
  const profiling = process.argv.includes("--profile");
  const cdp = profiling ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
    await cdp.send("Profiler.start");
  }
  const traced = await traceMainThreadTasks(page, 50, async () => {
    const t0 = await page.evaluate(() => performance.now());
    await page.getByLabel(/Or add files/).setInputFiles(file);
    // Waited for with plain selectors polled every 250 ms: Playwright's role locators poll by computing
    // the accessibility tree of the whole page on its main thread, which would be counted as the page's
    // own long tasks.
    const first = page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('[aria-label="Incidents"] li')].some((li) =>
            /Report \d+ from|Mopti|Goma|Kharkiv/.test(li.textContent ?? ""),
          ),
        undefined,
        { polling: 250, timeout: 600_000 },
      )
      .then(() => page.evaluate(() => performance.now()));
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.startsWith("Finished")),
      undefined,
      { polling: 250, timeout: 1_800_000 },
    );
    const t1 = await page.evaluate(() => performance.now());
    return { t0, t1, first };
  });
  const { t0, t1, first } = traced.result;
  rmSync(dir, { recursive: true, force: true });
  if (cdp) {
    const { profile } = await cdp.send("Profiler.stop");
    const outAt = process.argv.indexOf("--profile-out");
    if (outAt > 0) writeFileSync(process.argv[outAt + 1] as string, JSON.stringify(profile));
    // Self time per function (samples x interval), the top 15: where the main thread went.
    const self = new Map<string, number>();
    const counts = new Map<number, number>();
    for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const node of profile.nodes) {
      const f = node.callFrame;
      const name = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber}:${f.columnNumber}`;
      self.set(name, (self.get(name) ?? 0) + (counts.get(node.id) ?? 0));
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
    for (const [name, n] of top) console.log(`profile: ${n} ms ${name}`);
    // Inclusive time per function name (a function counted once per stack), the top 30: what called what.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    const inclusive = new Map<string, number>();
    for (const [id, n] of counts) {
      const names = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const f = byId.get(at)?.callFrame;
        if (f?.functionName) names.add(f.functionName);
      }
      for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + n);
    }
    const topIncl = [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40);
    for (const [name, n] of topIncl) console.log(`inclusive: ${n} ms ${name}`);
  }
  const tFirst = await first;
  const status = await page
    .getByRole("status")
    .filter({ hasText: /^Finished/ })
    .innerText();
  const tasks = await page.evaluate(
    ([from, to]) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
        (t) => t.start >= (from as number) && t.start <= (to as number),
      ),
    [t0, t1],
  );
  const heading = await page.getByRole("heading", { name: /^Incidents/ }).innerText();
  type Frame = {
    start: number;
    duration: number;
    render: number;
    scripts: { what: string; duration: number }[];
  };
  const frames = (await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames)).filter(
    (f) => f.start >= t0 && f.start <= t1,
  );
  const scripts = frames.flatMap((f) => f.scripts).sort((a, b) => b.duration - a.duration);
  const longestRender = frames.reduce((m, f) => Math.max(m, f.render), 0);
  const flushes = (
    await page.evaluate(() =>
      performance
        .getEntriesByName("workbench:flush")
        .map((e) => ({ start: e.startTime, duration: e.duration })),
    )
  )
    .map((f) => f.duration)
    .sort((a, b) => a - b);
  const flushMedian = flushes[Math.floor(flushes.length / 2)] ?? 0;
  const flushMax = flushes[flushes.length - 1] ?? 0;

  if (cdp) await cdp.send("Profiler.start");
  const r0 = Date.now();
  await page.reload();
  await waitForMap(page);
  await page.getByRole("heading", { name: /^Incidents/ }).waitFor();
  if (cdp) {
    // The reload's CPU profile, for reading offline (the same format as the batch's).
    const { profile } = await cdp.send("Profiler.stop");
    const outAt = process.argv.indexOf("--profile-out");
    if (outAt > 0) writeFileSync(`${process.argv[outAt + 1] as string}.reload.json`, JSON.stringify(profile));
  }
  // The stored articles come back after the map and the heading: wait for all of them (at most 60 s),
  // so that the figure is the time until the page has the batch again, not until it has drawn.
  const storedBack = await page
    .waitForFunction(
      (n) => [...document.querySelectorAll("summary")].some((e) => e.textContent === `Your articles (${n})`),
      COUNT,
      { polling: 250, timeout: 60_000 },
    )
    .then(
      () => true,
      () => false,
    );
  const reloadMs = Date.now() - r0;
  const stored = await page.getByText(/^Your articles \(\d+\)/).innerText();

  const cpuLong = traced.tasks.filter((t) => t.cpu > 50);
  const wallLong = traced.tasks.filter((t) => t.wall > 50);
  const cpuLongest = traced.tasks.reduce((m, t) => (t.cpu > m.cpu ? t : m), { start: 0, wall: 0, cpu: 0 });
  const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  const sorted = tasks.map((t) => t.duration).sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
  const figures = [
    `load average (1 / 5 / 15 min) at the start: ${loadAtStart}; at the end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" / ")}`,
    `articles: ${COUNT} (one .jsonl file), added once the page had been quiet for 2 s (waited ${(quietMs / 1000).toFixed(1)} s)`,
    `batch: ${status.replace(/\s+/g, " ")}`,
    `time: ${((t1 - t0) / 1000).toFixed(1)} s (${((t1 - t0) / COUNT).toFixed(1)} ms an article)`,
    `first incident listed after: ${((tFirst - t0) / 1000).toFixed(1)} s`,
    `main-thread tasks over 50 ms during the batch: ${tasks.length}` +
      (tasks.length
        ? `, longest ${longest.toFixed(0)} ms, median of those ${median?.toFixed(0)} ms`
        : " (none)"),
    `main-thread tasks over 50 ms of CPU time (Chromium trace, the thread's own time in the task): ${cpuLong.length}` +
      (cpuLong.length
        ? `, longest ${cpuLongest.cpu.toFixed(0)} ms CPU (${cpuLongest.wall.toFixed(0)} ms wall)`
        : ` (none; the longest: ${cpuLongest.cpu.toFixed(0)} ms CPU)`) +
      `; tasks over 50 ms of wall time in the trace: ${wallLong.length}, of which under 50 ms of CPU: ${wallLong.filter((t) => t.cpu <= 50).length}; ` +
      `main-thread CPU during the batch: ${(traced.cpuTotal / 1000).toFixed(2)} s`,
    `long animation frames (over 50 ms) during the batch: ${frames.length}; longest script in them: ` +
      (scripts[0] ? `${scripts[0].duration.toFixed(0)} ms (${scripts[0].what.trim()})` : "none") +
      `; longest rendering part of a frame (style, layout, paint, the map's WebGL): ${longestRender.toFixed(0)} ms`,
    `store updates (batched): ${flushes.length}, median ${flushMedian.toFixed(1)} ms, longest ${flushMax.toFixed(1)} ms (store, selectors, storage write)`,
    `incidents heading after: ${heading.replace(/\s+/g, " ")}`,
    `after a reload: ${stored}, ${storedBack ? "all back" : "not all back after 60 s"}, page ready in ${(reloadMs / 1000).toFixed(1)} s (with no stored article, in the same run: ${(emptyReloadMs / 1000).toFixed(1)} s)`,
  ];
  for (const f of figures) console.log(f);
  if (process.argv.includes("--tasks")) {
    for (const x of scripts.slice(0, 10)) console.log(`script: ${x.duration.toFixed(0)} ms ${x.what}`);
  }
  if (process.argv.includes("--tasks")) {
    console.log(
      tasks.map((t) => `${((t.start - t0) / 1000).toFixed(1)}s:${t.duration.toFixed(0)}ms`).join(" "),
    );
    console.log(
      "traced (wall/CPU): " +
        traced.tasks
          .map((t) => `${(t.start / 1000).toFixed(1)}s:${t.wall.toFixed(0)}/${t.cpu.toFixed(0)}ms`)
          .join(" "),
    );
  }
  const date = new Date().toISOString().slice(0, 10);
  const doc =
    `# A 1,000-article batch in the page\n\n` +
    `\`npx vite build && npm run -s bench:batch\` (scripts/bench-batch.ts) adds ${COUNT} generated articles as one\n` +
    `.jsonl file through "Add articles" in the built app in Chromium (software WebGL), and watches the main\n` +
    `thread with a PerformanceObserver for "longtask" entries (tasks over 50 ms) while the batch runs.\n` +
    `Figures of one run on ${date}, on a shared 2-core machine (other jobs running: read ratios, not absolutes):\n\n` +
    figures.map((f) => `- ${f}`).join("\n") +
    (cpuFigures.length
      ? `\n\nThe store update's own work, in Node (CPU time, 40 articles an update, the same articles):\n\n` +
        cpuFigures.map((f) => `- ${f}`).join("\n")
      : "") +
    `\n\nThe longest scripts in long animation frames (invoker, function, file):\n\n` +
    scripts
      .slice(0, 8)
      .map((x) => `- ${x.duration.toFixed(0)} ms: ${x.what.trim()}`)
      .join("\n") +
    `\n\nReading them: \`flush\` (or its minified name) is the page's batched store update; the unnamed\n` +
    `FrameRequestCallback frames are MapLibre's render loop (software WebGL here: shader linking the first\n` +
    `time a layer draws, label glyphs), which runs whenever the map redraws; \`Response.arrayBuffer.then\` is a\n` +
    `file MapLibre fetched being decoded. Long tasks are wall time: on a loaded machine every task is\n` +
    `stretched by the other processes, so the CPU figures are the ones to compare: the trace's CPU time\n` +
    `of a task is the main thread's own work in it; a task long in wall time and short in CPU time either\n` +
    `waited for a core or waited on the GPU process (a synchronous WebGL call such as linking a shader).\n` +
    `\n\nHow the page stays responsive: the pipeline runs in a worker, one article a request; the page batches\n` +
    `its store updates (one store notification each, at most 40 articles, every 250 ms at first, up to\n` +
    `every 1 s as the batch grows, so the updates' total cost stays linear; each update is a task of its own,\n` +
    `never an animation-frame callback, and a backlog is stored 40 articles a task at once:\n` +
    `src/app/ingest/flushScheduler.ts) and\n` +
    `yields between files and between 32 kB chunks of a JSONL file. Each update merges only the new\n` +
    `articles' reports into the merge index (src/reports/mergeReports.ts), so its own cost does not grow\n` +
    `with the articles already there; the "already added" check is two hash lookups; the storage write\n` +
    `is journaled (the articles' texts, in localStorage) and then written to IndexedDB 10 articles a\n` +
    `transaction, a task each, behind the update; the per-file list renders only the rows in view, and\n` +
    `the reader's article rows out of view are neither laid out nor painted (content-visibility). The\n` +
    `bench waits for the page with plain selectors polled every 250 ms (role locators would compute the\n` +
    `page's accessibility tree on its main thread and be counted as its long tasks).\n` +
    BEFORE;
  const config = (await resolveConfig("docs/bench-batch.md")) ?? {};
  writeFileSync(OUT, await format(doc, { ...config, parser: "markdown" }));
  console.log(`wrote ${OUT}`);
});
