import { expect, test } from "@playwright/test";
import { openApp, waitForMap } from "./helpers";
import { listed, paste } from "./workbenchHelpers";

// Adds an article through the real worker and reloads: slower than a default test on a shared machine.
test.describe.configure({ timeout: 120_000 });

const KHERSON = {
  title: "Drone strike in Kherson",
  published: "2023-04-20",
  body: "A drone strike hit Kherson, Ukraine on Wednesday, killing two people and wounding five, officials said.",
};

test("a correction is kept when the page is reloaded at once, and the page says while it is saving", async ({
  page,
}) => {
  await openApp(page, "/?w=all");
  await paste(page, KHERSON);
  // Every write the page starts is counted until its transaction commits; none is pending now.
  await expect(page.getByRole("status", { name: "Saving" })).toHaveText(/Saved in this browser/);
  await listed(page, "Kherson").getByRole("button").click();
  const dialog = page.getByRole("dialog");
  const editor = dialog.getByRole("region", { name: "Correct this incident" });
  await editor.getByLabel("Date of the incident").fill("2023-04-17");
  await editor.getByRole("button", { name: "Set date" }).click();
  // No waiting for storage: the reload comes right after the click.
  await page.reload();
  await waitForMap(page);
  await listed(page, "Kherson").getByRole("button").click();
  await expect(page.getByRole("dialog")).toContainText("Mon 17 Apr 2023");
  await expect(page.getByRole("dialog")).toContainText("Corrected by you.");
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
