import { expect, test } from "@playwright/test";
import { incidentList, openApp } from "./helpers";

/** The page under attack: its Content-Security-Policy arrives as an HTTP header, and the app works under it. */
test("the preview server sends the policy as a header and the app still draws its incidents", async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  const response = await page.request.get("/");
  const policy = response.headers()["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "worker-src 'self' blob:",
  ])
    expect(policy).toContain(directive);
  expect(policy).not.toContain("unsafe-eval");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");

  const { consoleErrors } = await openApp(page);
  await expect(incidentList(page).getByRole("listitem").first()).toBeVisible();
  expect(await incidentList(page).getByRole("listitem").count()).toBeGreaterThan(0);
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("the page refuses to be framed by another page", async ({ page, baseURL }) => {
  const framed: string[] = [];
  page.on("console", (m) => framed.push(m.text()));
  await page.setContent(`<iframe id="f" src="${baseURL}/"></iframe>`);
  await expect.poll(() => framed.some((t) => /frame-ancestors/.test(t))).toBe(true);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  // Chromium shows its own error page in the frame instead of the app.
  expect(await frame!.getByRole("heading", { name: "Conflict Map" }).count()).toBe(0);
  expect(frame!.url()).not.toBe(`${baseURL}/`);
});
