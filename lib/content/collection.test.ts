import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * `npm run dev` (here NODE_ENV=test, which behaves like development): a file with any error,
 * in its frontmatter or only in its body, is left out of every list, and its own address gets
 * its problems, in content:check's words. A copy of content/ is served (CONTENT_DIR), so the
 * broken files never touch the real one.
 */
let root = "";
let site: {
  articles: typeof import("./articles");
  pages: typeof import("./pages");
  collection: typeof import("./collection");
};

const article = (title: string, body: string) =>
  ["---", title, 'description: "A test article."', 'date: "2026-11-30"', "tags: [ketamine therapy]", "---", "", body, ""].join("\n");

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "shamynds-collection-"));
  cpSync(path.join(process.cwd(), "content"), root, { recursive: true });
  writeFileSync(path.join(root, "articles", "broken-frontmatter.mdx"), article("title: Unquoted: colon", "Fine words."));
  writeFileSync(path.join(root, "articles", "broken-body.mdx"), article('title: "Body mistake"', "<Calout>Misspelt.</Calout>"));
  writeFileSync(
    path.join(root, "pages", "broken-page.mdx"),
    ["---", 'title: "A page"', 'description: "A page."', 'updated: "2026-13-45"', "---", "", "Words.", ""].join("\n"),
  );
  vi.stubEnv("CONTENT_DIR", root);
  vi.resetModules();
  site = {
    articles: await import("./articles"),
    pages: await import("./pages"),
    collection: await import("./collection"),
  };
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe("a broken content file in development", () => {
  it("is left out of the lists, whether the mistake is in the frontmatter or only in the body", () => {
    const slugs = site.articles.getArticles().map((entry) => entry.slug);
    expect(slugs).toContain("why-does-ketamine-therapy-work");
    expect(slugs).not.toContain("broken-frontmatter");
    expect(slugs).not.toContain("broken-body");
    expect(site.articles.getArticle("broken-body")).toBeUndefined();
    expect(site.pages.getPage("faq")).toBeDefined();
    expect(site.pages.getPage("broken-page")).toBeUndefined();
  });

  it("keeps its address, which shows every problem in content:check's words", () => {
    expect(site.collection.brokenSlugs("article").sort()).toEqual(["broken-body", "broken-frontmatter"]);
    expect(site.collection.brokenSlugs("page")).toEqual(["broken-page"]);
    const body = site.collection.brokenEntryProblems("article", "broken-body")!;
    expect(body.map((problem) => `${problem.file}:${problem.line} ${problem.rule}`)).toEqual([
      `${path.relative(process.cwd(), root)}/articles/broken-body.mdx:8 mdx/component`,
    ]);
    expect(body[0]!.fix).toContain("Did you mean <Callout>?");
    expect(site.collection.brokenEntryProblems("page", "broken-page")![0]!.rule).toBe("updated");
    expect(site.collection.brokenEntryProblems("page", "faq")).toBeUndefined();
  });

  it("is back in the lists as soon as it is saved without mistakes", () => {
    writeFileSync(path.join(root, "articles", "broken-body.mdx"), article('title: "Body mistake"', "<Callout>Spelt.</Callout>"));
    expect(site.articles.getArticles().map((entry) => entry.slug)).toContain("broken-body");
    expect(site.collection.brokenEntryProblems("article", "broken-body")).toBeUndefined();
  });
});
