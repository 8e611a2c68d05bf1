import { expect, test } from "@playwright/test";
import { routes, seedArticle } from "./routes";
import { spanishRoutes } from "./spanish-routes";

/**
 * Every page a GET reaches is a document that works, and is served, without any JavaScript: the
 * consultation forms too (they post natively; only the answers are rendered per request).
 */
const documents = [
  ...routes.map((route) => route.path),
  ...spanishRoutes.map((route) => route.path),
  "/articles/unknown-article",
  "/no-such-page",
  "/es/no-existe",
];

/** What in the HTML as served could run or fetch code (JSON-LD is data and stays). */
function executableParts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/type="application\/ld\+json"/i.test(match[1] ?? "")) found.push(match[0]);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/rel="modulepreload"|rel="preload"[^>]*as="script"|as="script"[^>]*rel="preload"/i.test(match[0]))
      found.push(match[0]);
  }
  if (html.includes("__next_f")) found.push("self.__next_f (inline RSC payload)");
  return found;
}

for (const path of documents) {
  test(`${path} is served as a document: no script, no script preload, no payload, script-src 'none'`, async ({
    page,
    request,
  }) => {
    const response = await request.get(path);
    expect([200, 404]).toContain(response.status());
    expect(executableParts(await response.text())).toEqual([]);
    const policies = response
      .headersArray()
      .filter((header) => header.name.toLowerCase() === "content-security-policy");
    expect(policies).toHaveLength(1);
    expect(policies[0]!.value).toContain("script-src 'none'");

    const scripts: string[] = [];
    page.on("request", (browserRequest) => {
      if (browserRequest.resourceType() === "script" || /\.m?js(\?|$)/.test(new URL(browserRequest.url()).pathname)) {
        scripts.push(browserRequest.url());
      }
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
  });
}

test("the skip link moves the keyboard to the main content on a document", async ({ page }) => {
  await page.goto(seedArticle.path);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("#main")).toBeFocused();
});

test("the table of contents jumps to its headings without JavaScript", async ({ page }) => {
  await page.goto(seedArticle.path);
  const contents = page.getByRole("navigation", { name: "On this page" });
  const link = contents.getByRole("link").nth(2);
  const target = (await link.getAttribute("href"))!;
  expect(target).toMatch(/^#/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test("the menu opens on a phone, and its links are plain navigations", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByText("Menu", { exact: true }).click();
  const link = page.getByRole("navigation", { name: "Main (mobile)" }).getByRole("link", { name: "Articles" });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
  await context.close();
});
