import { expect, test } from "@playwright/test";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startDevServer, type DevServer } from "../support/dev-server";
import { seedArticle } from "./routes";

/**
 * In `npm run dev`, a content file with mistakes breaks only its own page: that page shows the
 * content check's own words (no stack trace), and the lists and every other page keep working.
 * The broken file is written into content/articles/ for the dev server to read, and always
 * removed again (a leftover would make the next build's content:check fail, loudly).
 */
const slug = "zz-e2e-broken-file";
const brokenFile = path.join(process.cwd(), "content", "articles", `${slug}.mdx`);
const brokenTitle = "A broken file for the dev error test";

test.describe("a broken content file in next dev", () => {
  test.describe.configure({ timeout: 300_000 });
  let dev: DevServer | undefined;
  let devURL = "";

  test.beforeAll(async () => {
    test.setTimeout(240_000); // next dev starts slowly on a busy machine
    writeFileSync(
      brokenFile,
      [
        "---",
        `title: ${brokenTitle}: with an unquoted colon`,
        'description: "Checks that a mistake breaks only its own page."',
        'date: "2026-11-30"',
        "tags: [ketamine therapy]",
        "---",
        "",
        "<Calout>A misspelt component.</Calout>",
        "",
      ].join("\n"),
    );
    dev = await startDevServer();
    devURL = dev.url;
  });

  test.afterAll(async () => {
    rmSync(brokenFile, { force: true });
    await dev?.stop();
  });

  test("the lists and other pages keep working and skip it", async ({ page, request }) => {
    // Requests, not navigations: the dev reload helper may reload an open page while the server compiles.
    for (const route of ["/articles", "/", seedArticle.path, "/faq"]) {
      const response = await request.get(`${devURL}${route}`, { timeout: 180_000 });
      expect(response.status(), route).toBe(200);
      expect(await response.text(), route).not.toContain(brokenTitle);
    }
    await page.goto(`${devURL}/articles`, { timeout: 180_000 });
    await expect(page.locator(`a[href="${seedArticle.path}"]`).first()).toBeVisible();
    await expect(page.getByText(brokenTitle)).toHaveCount(0);
  });

  test("its own page shows every problem in the content check's words, without a stack trace", async ({ page }) => {
    await page.goto(`${devURL}/articles/${slug}`, { timeout: 180_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page has content mistakes");
    const report = page.locator("pre");
    await expect(report).toContainText(`content/articles/${slug}.mdx:2`);
    await expect(report).toContainText("[frontmatter/yaml]");
    await expect(report).toContainText("Did you mean <Callout>?");
    await expect(report).not.toContainText(/\bat .+\.(js|ts|tsx):\d+/);
    // The site's own frame stays: the crisis help is on every page.
    await expect(page.getByRole("link", { name: /988/ }).first()).toBeVisible();
  });
});
