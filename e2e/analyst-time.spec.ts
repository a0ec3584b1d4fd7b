/** The timeline: play with speed and loop, every window mode, the histogram's click and brush. */
import { expect, test, type Page } from "@playwright/test";
import { incidentList, listedIncidents, openApp, slider } from "./helpers";

const w = (page: Page) => new URL(page.url()).searchParams.get("w");
const timeline = (page: Page) => page.getByRole("contentinfo", { name: "Timeline" });
const play = (page: Page) => timeline(page).getByRole("button", { name: "Play", exact: true });
const pause = (page: Page) => timeline(page).getByRole("button", { name: "Pause", exact: true });

async function firstDay(page: Page): Promise<string> {
  await slider(page).focus();
  await page.keyboard.press("Home");
  return (await slider(page).getAttribute("aria-valuetext")) as string;
}

test("Play steps through the incident days at the chosen speed and stops at the end; Pause holds", async ({
  page,
}) => {
  await openApp(page, "/?w=day");
  const last = await slider(page).getAttribute("aria-valuetext");
  const start = await firstDay(page);
  expect(start).not.toBe(last);
  await timeline(page).getByLabel("Speed").selectOption("16");
  await play(page).click();
  await expect(pause(page)).toBeVisible();
  // Ten incident days at 16 a second: the end comes within seconds, and playing stops there.
  await expect(play(page)).toBeVisible({ timeout: 10_000 });
  await expect(slider(page)).toHaveAttribute("aria-valuetext", last as string);
  await expect.poll(() => new URL(page.url()).searchParams.get("t")).toBe(last);

  // Slow, then pause: the day holds still.
  await firstDay(page);
  await timeline(page).getByLabel("Speed").selectOption("1");
  await play(page).click();
  await expect(slider(page)).not.toHaveAttribute("aria-valuetext", start, { timeout: 5_000 });
  await pause(page).click();
  const held = await slider(page).getAttribute("aria-valuetext");
  await page.waitForTimeout(1500);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", held as string);
  expect(held).not.toBe(last);
});

test("Loop starts again from the first day", async ({ page }) => {
  await openApp(page, "/?w=day");
  const last = (await slider(page).getAttribute("aria-valuetext")) as string;
  const first = await firstDay(page);
  await timeline(page).getByLabel("Loop").check();
  await timeline(page).getByLabel("Speed").selectOption("8");
  await play(page).click();
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        seen.add((await slider(page).getAttribute("aria-valuetext")) as string);
        return seen.has(last) && (await slider(page).getAttribute("aria-valuetext")) !== last;
      },
      { timeout: 15_000, intervals: [100] },
    )
    .toBe(true);
  await expect(pause(page)).toBeVisible();
  await pause(page).click();
  expect(seen.has(first) || seen.size > 2).toBe(true);
});

test("each window mode sets the window, the list and the URL", async ({ page }) => {
  await openApp(page, "/?w=all");
  const all = (await listedIncidents(page)).length;
  expect(all).toBeGreaterThan(3);
  const modes = timeline(page).getByRole("group", { name: "Window" });

  await modes.getByLabel("Day", { exact: true }).check();
  await expect.poll(() => w(page)).toBe("day");
  const day = (await listedIncidents(page)).length;
  expect(day).toBeLessThan(all);

  await modes.getByLabel("Last days").check();
  await timeline(page).getByLabel("Days", { exact: true }).fill("3");
  await expect.poll(() => w(page)).toBe("last-3");
  await expect(timeline(page)).toContainText("last 3 days");
  const last3 = (await listedIncidents(page)).length;
  expect(last3).toBeGreaterThanOrEqual(day);

  await modes.getByLabel("Up to day").check();
  await expect.poll(() => w(page)).toBe("cumulative");
  await expect(timeline(page)).toContainText("everything up to");
  // On the last day, everything up to it is everything.
  await expect.poll(async () => (await listedIncidents(page)).length).toBe(all);
  await slider(page).focus();
  await page.keyboard.press("Home");
  await expect.poll(async () => (await listedIncidents(page)).length).toBeLessThan(all);

  await modes.getByLabel("Range", { exact: true }).check();
  const from = timeline(page).getByLabel("From", { exact: true });
  const to = timeline(page).getByLabel("To", { exact: true });
  await expect(from).toBeVisible();
  await page.keyboard.press("End");
  const end = (await slider(page).getAttribute("aria-valuetext")) as string;
  const endDay = new Date(`${end}T00:00:00Z`);
  const start = new Date(endDay.getTime() - 9 * 86_400_000).toISOString().slice(0, 10);
  await from.fill(start);
  await expect.poll(() => w(page)).toBe("range-10");
  await expect(to).toHaveValue(end);

  await modes.getByLabel("All", { exact: true }).check();
  await expect.poll(() => w(page)).toBe("all");
  await expect.poll(async () => (await listedIncidents(page)).length).toBe(all);
});

test("brushing the histogram chooses a range; clicking a day bar moves the day", async ({ page }) => {
  await openApp(page, "/?w=day");
  const hist = page.locator(".histogram-hit");
  const box = await hist.boundingBox();
  if (!box) throw new Error("no histogram");
  await page.mouse.move(box.x + box.width * 0.05, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => w(page)).toMatch(/^range-\d+$/);
  const days = Number((w(page) as string).slice("range-".length));
  expect(days).toBeGreaterThan(5);
  await expect(timeline(page).getByLabel("From", { exact: true })).toBeVisible();
  const items = (await listedIncidents(page)).length;
  expect(items).toBeGreaterThan(0);

  // Hovering shows the counts of a bin.
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await expect(page.locator(".histogram-tip")).toContainText(/\d+ incidents?/);

  // In day mode, a click on a day bar moves the day there.
  await timeline(page).getByRole("group", { name: "Window" }).getByLabel("Day", { exact: true }).check();
  const before = await slider(page).getAttribute("aria-valuetext");
  await page.mouse.click(box.x + box.width * 0.02, box.y + box.height / 2);
  await expect(slider(page)).not.toHaveAttribute("aria-valuetext", before as string);
  await expect.poll(() => w(page)).toBe("day");
});

test("changes of the window are announced", async ({ page }) => {
  await openApp(page, "/?w=day");
  const live = page.locator("[aria-live=polite][data-testid=window-announcer]");
  await expect(live).toHaveText(/^Time window: .+\. \d+ incidents\.$/);
  const before = await live.textContent();
  await slider(page).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(live).not.toHaveText(before as string);
  await expect(live).toContainText(
    (await slider(page).getAttribute("aria-valuetext"))?.slice(0, 4) as string,
  );
  await expect(incidentList(page)).toBeVisible();
});
