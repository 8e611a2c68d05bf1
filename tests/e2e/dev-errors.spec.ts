import { expect, test } from "@playwright/test";
import { appendFileSync, rmSync, writeFileSync } from "node:fs";
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
// Valid frontmatter, a mistake only in the body: still skipped by the lists.
const bodySlug = "zz-e2e-broken-body";
const bodyFile = path.join(process.cwd(), "content", "articles", `${bodySlug}.mdx`);
const bodyTitle = "An article whose body has a mistake";
// A clinic page (served at /<name>) with a broken date.
const pageSlug = "zz-e2e-broken-page";
const pageFile = path.join(process.cwd(), "content", "pages", `${pageSlug}.mdx`);
const writtenFiles = [brokenFile, bodyFile, pageFile];

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
    writeFileSync(
      bodyFile,
      [
        "---",
        `title: "${bodyTitle}"`,
        'description: "Checks that a body mistake keeps the article out of the lists."',
        'date: "2026-11-29"',
        "tags: [ketamine therapy]",
        "---",
        "",
        '<span onmouseover="alert(1)">Hover me.</span>',
        "",
      ].join("\n"),
    );
    writeFileSync(
      pageFile,
      [
        "---",
        'title: "A broken clinic page"',
        'description: "A page with a wrong date."',
        'updated: "2026-13-45"',
        "---",
        "",
        "Some words.",
        "",
      ].join("\n"),
    );
    dev = await startDevServer();
    devURL = dev.url;
    await dev.warm(["/articles", `/articles/${bodySlug}`, `/${pageSlug}`, `/articles/${slug}`]);
  });

  test.afterAll(async () => {
    for (const file of writtenFiles) rmSync(file, { force: true });
    await dev?.stop();
  });

  test("the lists and other pages keep working and skip it", async ({ page, request }) => {
    // Requests, not navigations: the dev reload helper may reload an open page while the server compiles.
    for (const route of ["/articles", "/", seedArticle.path, "/faq"]) {
      const response = await request.get(`${devURL}${route}`, { timeout: 180_000 });
      expect(response.status(), route).toBe(200);
      const html = await response.text();
      expect(html, route).not.toContain(brokenTitle);
      expect(html, route).not.toContain(bodyTitle);
    }
    await page.goto(`${devURL}/articles`, { timeout: 180_000 });
    await expect(page.locator(`a[href="${seedArticle.path}"]`).first()).toBeVisible();
    await expect(page.getByText(brokenTitle)).toHaveCount(0);
    await expect(page.getByText(bodyTitle)).toHaveCount(0);
  });

  test("an article with a mistake only in its body shows it on its own page", async ({ page }) => {
    await page.goto(`${devURL}/articles/${bodySlug}`, { timeout: 180_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page has content mistakes");
    await expect(page.locator("pre")).toContainText(`content/articles/${bodySlug}.mdx:8`);
    await expect(page.locator("pre")).toContainText("[html/event-handler]");
  });

  test("a clinic page with a broken date shows its problem, not a 404", async ({ page }) => {
    const response = await page.goto(`${devURL}/${pageSlug}`, { timeout: 180_000 });
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page has content mistakes");
    await expect(page.locator("pre")).toContainText(`content/pages/${pageSlug}.mdx:4`);
    await expect(page.locator("pre")).toContainText("updated");
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

  test("404s, and saving files while pages listen for changes, give no listener-leak warning", async ({ request }) => {
    // next dev routes an unknown address twice (the address, then the 404 page), which put 11
    // "close" listeners on one response: a MaxListenersExceededWarning on every 404.
    for (const route of ["/no-such-page", "/articles/no-such-article", "/es/no-existe"]) {
      expect((await request.get(`${devURL}${route}`, { timeout: 180_000 })).status(), route).toBe(404);
    }
    // Each open page listens for content changes (/api/dev/content-events): a dozen listeners
    // (more than a browser opens to one host) and a few saves, as staff with many tabs would.
    const stop = new AbortController();
    const streams = await Promise.all(
      Array.from({ length: 12 }, () => fetch(`${devURL}/api/dev/content-events`, { signal: stop.signal })),
    );
    for (const stream of streams) expect(stream.status).toBe(200);
    for (let save = 0; save < 3; save++) {
      appendFileSync(bodyFile, `\nAnother sentence (${save}).\n`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await request.get(`${devURL}/articles`, { timeout: 180_000 })).status()).toBe(200);
    }
    stop.abort();
    expect(dev!.output()).not.toContain("MaxListenersExceededWarning");
    expect(dev!.output()).toContain(`content/articles/${bodySlug}.mdx: 1 problem(s), skipped until fixed`);
  });
});
