import { expect, type Page } from "@playwright/test";
import { incidentList } from "./helpers";

export interface Pasted {
  title: string;
  body: string;
  published?: string;
  url?: string;
}

/** Opens "Add articles" (once) and pastes an article; waits until its batch is over. */
export async function paste(page: Page, a: Pasted) {
  const summary = page.getByText("Add articles", { exact: true });
  const form = page.locator("details.add-article");
  if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
  await page.getByLabel("Title", { exact: true }).fill(a.title);
  await page.getByLabel("Source URL").fill(a.url ?? "");
  await page.getByLabel("Publication date", { exact: true }).fill(a.published ?? "");
  await page.getByLabel("Article text").fill(a.body);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Finished/ })).toBeVisible({ timeout: 30_000 });
}

/** The incident list's items that mention a text. */
export function listed(page: Page, text: string | RegExp) {
  return incidentList(page).getByRole("listitem").filter({ hasText: text });
}

export function log(page: Page) {
  return page.getByRole("log", { name: "Added articles" });
}

export const GOMA_A: Pasted = {
  title: "Shelling near Goma",
  published: "2023-06-05",
  url: "https://news.example.org/goma-shelling",
  body:
    "Rebels shelled the outskirts of Goma, Democratic Republic of Congo, on Saturday, killing at least 7 civilians, " +
    "local officials said.",
};

export const GOMA_B: Pasted = {
  title: "Goma hospital counts the dead",
  published: "2023-06-05",
  body: "At least 9 people were killed when artillery shells hit Goma, Congo on Saturday, a hospital director said.",
};

export const KHARKIV: Pasted = {
  title: "Missile strike on Kharkiv",
  published: "2023-03-10",
  url: "https://example.net/kharkiv",
  body: "A Russian missile strike hit Kharkiv, Ukraine on Thursday, killing three people, the regional governor said.",
};
