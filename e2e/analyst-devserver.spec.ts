/**
 * The URL round trip under the dev server (`npm start`), which renders in React StrictMode: the map
 * view in the hash, the time window, the filters and the selected incident all survive a reload.
 * Starts its own Vite dev server on a free port.
 */
import { createServer as createNetServer } from "node:net";
import { expect, test } from "@playwright/test";
import { createServer, type ViteDevServer } from "vite";
import { slider, waitForMap } from "./helpers";

let server: ViteDevServer | null = null;
let base = "";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  const port = await freePort();
  server = await createServer({
    server: { host: "127.0.0.1", port, strictPort: true },
    logLevel: "warn",
  });
  await server.listen();
  base = `http://127.0.0.1:${port}`;
});

test.afterAll(async () => {
  await server?.close();
});

test.setTimeout(180_000);

test("the dev server keeps the map view of the URL on load and reload", async ({ page }) => {
  await page.goto(`${base}/?w=all#5/33.5/36.3`, { timeout: 120_000 });
  await expect(page.getByRole("list", { name: "Incidents" })).toBeVisible({ timeout: 120_000 });
  await waitForMap(page);
  await expect.poll(() => new URL(page.url()).hash).toBe("#5/33.5/36.3");
  await page.reload();
  await waitForMap(page);
  await expect.poll(() => new URL(page.url()).hash).toBe("#5/33.5/36.3");
  expect(new URL(page.url()).searchParams.get("w")).toBe("all");
});

test("the dev server restores the window, filters and selected incident from the URL", async ({ page }) => {
  await page.goto(`${base}/?w=all`, { timeout: 120_000 });
  await waitForMap(page);
  const list = page.getByRole("list", { name: "Incidents" });
  const key = (await list.getByRole("listitem").nth(1).getAttribute("data-key")) as string;
  await list.getByRole("listitem").nth(1).getByRole("button").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.getByLabel("Search incidents").fill("a");
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("a");
  await expect.poll(() => new URL(page.url()).searchParams.get("i")).toBe(key);
  await waitForMap(page);
  const url = page.url();

  await page.goto("about:blank");
  await page.goto(url);
  await waitForMap(page);
  await expect(page.getByLabel("Search incidents")).toHaveValue("a");
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.locator(`li[data-key=${JSON.stringify(key)}] button`)).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(slider(page)).toHaveAttribute("aria-valuetext", /^\d{4}-\d{2}-\d{2}$/);
  expect(new URL(page.url()).hash).toBe(new URL(url).hash);
});
