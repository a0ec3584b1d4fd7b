import { expect, test } from "@playwright/test";
import { openApp, waitForMap } from "./helpers";
import { GOMA_A, GOMA_B, KHARKIV, listed, log, paste, storedCount } from "./workbenchHelpers";

// Each test adds articles through the real worker and reloads: slower than a default test on a shared machine.
test.describe.configure({ timeout: 120_000 });

test("a pasted article's incidents are there after a reload, and the same article added twice is recognised", async ({
  page,
}) => {
  await openApp(page, "/?w=all");
  await paste(page, KHARKIV);
  await expect(log(page)).toContainText("“Missile strike on Kharkiv”: 1 incident added");
  await expect(listed(page, "Kharkiv")).toHaveCount(1);
  await expect.poll(() => storedCount(page, "articles")).toBe(1);

  await page.reload();
  await waitForMap(page);
  await expect(listed(page, "Kharkiv")).toHaveCount(1);

  // Same text again, under another title and without the URL: recognised, not duplicated.
  await paste(page, { ...KHARKIV, title: "Kharkiv again", url: "" });
  await expect(log(page)).toContainText(
    "was not added again: it is the same text as “Missile strike on Kharkiv”",
  );
  await expect(listed(page, "Kharkiv")).toHaveCount(1);
  // Same URL, updated text: recognised by its URL.
  await paste(page, { ...KHARKIV, body: KHARKIV.body + " Rescue work went on.", title: "Kharkiv update" });
  await expect(log(page)).toContainText("it is the same URL as “Missile strike on Kharkiv”");
  await expect(listed(page, "Kharkiv")).toHaveCount(1);
});

test("a file batch with one bad file and an .html page: counts, every failure named, incidents from the rest", async ({
  page,
}) => {
  await openApp(page, "/?w=all");
  await page.getByText("Add articles", { exact: true }).click();
  // For the files that give no date (the .txt); the .html page's own metadata wins for it.
  await page.getByLabel("Publication date", { exact: true }).fill("2023-06-05");
  const html = `<!doctype html><html><head><title>Drone strike in Kherson</title>
    <meta property="article:published_time" content="2023-04-20T08:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Drone strike in Kherson</h1>
    <p>A drone strike hit Kherson, Ukraine on Wednesday, killing two people and wounding five, officials said.</p>
    <p>Emergency services worked through the night to clear the rubble &#X2019;s remains.</p></article>
    <footer>Copyright</footer></body></html>`;
  await page.getByLabel(/Or add files/).setInputFiles([
    { name: "goma.txt", mimeType: "text/plain", buffer: Buffer.from(`${GOMA_A.title}\n\n${GOMA_A.body}`) },
    { name: "broken.txt", mimeType: "text/plain", buffer: Buffer.from("Some text\u0000\u0001 then binary") },
    { name: "kherson.html", mimeType: "text/html", buffer: Buffer.from(html) },
  ]);
  const status = page.getByRole("status").filter({ hasText: /^Finished/ });
  await expect(status).toContainText("2 done", { timeout: 30_000 });
  await expect(status).toContainText("1 failed");
  await expect(status).toContainText("0 waiting");
  const failures = page.getByRole("region", { name: "Failures" });
  await expect(failures).toContainText("broken.txt: contains binary data");
  await expect(page.getByRole("list", { name: "Files in the batch" })).toContainText("kherson.html");
  await expect(listed(page, "Kherson")).toHaveCount(1);
  await listed(page, "Kherson").getByRole("button").click();
  await expect(page.getByRole("dialog")).toContainText("Wed 19 Apr 2023");
  await expect(listed(page, "Goma").first()).toBeVisible();
});

test("an undated article asks for its date, then resolves “on Saturday”", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, {
    title: "Market attack in Mopti",
    body: "Gunmen attacked a market in Mopti, Mali on Saturday, killing 4 people, witnesses said.",
  });
  const waiting = page.getByRole("region", { name: "Articles that need a date" });
  await expect(waiting).toContainText("Market attack in Mopti");
  await expect(waiting).toContainText("1 incidents wait for this date");
  await expect(page.getByRole("status").filter({ hasText: /^Finished/ })).toContainText("1 need a date");
  await expect(listed(page, "Mopti")).toHaveCount(0);

  await waiting.getByLabel("Publication date of “Market attack in Mopti”").fill("2023-06-05");
  await waiting.getByRole("button", { name: "Set date" }).click();
  await expect(log(page)).toContainText("“Market attack in Mopti” is dated 2023-06-05: 1 incident now.");
  await expect(waiting).toHaveCount(0);
  await expect(listed(page, "Mopti")).toHaveCount(1);
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Sat 3 Jun 2023");

  await page.reload();
  await waitForMap(page);
  await expect(listed(page, "Mopti")).toHaveCount(1);
});

test("two articles about one event are one incident; a split is kept after a reload", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, GOMA_A);
  await paste(page, GOMA_B);
  await expect(listed(page, "Goma")).toHaveCount(1);
  await listed(page, "Goma").getByRole("button").click();
  const reports = page.getByRole("region", { name: "Reports of this incident" });
  await expect(reports).toContainText("2 reports of this incident");
  await expect(reports).toContainText("Why merged");
  await expect(reports).toContainText("same place (Goma)");
  await expect(reports).toContainText("7–9");
  await reports.getByRole("button", { name: /Split the report of “Goma hospital counts the dead”/ }).click();
  await expect(listed(page, "Goma")).toHaveCount(2);
  // Storage follows the page asynchronously: the split must be written before the reload can find it.
  await expect.poll(() => storedCount(page, "mergeDecisions")).toBe(1);

  await page.reload();
  await waitForMap(page);
  await expect(listed(page, "Goma")).toHaveCount(2);
});

test("a script-laden article is shown as text and runs nothing", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, {
    title: '<img src=x onerror="window.__pwned=1">Raid in Bunia',
    url: "javascript:window.__pwned=2",
    published: "2023-07-02",
    body:
      "Militia fighters attacked Bunia, Democratic Republic of Congo on Saturday <script>window.__pwned=3</script>" +
      '<img src=x onerror="window.__pwned=4">, killing 5 people, a local official said.',
  });
  await expect(listed(page, "Bunia")).toHaveCount(1);
  await listed(page, "Bunia").getByRole("button").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText('<img src=x onerror="window.__pwned=1">Raid in Bunia');
  await expect(page.locator(".side-panel script, .side-panel img")).toHaveCount(0);
  // The javascript: URL is never a link.
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("when the browser refuses storage, the page works in memory and says so once", async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException("The user denied permission to access the database.", "SecurityError");
    };
  });
  await openApp(page, "/?w=all");
  const warning = page.getByRole("alert").filter({ hasText: "refused storage" });
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText("kept only until this page is closed or reloaded");
  await paste(page, KHARKIV);
  await expect(listed(page, "Kharkiv")).toHaveCount(1);
});

test("two incidents the rules keep apart can be merged by hand, and that is kept", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, GOMA_A);
  await paste(page, {
    title: "Clashes in Goma",
    published: "2023-06-06",
    body: "Rebels and government soldiers clashed in Goma, Democratic Republic of Congo on 1 June 2023, residents said.",
  });
  // Dates that do not overlap: the rules keep them apart.
  await expect(listed(page, "Goma")).toHaveCount(2);
  await listed(page, /Fighting/)
    .filter({ hasText: "Goma" })
    .getByRole("button")
    .click();
  const dialog = page.getByRole("dialog");
  const choice = dialog.getByLabel("Same event as");
  const label = await choice.locator("option", { hasText: "Shelling near Goma" }).first().innerText();
  await choice.selectOption({ label });
  await dialog.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(dialog.getByRole("region", { name: "Reports of this incident" })).toContainText(
    "merged by the user",
  );
  await expect.poll(() => storedCount(page, "mergeDecisions")).toBe(1);
  await page.reload();
  await waitForMap(page);
  await expect(listed(page, "Goma")).toHaveCount(1);
});
