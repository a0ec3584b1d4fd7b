import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { openApp, waitForMap } from "./helpers";
import { GOMA_A, GOMA_B, listed, paste, storedCount } from "./workbenchHelpers";

// Each test adds articles through the real worker and reloads: slower than a default test on a shared machine.
test.describe.configure({ timeout: 120_000 });

const KHERSON = {
  title: "Drone strike in Kherson",
  published: "2023-04-20",
  body: "A drone strike hit Kherson, Ukraine on Wednesday, killing two people and wounding five, officials said.",
};

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return readFile(await file.path(), "utf8");
}

test("a corrected place and date are there after a reload and in the export", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, KHERSON);
  await listed(page, "Kherson").getByRole("button").click();
  const dialog = page.getByRole("dialog");
  const editor = dialog.getByRole("region", { name: "Correct this incident" });
  await editor.getByRole("button", { name: "Chérso (GR)" }).click();
  await expect(dialog.getByRole("heading", { level: 2 })).toContainText("Chérso");
  await expect(dialog).toContainText("Corrected by you.");
  await editor.getByLabel("Date of the incident").fill("2023-04-18");
  await editor.getByRole("button", { name: "Set date" }).click();
  await expect(dialog).toContainText("Tue 18 Apr 2023");
  await expect(editor.getByRole("list", { name: "Your corrections" })).toContainText(
    "place set to Chérso (GR)",
  );
  // Storage follows the page asynchronously: both corrections must be written before the reload.
  await expect.poll(() => storedCount(page, "corrections")).toBe(2);

  await page.reload();
  await waitForMap(page);
  await listed(page, "Chérso").getByRole("button").click();
  await expect(page.getByRole("dialog")).toContainText("Tue 18 Apr 2023");
  await expect(page.getByRole("dialog")).toContainText("Corrected by you.");

  const csv = await download(page, "Export CSV");
  const row = csv.split("\r\n").find((l) => l.includes("Chérso"));
  expect(row).toBeDefined();
  expect(row).toMatch(/^2023-04-18,1,airstrike,Chérso,/);
  expect(row).toContain(",yes,");
  expect(row).toContain("user correction: place set to Chérso (GR)");
  const geojson = JSON.parse(await download(page, "Export GeoJSON")) as {
    features: { properties: { location: string; user_corrected: boolean; event_date: string } }[];
  };
  expect(geojson.features.find((f) => f.properties.location === "Chérso")).toMatchObject({
    properties: { user_corrected: true, event_date: "2023-04-18" },
  });

  // Undo the place: Kherson again.
  await listed(page, "Chérso").getByRole("button").click();
  await page.getByRole("button", { name: "Undo: place set to Chérso (GR)" }).click();
  await expect(listed(page, "Kherson")).toHaveCount(1);
});

test("export, then import into an empty page: the same incidents, reports and corrections", async ({
  page,
  browser,
}) => {
  await openApp(page, "/?w=all");
  await paste(page, GOMA_A);
  await paste(page, GOMA_B);
  await paste(page, KHERSON);
  await listed(page, "Kherson").getByRole("button").click();
  await page.getByLabel("Killed").fill("3");
  await page.getByRole("button", { name: "Set casualties" }).click();
  await expect(page.getByRole("dialog")).toContainText("3 killed");
  const exported = await download(page, "Export GeoJSON");
  const before = await listed(page, /Goma|Kherson/).allInnerTexts();

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await openApp(other, "/?w=all");
  await expect(listed(other, /Goma|Kherson/)).toHaveCount(0);
  await other
    .getByLabel("Import GeoJSON")
    .setInputFiles({ name: "work.geojson", mimeType: "application/geo+json", buffer: Buffer.from(exported) });
  await expect(other.getByRole("log", { name: "Import and export" })).toContainText(
    /work\.geojson: \d+ incidents from 3 new articles imported.*, with 1 corrections/,
  );
  await expect.poll(() => listed(other, /Goma|Kherson/).allInnerTexts()).toEqual(before);
  await listed(other, "Kherson").getByRole("button").click();
  await expect(other.getByRole("dialog")).toContainText("3 killed");
  await listed(other, "Goma").first().getByRole("button").click();
  await expect(other.getByRole("region", { name: "Reports of this incident" })).toContainText("2 reports");
  // Kept there too.
  await other.reload();
  await waitForMap(other);
  await expect.poll(() => listed(other, /Goma|Kherson/).allInnerTexts()).toEqual(before);
  await colleague.close();
});

test("an incident placed by clicking the map moves there and says so", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, KHERSON);
  await listed(page, "Kherson").getByRole("button").click();
  const dialog = page.getByRole("dialog");
  const editor = dialog.getByRole("region", { name: "Correct this incident" });
  await editor.getByRole("button", { name: "Place on map" }).click();
  await expect(editor.getByRole("status")).toContainText("Click the map where it happened.");
  await waitForMap(page);
  const box = await page.getByRole("region", { name: /^Map of incidents/ }).boundingBox();
  if (!box) throw new Error("no map");
  // Somewhere away from any marker: the left quarter, a third down.
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.35);
  await expect(dialog.getByRole("heading", { level: 2 })).toContainText("Point placed on the map");
  await expect(dialog).toContainText("Corrected by you.");
  await expect.poll(() => storedCount(page, "corrections")).toBe(1);
  await page.reload();
  await waitForMap(page);
  await expect(listed(page, "Point placed on the map")).toHaveCount(1);
});

test("a correction leaves the keyboard where it was: focus is not pulled to the heading or the list", async ({
  page,
}) => {
  await openApp(page, "/?w=all");
  await paste(page, KHERSON);
  await listed(page, "Kherson").getByRole("button").click();
  const dialog = page.getByRole("dialog");
  const editor = dialog.getByRole("region", { name: "Correct this incident" });
  await editor.getByLabel("Date of the incident").fill("2023-04-18");
  const setDate = editor.getByRole("button", { name: "Set date" });
  await setDate.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toContainText("Tue 18 Apr 2023");
  await expect(setDate).toBeFocused();
});
