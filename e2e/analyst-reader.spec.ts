/** The article reader: full text with its places and dates highlighted; a highlight moves map or timeline. */
import { expect, test, type Page } from "@playwright/test";
import { openApp, slider, waitForMap } from "./helpers";
import { paste } from "./workbenchHelpers";

const reader = (page: Page) => page.getByRole("region", { name: /^Articles/ });

test("opening an article shows its text with places and dates highlighted, as text", async ({ page }) => {
  await openApp(page, "/?w=all");
  const articles = reader(page).getByRole("list", { name: "Articles" }).getByRole("button");
  expect(await articles.count()).toBeGreaterThan(1);
  await articles.first().click();
  const text = page.getByTestId("reader-text");
  await expect(text).toBeVisible();
  expect((await text.innerText()).length).toBeGreaterThan(500);
  // Resolved places, names that stand for a government, and dates are told apart.
  expect(await text.locator("button.mark-place").count()).toBeGreaterThan(0);
  expect(await text.locator("button.mark-metonymic").count()).toBeGreaterThan(0);
  expect(await text.locator("button.mark-date").count()).toBeGreaterThan(0);
  // Rendered as text: no element from the article itself, only our marks.
  const tags = await text.evaluate((el) => [...new Set([...el.querySelectorAll("*")].map((e) => e.tagName))]);
  expect(tags.every((t) => t === "BUTTON" || t === "MARK")).toBe(true);
  // Its incidents are listed and open.
  const own = reader(page).getByRole("list", { name: "Incidents of this article" }).getByRole("button");
  expect(await own.count()).toBeGreaterThan(0);
  await own.first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("choosing a place flies the map there; choosing a date moves the timeline", async ({ page }) => {
  await openApp(page, "/?w=all#2/0/0");
  await reader(page).getByRole("list", { name: "Articles" }).getByRole("button").first().click();
  const place = page.getByTestId("reader-text").locator("button.mark-place").first();
  await place.click();
  await waitForMap(page);
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#6\.5\//);
  const [, lat, lon] = new URL(page.url()).hash.slice(1).split("/").map(Number);
  expect(lat === 0 && lon === 0).toBe(false);

  const date = page.getByTestId("reader-text").locator("button.mark-date").first();
  const label = (await date.getAttribute("aria-label")) as string;
  const iso = /(\d{4}-\d{2}-\d{2})/.exec(label)?.[1] as string;
  await date.click();
  await expect(slider(page)).toHaveAttribute("aria-valuetext", iso);
});

test("a source URL that is not http(s) is shown as text, never as a link", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, {
    title: "Clashes in Bamako",
    published: "2023-05-02",
    url: "javascript:alert(1)",
    body: "Gunmen attacked a checkpoint in Bamako, Mali on Monday, killing four soldiers, the army said.",
  });
  await reader(page)
    .getByRole("list", { name: "Articles" })
    .getByRole("button", { name: /Clashes in Bamako/ })
    .click();
  await expect(page.getByTestId("reader-text")).toContainText("Gunmen attacked a checkpoint");
  await expect(reader(page).locator('a[href^="javascript"]')).toHaveCount(0);
});
