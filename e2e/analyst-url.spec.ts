/** Links reopen a view in the built app: map view, time window, filters and the selected incident. */
import { expect, test } from "@playwright/test";
import { incidentList, listedIncidents, openApp, slider } from "./helpers";

test("a link carries the view, the window, the filters and the selected incident", async ({ page }) => {
  await openApp(page, "/?w=all");
  // Choose a range window, a type filter and an incident.
  await page.getByRole("group", { name: "Window" }).getByLabel("Last days").check();
  await page.getByLabel("Days", { exact: true }).fill("40");
  await page.getByRole("group", { name: "Filters" }).getByText("More filters").click();
  await page.getByRole("group", { name: "Incident type" }).getByLabel("Diplomacy").uncheck();
  const item = incidentList(page).getByRole("listitem").last();
  const key = (await item.getAttribute("data-key")) as string;
  await item.getByRole("button").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get("i")).toBe(key);
  const listed = await listedIncidents(page);
  const day = await slider(page).getAttribute("aria-valuetext");
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
  await page.waitForTimeout(1200);
  const link = page.url();
  expect(new URL(link).searchParams.get("w")).toBe("last-40");
  expect(new URL(link).searchParams.get("type")).not.toContain("diplomacy");

  // A new page with that link.
  const other = await page.context().newPage();
  await openApp(other, link.replace(new URL(link).origin, ""));
  await expect(other.getByRole("dialog")).toBeVisible();
  await expect(other.getByRole("dialog")).toContainText(
    (await page.getByRole("dialog").locator("h2").innerText()) as string,
  );
  await expect(slider(other)).toHaveAttribute("aria-valuetext", day as string);
  expect(await listedIncidents(other)).toEqual(listed);
  await expect(other.getByRole("group", { name: "Incident type" }).getByLabel("Diplomacy")).not.toBeChecked();
  expect(new URL(other.url()).hash).toBe(new URL(link).hash);
  await expect(other.getByLabel("Days", { exact: true })).toHaveValue("40");
});

test("a link with an incident and no map view flies to the incident", async ({ page }) => {
  await openApp(page, "/?w=all");
  const key = (await incidentList(page).getByRole("listitem").first().getAttribute("data-key")) as string;
  await openApp(page, `/?w=all&i=${encodeURIComponent(key)}`);
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(incidentList(page).locator(`li[data-key=${JSON.stringify(key)}] button`)).toHaveAttribute(
    "aria-current",
    "true",
  );
});
