/** Filters and search: the list, the histogram and the map agree, and the page says what is hidden. */
import { expect, test, type Page } from "@playwright/test";
import { incidentList, listedIncidents, openApp, waitForMap } from "./helpers";

const filters = (page: Page) => page.getByRole("group", { name: "Filters" });
const status = (page: Page) => filters(page).getByRole("status");
const histogramCount = async (page: Page) =>
  Number(await page.locator(".histogram-hit").getAttribute("data-incidents"));
const keys = async (page: Page) =>
  (await incidentList(page)
    .getByRole("listitem")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-key")))) as string[];
/** Whether the map draws an incident (its test hook knows only the incidents it was given). */
const onMap = (page: Page, key: string) =>
  page.evaluate((k) => window.__conflictMap?.markerPoint(k) !== null, key);

async function openFilters(page: Page) {
  await openApp(page, "/?w=all");
  await filters(page).getByText("More filters").click();
}

test("an incident type filter hides that type everywhere and says how many are hidden", async ({ page }) => {
  await openFilters(page);
  const all = await keys(page);
  expect(await histogramCount(page)).toBe(all.length);
  await expect(status(page)).toContainText(`all ${all.length} incidents`);
  const airstrikes = (await listedIncidents(page)).filter((t) => t.startsWith("Airstrike")).length;
  expect(airstrikes).toBeGreaterThan(0);
  const hiddenKey = all[(await listedIncidents(page)).findIndex((t) => t.startsWith("Airstrike"))] as string;
  expect(await onMap(page, hiddenKey)).toBe(true);

  await filters(page).getByRole("group", { name: "Incident type" }).getByLabel("Airstrike").uncheck();
  await expect.poll(async () => (await keys(page)).length).toBe(all.length - airstrikes);
  expect((await listedIncidents(page)).some((t) => t.startsWith("Airstrike"))).toBe(false);
  await expect(status(page)).toContainText(`hide ${airstrikes} of ${all.length}`);
  expect(await histogramCount(page)).toBe(all.length - airstrikes);
  await waitForMap(page);
  expect(await onMap(page, hiddenKey)).toBe(false);
  await expect.poll(() => new URL(page.url()).searchParams.get("type")).not.toContain("airstrike");

  await filters(page).getByRole("button", { name: "Clear filters" }).click();
  await expect.poll(async () => (await keys(page)).length).toBe(all.length);
});

test("article, casualties, precision, exact places and my corrections filter the list", async ({ page }) => {
  await openFilters(page);
  const all = (await listedIncidents(page)).length;

  const article = filters(page).getByLabel("Article");
  const options = await article.locator("option").allInnerTexts();
  expect(options.length).toBeGreaterThan(2);
  await article.selectOption({ index: 2 });
  const one = (await listedIncidents(page)).length;
  expect(one).toBeGreaterThan(0);
  expect(one).toBeLessThan(all);
  await expect.poll(() => new URL(page.url()).searchParams.get("article")).toBeTruthy();
  await article.selectOption({ index: 0 });
  await expect.poll(async () => (await listedIncidents(page)).length).toBe(all);

  await filters(page).getByLabel("Casualties at least").fill("5");
  await expect.poll(async () => (await listedIncidents(page)).length).toBeLessThan(all);
  for (const t of await listedIncidents(page)) expect(t).toMatch(/\d+ killed/);
  await filters(page).getByLabel("Casualties at least").fill("0");
  await expect.poll(async () => (await listedIncidents(page)).length).toBe(all);

  const precision = filters(page).getByRole("group", { name: "Place precision" });
  await precision.getByLabel("Whole country").uncheck();
  await expect
    .poll(async () => (await listedIncidents(page)).some((t) => t.includes("(country)")))
    .toBe(false);
  await precision.getByLabel("Whole country").check();
  await expect.poll(async () => (await listedIncidents(page)).length).toBe(all);

  await filters(page)
    .getByLabel(/Exact places only/)
    .check();
  await expect
    .poll(async () => (await listedIncidents(page)).some((t) => /\((near|country)\)/.test(t)))
    .toBe(false);
  expect((await listedIncidents(page)).length).toBeGreaterThan(0);
  await expect.poll(() => new URL(page.url()).searchParams.get("exact")).toBe("1");
  await filters(page)
    .getByLabel(/Exact places only/)
    .uncheck();

  // The extracted seeds carry no corrections: the list empties and says why.
  await filters(page).getByLabel("My corrections only").check();
  await expect(page.getByText("No incidents in this time window and these filters.")).toBeVisible();
  await expect(status(page)).toContainText(`hide ${all} of ${all}`);
});

test("the search finds incidents by place name and by excerpt words, ignoring case", async ({ page }) => {
  await openApp(page, "/?w=all");
  const all = await listedIncidents(page);
  const place = (all[all.length - 1] as string)
    .split("\n")[0]
    ?.split(" — ")[1]
    ?.replace(/ \(.*\)$/, "") as string;
  expect(place.length).toBeGreaterThan(2);
  const search = page.getByLabel("Search incidents");
  await search.fill(place.toUpperCase());
  await expect.poll(async () => (await listedIncidents(page)).length).toBeLessThan(all.length);
  for (const t of await listedIncidents(page)) expect(t.toLowerCase()).toContain(place.toLowerCase());
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(place.toUpperCase());

  // Words of an excerpt: the first incident's excerpt, as the details show it.
  await search.fill("");
  await expect.poll(async () => (await listedIncidents(page)).length).toBe(all.length);
  await incidentList(page).getByRole("listitem").first().getByRole("button").click();
  const excerpt = (await page.getByRole("dialog").locator("blockquote").innerText()).split(/\s+/);
  const word = excerpt.filter((x) => /^[a-z]{6,}$/.test(x)).pop() as string;
  expect(word).toBeTruthy();
  await search.fill(word);
  await expect.poll(async () => (await listedIncidents(page)).length).toBeGreaterThan(0);
  expect((await listedIncidents(page)).length).toBeLessThanOrEqual(all.length);

  await search.fill("zzzxqv nothing like this");
  await expect.poll(async () => (await listedIncidents(page)).length).toBe(0);
});
