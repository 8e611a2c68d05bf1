import { expect, test, type Page } from "@playwright/test";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startDevServer, type DevServer } from "../support/dev-server";

/**
 * Staff add a closure to content/clinic.yaml; after the next build it shows in the footer, on
 * /contact and in the structured data, and a closure that has passed shows nowhere. Run with
 * `next dev` on a copy of content/ (CONTENT_DIR), so the real file is never touched.
 *
 * This file's name sorts after every other spec on purpose: `next dev` keeps a cache in .next/dev,
 * and a run on another content folder makes the next `next dev` (security.spec.ts) recompile and
 * reload pages while it tests them.
 */

const jsonLdGraph = async (page: Page) =>
  (
    JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
      "@graph": Record<string, unknown>[];
    }
  )["@graph"];

test.describe("closures from a copy of clinic.yaml (next dev on that copy)", () => {
  test.describe.configure({ timeout: 300_000 });
  let dev: DevServer | undefined;
  let devURL = "";
  let contentCopy = "";

  test.beforeAll(async () => {
    // Starting next dev and compiling /contact: minutes on a busy machine, beyond a hook's default bound.
    test.setTimeout(300_000);
    contentCopy = mkdtempSync(path.join(tmpdir(), "shamynds-content-"));
    cpSync(path.join(process.cwd(), "content"), contentCopy, { recursive: true });
    const yaml = readFileSync(path.join(contentCopy, "clinic.yaml"), "utf8").replace(
      /^closures: \[\]$/m,
      [
        "closures:",
        '  - date: "2099-01-15"',
        '    reason: "Staff training"',
        '  - from: "2000-12-24"',
        '    to: "2000-12-26"',
        '    reason: "Long past"',
      ].join("\n"),
    );
    expect(yaml).toContain("Staff training");
    writeFileSync(path.join(contentCopy, "clinic.yaml"), yaml);

    dev = await startDevServer({ CONTENT_DIR: contentCopy });
    devURL = dev.url;
    await dev.warm(["/contact"]);
  });

  test.afterAll(async () => {
    await dev?.stop();
    if (contentCopy) rmSync(contentCopy, { recursive: true, force: true });
  });

  test("an upcoming closure shows in the footer, on /contact and in JSON-LD; a past one nowhere", async ({ page }) => {
    await page.goto(`${devURL}/contact`, { timeout: 180_000 });
    const closed = "Closed Thursday, January 15, 2099: Staff training";
    await expect(page.getByRole("contentinfo").getByText(closed)).toBeVisible();
    await expect(page.getByRole("main").getByRole("heading", { name: "Upcoming closures" })).toBeVisible();
    await expect(page.getByRole("main").getByText(closed)).toBeVisible();
    await expect(page.getByText("Long past")).toHaveCount(0);

    const clinic = (await jsonLdGraph(page)).find((node) => node["@type"] === "MedicalClinic");
    expect(clinic?.specialOpeningHoursSpecification).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        name: "Staff training",
        validFrom: "2099-01-15",
        validThrough: "2099-01-15",
        opens: "00:00",
        closes: "00:00",
      },
    ]);
  });
});
