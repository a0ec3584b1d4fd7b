/** Everyone can use it: keyboard only, axe-core with every panel open, a 360 px phone, the dark theme. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { incidentList, listedIncidents, openApp, slider, waitForMap } from "./helpers";

/** Presses Tab until `target` has focus (at most `max` times); fails if it never does. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("never reached by Tab");
}

test("keyboard only: skip links, the list, the details dialog and back, the timeline", async ({ page }) => {
  await openApp(page, "/?w=all");
  await page.locator("body").click({ position: { x: 5, y: 5 } });

  // The skip link past the incident list.
  const skip = page.getByRole("link", { name: "Skip the incident list" });
  await tabTo(page, skip);
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#after-incident-list")).toBeFocused();

  // Into the list, down one row, open it: focus moves into the dialog.
  const first = incidentList(page).getByRole("listitem").first().getByRole("button");
  await first.focus();
  await page.keyboard.press("ArrowDown");
  const second = incidentList(page).getByRole("listitem").nth(1).getByRole("button");
  await expect(second).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  // Escape closes it and focus comes back to the row.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(second).toBeFocused();

  // The timeline by keyboard: slider, window mode, play and pause.
  await tabTo(page, slider(page), 120).catch(async () => slider(page).focus());
  await page.keyboard.press("Home");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", /^\d{4}-\d{2}-\d{2}$/);
  const day = page.getByRole("group", { name: "Window" }).getByLabel("Day", { exact: true });
  await day.focus();
  await page.keyboard.press("Space");
  await expect.poll(() => new URL(page.url()).searchParams.get("w")).toBe("day");
  const play = page.getByRole("button", { name: "Play", exact: true });
  await play.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Pause", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(play).toBeVisible();

  // The filters by keyboard.
  const search = page.getByLabel("Search incidents");
  await search.focus();
  await page.keyboard.type("zzzxqv");
  await expect.poll(async () => (await listedIncidents(page)).length).toBe(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`no serious or critical axe-core violation with every panel open (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, "/?w=all");
    await page.getByRole("list", { name: "Articles" }).getByRole("button").first().click();
    await incidentList(page).getByRole("listitem").first().getByRole("button").click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.getByRole("group", { name: "Window" }).getByLabel("Range", { exact: true }).check();
    // Every collapsible panel open: filters, legend, add articles, load a set.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await waitForMap(page);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
    expect(bad).toEqual([]);
  });
}

test("a 360 px phone: no sideways scrolling, with details and the reader open", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, "/?w=all");
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await incidentList(page).getByRole("listitem").first().getByRole("button").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.getByRole("group", { name: "Filters" }).getByText("More filters").click();
  await page.getByRole("list", { name: "Articles" }).getByRole("button").first().click();
  await expect(page.getByTestId("reader-text")).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The map is still in view, full width, while the details are read.
  await page.getByRole("dialog").scrollIntoViewIfNeeded();
  const map = await page.getByRole("region", { name: /Map of incidents/ }).boundingBox();
  expect(map?.width).toBeGreaterThan(300);
  expect(map?.height).toBeGreaterThan(200);
  expect(map?.y).toBeGreaterThanOrEqual(-1);
  expect((map?.y ?? 0) + (map?.height ?? 0)).toBeLessThanOrEqual(740);
  // Every control of the timeline fits the width.
  const widest = await page
    .getByRole("contentinfo", { name: "Timeline" })
    .evaluate((el) => Math.max(...[...el.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right)));
  expect(widest).toBeLessThanOrEqual(361);
});

const luminance = (page: Page) =>
  page.evaluate(() => {
    const rgb = getComputedStyle(document.querySelector(".side-panel") as Element).backgroundColor;
    const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
    return (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
  });

test("the dark theme follows the system, and the toggle overrides it keeping the map view", async ({
  page,
}) => {
  test.setTimeout(120_000); // two map loads and a reload: over a minute on a loaded 2-core machine
  await page.emulateMedia({ colorScheme: "dark" });
  await openApp(page, "/?w=all#4/34/38");
  expect(await luminance(page)).toBeLessThan(0.2);
  const theme = page.getByLabel("Theme");
  await expect(theme).toHaveValue("system");
  await theme.selectOption("light");
  await expect.poll(() => luminance(page)).toBeGreaterThan(0.8);
  await waitForMap(page);
  expect(new URL(page.url()).hash).toBe("#4/34/38");
  // The choice is kept across a reload; "system" follows the system again.
  await page.reload();
  await waitForMap(page);
  expect(await luminance(page)).toBeGreaterThan(0.8);
  await page.getByLabel("Theme").selectOption("system");
  await expect.poll(() => luminance(page)).toBeLessThan(0.2);
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(() => luminance(page)).toBeGreaterThan(0.8);
});
