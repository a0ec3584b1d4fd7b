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
