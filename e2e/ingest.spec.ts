import { expect, test } from "@playwright/test";
import { openApp } from "./helpers";

test("a malformed JSONL line gives a clear message and keeps the other lines", async ({ page }) => {
  await openApp(page, "/?w=all");
  await page.getByText("Add articles").click();
  const lines = [
    JSON.stringify({
      id: "ok-1",
      title: "Talks",
      text: "Talks on the conflict were held in Geneva on Monday.",
      published: "2016-10-17",
    }),
    "{this is not json",
  ].join("\n");
  await page
    .getByLabel(/Or add files/)
    .setInputFiles({ name: "feed.jsonl", mimeType: "application/json", buffer: Buffer.from(lines) });
  const log = page.getByRole("log", { name: "Added articles" });
  await expect(log).toContainText("feed.jsonl:2: not valid JSON");
  await expect(log).toContainText("other lines were kept");
});

test("an empty paste is refused with a message", async ({ page }) => {
  await openApp(page);
  await page.getByText("Add articles").click();
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("log", { name: "Added articles" })).toContainText(
    "the article text is empty; it was not added",
  );
});

test("pasting an article adds its incidents", async ({ page }) => {
  await openApp(page, "/?w=all");
  // The heading counts every incident in the window (the list itself renders the first 200).
  const count = async () =>
    Number(
      (await page.getByRole("heading", { name: /^Incidents/ }).innerText()).match(/(\d+) in window/)?.[1],
    );
  const before = await count();
  expect(before).toBeGreaterThanOrEqual(0);
  await page.getByText("Add articles").click();
  await page.getByLabel("Title").fill("Shelling in Homs");
  await page.getByLabel("Publication date").fill("2016-11-02");
  await page
    .getByLabel("Article text")
    .fill(
      "Government forces shelled rebel-held districts of Homs, Syria on Tuesday, killing at least 12 civilians, " +
        "a monitoring group said. <b>Residents</b> said the bombardment lasted several hours.",
    );
  await page.getByRole("button", { name: "Add article" }).click();
  const log = page.getByRole("log", { name: "Added articles" });
  await expect(log).toContainText(/incidents? added/, { timeout: 30_000 });
  await expect.poll(count).toBeGreaterThan(before);
  // The new incident opens, with the pasted words as its excerpt.
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("blockquote")).toContainText("Homs");
  // Markup in the article is shown as text.
  await expect(page.locator(".side-panel b")).toHaveCount(0);
});
