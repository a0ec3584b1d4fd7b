import { expect, test } from "@playwright/test";
import { openApp } from "./helpers";
import { listed, paste } from "./workbenchHelpers";

// Adds an article through the real worker: slower than a default test on a shared machine.
test.describe.configure({ timeout: 120_000 });

test("the details say why the place won: its largest features and the runner-up", async ({ page }) => {
  await openApp(page, "/?w=all");
  await paste(page, {
    title: "Shelling in Mopti",
    published: "2023-06-10",
    body: "Artillery shells hit Mopti, Mali on Monday, killing 4 civilians, local officials said.",
  });
  await listed(page, "Mopti").getByRole("button").click();
  const why = page.getByRole("dialog").getByRole("region", { name: "Why this place" });
  await expect(why).toBeVisible();
  // Features as readable words with their signed contribution, whatever the resolver's features are.
  const features = why.getByRole("listitem");
  expect(await features.count()).toBeGreaterThan(0);
  await expect(features.first()).toHaveText(/^[a-z].* [+−]\d+\.\d\d$/);
  await expect(why).not.toContainText(/\b[a-z]+[A-Z][a-z]+\b/); // no raw camelCase names
  // "Mopti" has other candidates (the region of the same name at least): the runner-up is named with its score.
  await expect(why).toContainText(/Runner-up: .+, score \d\.\d\d/);
});
