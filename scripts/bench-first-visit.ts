/**
 * The first visit's transfer, measured: the built app in a fresh Chromium profile (no cache, no
 * service worker: it is blocked, so that every request shows as the page's or its workers'), every
 * response's compressed bytes on the wire (Playwright's request sizes: encoded body + headers; `vite
 * preview` gzips what it serves) counted until the seed markers are drawn (the map test hook's
 * dataDrawnAt), then everything else loaded until the map is idle.
 * Prints figures; asserts nothing.
 *
 * Usage: npx vite build && npx tsx scripts/bench-first-visit.ts [--path /?w=all]
 */
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

const args = process.argv.slice(2);
const pathIndex = args.indexOf("--path");
const PATH = pathIndex >= 0 ? (args[pathIndex + 1] ?? "/") : "/";

interface Transfer {
  url: string;
  bytes: number;
  at: number;
}

const server = await preview({
  preview: { host: "127.0.0.1", port: 4190, strictPort: false },
  logLevel: "warn",
});
const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "http://127.0.0.1:4190";
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  const transfers: Transfer[] = [];
  context.on("requestfinished", (request) => {
    const at = performance.now();
    if (request.url().startsWith("data:")) return;
    void request
      .sizes()
      .then((s) =>
        transfers.push({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize, at }),
      );
  });
  await page.goto(`${baseUrl}${PATH}`);
  await page.waitForFunction(() => (window.__conflictMap?.dataDrawnAt() ?? 0) > 0, undefined, {
    timeout: 120_000,
  });
  const drawnAt = performance.now();
  await page.waitForFunction(() => window.__conflictMap?.isReady() === true, undefined, { timeout: 120_000 });
  await page.waitForTimeout(3000);
  const before = transfers.filter((t) => t.at <= drawnAt);
  const after = transfers.filter((t) => t.at > drawnAt);
  // A worker's script body is not in the page's request sizes: its gzip size from dist/ instead.
  const workerFile = readdirSync("dist/assets").find((f) => f.startsWith("maplibre-gl-worker"));
  const workerGzip = workerFile ? gzipSync(readFileSync(`dist/assets/${workerFile}`)).length : 0;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const sum = (ts: Transfer[]) => ts.reduce((a, t) => a + t.bytes, 0);
  const short = (u: string) => u.replace(baseUrl, "").replace(/^(.{90}).+$/, "$1…");
  console.log(`page ${PATH}`);
  console.log(`before the seed markers are drawn: ${kb(sum(before))} in ${before.length} responses`);
  for (const t of [...before].sort((a, b) => b.bytes - a.bytes))
    console.log(`  ${kb(t.bytes).padStart(10)}  ${short(t.url)}`);
  console.log(
    `  + ${kb(workerGzip)} MapLibre's worker script (gzip of ${workerFile ?? "?"}, loaded before the markers)`,
  );
  console.log(`  = ${kb(sum(before) + workerGzip)} before the seed markers are drawn`);
  console.log(`after, until the map is idle: ${kb(sum(after))} in ${after.length} responses`);
  for (const t of [...after].sort((a, b) => b.bytes - a.bytes))
    console.log(`  ${kb(t.bytes).padStart(10)}  ${short(t.url)}`);
} finally {
  await browser.close();
  await server.close();
}
