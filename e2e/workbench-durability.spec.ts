import { expect, test, type Page } from "@playwright/test";
import { openApp, waitForMap } from "./helpers";
import { listed, paste, storedCount } from "./workbenchHelpers";

// Adds an article through the real worker and reloads six times: slower than a default test on a shared machine.
test.describe.configure({ timeout: 600_000 });

const KHERSON = {
  title: "Drone strike in Kherson",
  published: "2023-04-20",
  body: "A drone strike hit Kherson, Ukraine on Wednesday, killing two people and wounding five, officials said.",
};

/**
 * Holds the workbench's database busy: a read-write transaction over every table, kept open by a
 * chain of reads, so the page's next write waits behind it and a reload aborts it for certain
 * (the case a reload right after an action meets by chance).
 */
function holdDatabase(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("conflict-map-workbench");
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...db.objectStoreNames], "readwrite");
          const store = tx.objectStore("articles");
          const spin = () => (store.count().onsuccess = spin);
          spin();
          resolve();
        };
      }),
  );
}

test("a correction is kept when the page is reloaded at once, every time", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, KHERSON);
  // Every write the page starts is counted until its transaction commits; none is pending now.
  await expect(page.getByRole("status", { name: "Saving" })).toHaveText(/Saved in this browser/);
  for (let day = 11; day <= 15; day++) {
    await listed(page, "Kherson").getByRole("button").click();
    const editor = page.getByRole("dialog").getByRole("region", { name: "Correct this incident" });
    await holdDatabase(page);
    await editor.getByLabel("Date of the incident").fill(`2023-04-${day}`);
    await editor.getByRole("button", { name: "Set date" }).click();
    // The write cannot have committed (the database is held): the reload comes at once, no waiting.
    await page.reload();
    await waitForMap(page);
    await listed(page, "Kherson").getByRole("button").click();
    await expect(page.getByRole("dialog")).toContainText(`${day} Apr 2023`);
    await expect(page.getByRole("dialog")).toContainText("Corrected by you.");
    await expect(page.getByRole("status", { name: "Saving" })).toHaveText(/Saved in this browser/);
    await page.keyboard.press("Escape");
  }
  expect(await storedCount(page, "corrections")).toBe(5);
  // A removal reloaded at once stays removed.
  await page.getByText(/^Your articles \(1\)/).click();
  await holdDatabase(page);
  await page.getByRole("button", { name: `Remove “${KHERSON.title}” and its incidents` }).click();
  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole("status", { name: "Saving" })).toHaveText(/Saved in this browser/);
  await expect(listed(page, "Kherson")).toHaveCount(0);
  expect(await storedCount(page, "articles")).toBe(0);
  expect(await storedCount(page, "corrections")).toBe(0);
});

test("leaving the page while a write is pending asks first, and the page says it is saving", async ({
  page,
}) => {
  await openApp(page, "/?w=all");
  const leaveIsBlocked = () =>
    page.evaluate(() => {
      const event = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  const saving = page.getByRole("status", { name: "Saving" });
  await expect(saving).toHaveText("Saved in this browser");
  expect(await leaveIsBlocked()).toBe(false);
  // A write that cannot finish yet (the test hook holds one open).
  await page.evaluate(() => {
    const w = window as unknown as { __release?: () => void };
    w.__release = window.__workbenchTest?.holdWrite();
    if (!w.__release) throw new Error("no workbench test hook");
  });
  await expect(saving).toHaveText("Saving…");
  expect(await leaveIsBlocked()).toBe(true);
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await expect(saving).toHaveText("Saved in this browser");
  expect(await leaveIsBlocked()).toBe(false);
});
