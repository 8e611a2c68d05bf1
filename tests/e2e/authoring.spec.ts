import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { slug as tagSlug } from "github-slugger";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { formatDate } from "../../lib/format";
import { e2ePreviewSecret } from "../support/preview";

/**
 * What staff do with articles: write drafts nobody else sees, preview them with the secret link,
 * and publish them with a named medical reviewer. Runs against the production build.
 */

interface ArticleFile {
  slug: string;
  title: string;
  tags?: string[];
  draft?: boolean;
  reviewedBy?: string;
  lastReviewed?: string;
}

const contentDir = path.join(process.cwd(), "content");
/** The YAML between the two --- lines at the top of a content file. */
const frontmatterOf = (file: string) =>
  parse(readFileSync(path.join(contentDir, file), "utf8").split(/^---$/m)[1] ?? "") as Record<string, unknown>;

const articles: ArticleFile[] = readdirSync(path.join(contentDir, "articles"))
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => ({
    slug: name.replace(/\.mdx$/, ""),
    ...(frontmatterOf(`articles/${name}`) as Omit<ArticleFile, "slug">),
  }));
const draft = articles.find((article) => article.draft === true);
const reviewed = articles.find((article) => !article.draft && article.reviewedBy && article.lastReviewed);

const previewLink = (secret: string | undefined, slug: string) =>
  `/api/preview?${new URLSearchParams({ ...(secret === undefined ? {} : { secret }), slug })}`;

// The content folder must hold a draft and a reviewed article: these tests prove how they behave.
test("the content has a draft article and a reviewed, published article to test with", () => {
  expect(draft, "content/articles needs an article with draft: true").toBeTruthy();
  expect(reviewed, "content/articles needs a published article with reviewedBy").toBeTruthy();
});

test.describe("a draft article", () => {
  const slug = draft?.slug ?? "";
  const title = draft?.title ?? "";

  test("answers 404 in production", async ({ page }) => {
    const response = await page.goto(`/articles/${slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("appears in no list, tag page, sitemap or feed", async ({ page, request }) => {
    for (const listing of ["/", "/articles", ...(draft?.tags ?? []).map((tag) => `/articles/tags/${tagSlug(tag)}`)]) {
      const response = await page.goto(listing);
      if (response?.status() === 404) continue; // a tag only drafts use has no page at all
      await expect(page.locator(`a[href="/articles/${slug}"]`), listing).toHaveCount(0);
      await expect(page.getByText(title), listing).toHaveCount(0);
    }
    for (const file of ["/sitemap.xml", "/feed.xml"]) {
      const response = await request.get(file);
      if (response.status() === 404) {
        test.info().annotations.push({ type: "not checked", description: `${file} does not exist yet` });
        continue;
      }
      expect(response.status(), file).toBe(200);
      expect(await response.text(), file).not.toContain(slug);
    }
  });

  test("opens in preview with the secret link, with a Preview banner and a way out", async ({ page }) => {
    const response = await page.goto(previewLink(e2ePreviewSecret, slug));
    await expect(page).toHaveURL(`/preview/articles/${slug}`);
    expect(response?.status()).toBe(200);
    // Never cached, never indexed.
    expect(response?.headers()["cache-control"]).toContain("no-store");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    const banner = page.getByRole("complementary", { name: "Preview" });
    await expect(banner).toContainText("Preview — this draft is not published.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Draft (not published)")).toBeVisible();
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    // The public address stays a 404 even for the previewing browser.
    expect((await page.goto(`/articles/${slug}`))?.status()).toBe(404);

    await page.goto(`/preview/articles/${slug}`);
    await page.getByRole("link", { name: "Exit preview" }).click();
    await expect(page).toHaveURL("/articles");
    expect((await page.goto(`/preview/articles/${slug}`))?.status()).toBe(404);
  });

  test("is not shown to a browser that did not open the secret link", async ({ page }) => {
    const response = await page.goto(`/preview/articles/${slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(title)).toHaveCount(0);
  });

  test("a wrong or missing secret answers 401 and turns nothing on", async ({ request }) => {
    for (const link of [previewLink("not-the-secret-not-the-secret", slug), previewLink(undefined, slug)]) {
      const response = await request.get(link, { maxRedirects: 0 });
      expect(response.status(), link).toBe(401);
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(response.headers()["set-cookie"]).toBeUndefined();
    }
  });
});

test("the preview link answers 404 for an article that does not exist", async ({ request }) => {
  const response = await request.get(previewLink(e2ePreviewSecret, "no-such-article"), { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});

test("a reviewed article says who reviewed it and when, linking to the clinician", async ({ page }) => {
  expect(reviewed).toBeTruthy();
  const member = frontmatterOf(`team/${reviewed!.reviewedBy}.mdx`);
  await page.goto(`/articles/${reviewed!.slug}`);
  const line = page.getByText(/^Medically reviewed by /);
  // Who, with what qualification and when; then the licence California requires (B&P §680.5) and where to check it.
  await expect(line).toHaveText(
    `Medically reviewed by ${member.name}, ${member.credentials}, on ${formatDate(reviewed!.lastReviewed!)}` +
      ` · ${member.licenseType}, #${member.licenseNumber}, ${member.licensingBoard} · Check this licence`,
  );
  await expect(line.getByRole("link", { name: "Check this licence" })).toHaveAttribute(
    "href",
    String(member.licenseLookup),
  );
  await line.getByRole("link", { name: String(member.name) }).click();
  await expect(page).toHaveURL(`/about#team-${reviewed!.reviewedBy}`);
  await expect(page.locator(`#team-${reviewed!.reviewedBy}`)).toContainText(String(member.credentials));
});

test("content pages load no development-only code", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`/articles/${reviewed?.slug ?? articles[0]!.slug}`);
  await page.waitForLoadState("networkidle");
  expect(requested.filter((pathname) => pathname.startsWith("/api/dev/"))).toEqual([]);
  expect((await page.request.get("/api/dev/content-events")).status()).toBe(404);
});
