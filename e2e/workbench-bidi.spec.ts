import { expect, test, type Locator } from "@playwright/test";
import { openApp } from "./helpers";
import { listed, log, paste } from "./workbenchHelpers";

// Adds an article through the real worker: slower than a default test on a shared machine.
test.describe.configure({ timeout: 120_000 });

const RLO = "\u202E";
const TITLE = `Shelling ${RLO}reported in Goma`;
const BODY =
  `Rebels shelled Goma, Democratic Republic of Congo on Saturday, killing 4 ${RLO}civilians <b>bold</b>, ` +
  "local officials said.";

/** The element is isolated from the text around it: a <bdi>, or unicode-bidi: isolate. */
async function expectIsolated(el: Locator) {
  const how = await el.evaluate((node) => ({
    tag: node.tagName.toLowerCase(),
    bidi: getComputedStyle(node).unicodeBidi,
  }));
  expect(how.tag === "bdi" || /isolate/.test(how.bidi)).toBe(true);
  expect(how.bidi).toMatch(/isolate/);
}

test("bidirectional overrides in a title and an excerpt stay inside their own text", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, { title: TITLE, published: "2023-06-05", body: BODY });

  // The log: the title is its own isolated run inside our sentence, the override kept as a character.
  const titleInLog = log(page).locator("bdi").filter({ hasText: "reported in Goma" }).first();
  await expect(titleInLog).toHaveText(TITLE);
  await expectIsolated(titleInLog);
  await expect(log(page)).toContainText(/1 incident added/);

  // The details: title, place and every run of the excerpt isolated.
  await listed(page, "Goma").getByRole("button").click();
  const dialog = page.getByRole("dialog");
  const title = dialog.locator("bdi.article-title");
  await expect(title).toHaveText(TITLE);
  await expectIsolated(title);
  // Our words beside it ("published …") are outside the isolated title.
  await expect(title.locator("xpath=..")).toContainText("published");
  await expect(title).not.toContainText("published");
  const excerpt = dialog.locator("blockquote.excerpt").first();
  await expect(excerpt).toHaveAttribute("dir", "auto");
  const overridden = excerpt.locator("bdi").filter({ hasText: RLO });
  await expect(overridden).toHaveCount(1);
  await expectIsolated(overridden);
  // The pipeline reads markup as markup to drop (its words are kept); nothing of it becomes an element.
  await expect(excerpt).toContainText("civilians bold");
  await expect(excerpt.locator("b")).toHaveCount(0);
  await expect(dialog.getByRole("heading", { level: 2 }).locator("bdi")).toHaveText("Goma");

  // The list item's place is isolated too.
  await expectIsolated(listed(page, "Goma").locator(".summary-title bdi").first());

  // The reader: the title in the list and above the text, and the text's overridden run.
  await page.getByRole("button", { name: "Close details (Escape)" }).click();
  const inList = page
    .getByRole("list", { name: "Articles" })
    .locator("bdi")
    .filter({ hasText: "reported in Goma" });
  await expectIsolated(inList);
  await inList.click();
  await expectIsolated(page.locator("#reader-title bdi"));
  await expect(page.locator("#reader-title")).toHaveText(TITLE);
  const run = page.getByTestId("reader-text").locator("bdi").filter({ hasText: RLO });
  await expect(run).toHaveCount(1);
  await expectIsolated(run);
  await expect(page.getByTestId("reader-text").locator("b")).toHaveCount(0);
});
