import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import { xml2js, type Element } from "xml-js";
import { routes, seedArticle } from "./routes";

/** Frontmatter read as YAML 1.2, as the site reads it (an unquoted date stays text). */
const readFrontmatter = (source: string) =>
  matter(source, { engines: { yaml: (text: string) => parseYaml(text) ?? {} } });

/**
 * Found and shared: every page describes itself to search engines and link previews with absolute
 * URLs on SITE_URL, carries one JSON-LD graph, and the sitemap, robots.txt and RSS feed list
 * exactly the published articles.
 */

/** The SITE_URL the test server runs with (playwright.config.ts sets it for the webServer). */
function siteOrigin(): string {
  const servers = test.info().config.webServer;
  const env = (Array.isArray(servers) ? servers[0] : servers)?.env;
  return (env?.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** Published articles straight from the content files (read independently of lib/content). */
function publishedArticles(): {
  slug: string;
  date: string;
  modified: string;
}[] {
  const dir = path.join(process.cwd(), "content/articles");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => ({
      slug: name.slice(0, -4),
      data: readFrontmatter(readFileSync(path.join(dir, name), "utf8")).data,
    }))
    .filter(({ data }) => data.draft !== true)
    .map(({ slug, data }) => {
      const date = String(data.date);
      const updated = data.updated ? String(data.updated) : undefined;
      return {
        slug,
        date,
        modified: updated && updated > date ? updated : date,
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/** A URL of the site fetched from the test server: its path part, whatever origin it names. */
async function fetchOwn(request: APIRequestContext, url: string) {
  const { pathname, search } = new URL(url);
  return request.get(pathname + search);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const children = (element: Element | undefined, name: string): Element[] =>
  (element?.elements ?? []).filter((child) => child.type === "element" && child.name === name);
const text = (element: Element | undefined): string =>
  (element?.elements ?? [])
    .map((child) => String(child.text ?? child.cdata ?? ""))
    .join("")
    .trim();

function parseXml(body: string): Element {
  // xml-js throws on malformed XML, which is what we want to catch.
  return xml2js(body, { captureSpacesBetweenElements: false }) as Element;
}

type JsonLdNode = { "@type"?: string | string[]; [key: string]: unknown };
const typesOf = (nodes: JsonLdNode[]) => nodes.flatMap((node) => [node["@type"] ?? []].flat());

test.describe("every page describes itself", () => {
  for (const route of routes) {
    test(`${route.path} has a title, description, canonical, Open Graph, Twitter card and one JSON-LD graph`, async ({
      page,
    }) => {
      const origin = siteOrigin();
      const response = await page.goto(route.path);
      expect(response?.status()).toBe(200);

      expect(await page.title()).toMatch(/ShaMynds Healing Center/);

      const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute("content");
      expect((await meta('name="description"'))?.length ?? 0).toBeGreaterThan(30);

      const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
      const expected = `${origin}${route.path === "/" ? "" : route.path}`;
      expect(canonical?.replace(/\/$/, "")).toBe(expected);

      for (const property of ["og:title", "og:description", "og:site_name", "og:type"]) {
        expect(await meta(`property="${property}"`), property).toBeTruthy();
      }
      expect(await meta('property="og:site_name"')).toBe("ShaMynds Healing Center");
      expect((await meta('property="og:url"'))?.replace(/\/$/, "")).toBe(expected);
      expect(await meta('property="og:image"')).toMatch(new RegExp(`^${origin}/`));
      expect(await meta('name="twitter:card"')).toBe("summary_large_image");

      const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
      await expect(feed).toHaveCount(1);
      expect(await feed.getAttribute("href")).toBe(`${origin}/feed.xml`);

      const scripts = page.locator('script[type="application/ld+json"]');
      await expect(scripts).toHaveCount(1);
      const raw = (await scripts.first().textContent()) ?? "";
      expect(raw).not.toContain("<");
      const data = JSON.parse(raw) as {
        "@context": string;
        "@graph": JsonLdNode[];
      };
      expect(data["@context"]).toBe("https://schema.org");
      const graph = data["@graph"];
      const clinic = graph.find((node) => node["@type"] === "MedicalClinic");
      expect(clinic).toMatchObject({
        name: "ShaMynds Healing Center",
        url: `${origin}/`,
        medicalSpecialty: "https://schema.org/Psychiatric",
        address: { "@type": "PostalAddress" },
      });
      expect(clinic?.telephone).toMatch(/^\+\d+$/);
      expect(clinic?.email).toMatch(/@/);
      expect(Array.isArray(clinic?.openingHoursSpecification)).toBe(true);

      if (route.path === seedArticle.path) {
        expect(await meta('property="og:type"')).toBe("article");
        expect(await meta('property="article:published_time"')).toMatch(/^\d{4}-\d{2}-\d{2}/);
        expect(await meta('property="article:modified_time"')).toMatch(/^\d{4}-\d{2}-\d{2}/);
        expect(typesOf(graph)).toEqual(expect.arrayContaining(["MedicalWebPage", "Article", "BreadcrumbList"]));
        const article = graph.find((node) => node["@type"] === "Article");
        expect(article).toMatchObject({
          headline: seedArticle.title,
          publisher: { "@id": clinic?.["@id"] },
        });
        expect(article?.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(article?.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const webPage = graph.find((node) => node["@type"] === "MedicalWebPage");
        expect(webPage?.reviewedBy).toMatchObject({ "@type": "Person" });
        expect(webPage?.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const crumbs = graph.find((node) => node["@type"] === "BreadcrumbList")?.itemListElement as { item: string }[];
        expect(crumbs.map((crumb) => crumb.item)).toEqual([
          `${origin}/`,
          `${origin}/articles`,
          `${origin}${seedArticle.path}`,
        ]);
      } else {
        expect(await meta('property="og:type"')).toBe("website");
      }

      if (route.path === "/faq") {
        const faq = graph.find((node) => node["@type"] === "FAQPage");
        const questions = faq?.mainEntity as {
          "@type": string;
          name: string;
          acceptedAnswer: { text: string };
        }[];
        expect(questions.length).toBeGreaterThan(3);
        for (const question of questions) {
          expect(question["@type"]).toBe("Question");
          expect(question.name).toMatch(/\?$/);
          expect(question.acceptedAnswer.text.length).toBeGreaterThan(20);
        }
        // The questions are the ones the reader sees.
        await expect(page.getByRole("heading", { name: questions[0]!.name })).toBeVisible();
      } else {
        expect(typesOf(graph)).not.toContain("FAQPage");
      }
    });
  }
});

test("no two pages share a title", async ({ request }) => {
  const seen = new Map<string, string>();
  for (const route of routes) {
    const response = await request.get(route.path);
    if (route.path === "/consultation" && response.status() === 404) continue;
    const title = /<title>([^<]*)<\/title>/.exec(await response.text())?.[1];
    expect(title, route.path).toBeTruthy();
    expect(seen.get(title!), `${route.path} has the title of ${seen.get(title!)}`).toBeUndefined();
    seen.set(title!, route.path);
  }
});

test("shared images are 1200×630 PNGs at absolute URLs that answer", async ({ page, request }) => {
  const origin = siteOrigin();
  for (const route of [seedArticle.path, "/"]) {
    await page.goto(route);
    const image = await page.locator('head meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(new RegExp(`^${origin}/`));
    if (route === seedArticle.path) expect(image).toContain(`${seedArticle.path}/opengraph-image`);
    const response = await fetchOwn(request, image!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({
      width: 1200,
      height: 630,
    });
    expect(await page.locator('head meta[property="og:image:width"]').getAttribute("content")).toBe("1200");
    expect(await page.locator('head meta[property="og:image:height"]').getAttribute("content")).toBe("630");
  }
});

test("the sitemap lists every public page and exactly the published articles", async ({ request }) => {
  const origin = siteOrigin();
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const urlset = children(parseXml(await response.text()), "urlset")[0];
  const entries = children(urlset, "url").map((url) => ({
    loc: text(children(url, "loc")[0]),
    lastmod: children(url, "lastmod")[0] ? text(children(url, "lastmod")[0]) : undefined,
  }));
  for (const entry of entries) expect(entry.loc.startsWith(`${origin}/`), entry.loc).toBe(true);

  const articleUrls = entries.filter((entry) => /\/articles\/(?!tags\/)[^/]+$/.test(entry.loc));
  const published = publishedArticles();
  expect(articleUrls.map((entry) => entry.loc).sort()).toEqual(
    published.map((article) => `${origin}/articles/${article.slug}`).sort(),
  );
  for (const article of published) {
    expect(articleUrls.find((entry) => entry.loc.endsWith(`/articles/${article.slug}`))?.lastmod).toBe(
      article.modified,
    );
  }

  const locs = entries.map((entry) => entry.loc.replace(/\/$/, ""));
  for (const route of routes) expect(locs, route.path).toContain(`${origin}${route.path === "/" ? "" : route.path}`);
  // Everything listed exists.
  for (const entry of entries) expect((await fetchOwn(request, entry.loc)).status(), entry.loc).toBe(200);
});

test("robots.txt allows crawling, keeps out /api/ and /dev/, and names the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toMatch(/^User-Agent: \*$/im);
  expect(body).toMatch(/^Allow: \/$/m);
  expect(body).toMatch(/^Disallow: \/api\/$/m);
  expect(body).toMatch(/^Disallow: \/dev\/$/m);
  expect(body).toContain(`Sitemap: ${siteOrigin()}/sitemap.xml`);
});

test("the RSS feed lists exactly the published articles, newest first, with absolute links", async ({ request }) => {
  const origin = siteOrigin();
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const rss = children(parseXml(await response.text()), "rss")[0];
  expect(rss?.attributes?.version).toBe("2.0");
  const channel = children(rss, "channel")[0];
  expect(text(children(channel, "link")[0])).toBe(`${origin}/articles`);
  const items = children(channel, "item");
  expect(items.map((item) => text(children(item, "link")[0]))).toEqual(
    publishedArticles().map((article) => `${origin}/articles/${article.slug}`),
  );
  for (const item of items) {
    expect(text(children(item, "title")[0]).length).toBeGreaterThan(0);
    expect(Date.parse(text(children(item, "pubDate")[0]))).not.toBeNaN();
  }
});

test("the icons and the web app manifest answer", async ({ request }) => {
  for (const file of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
    expect((await request.get(file)).status(), file).toBe(200);
  }
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    icons: { src: string }[];
  };
  expect(manifest.name).toBe("ShaMynds Healing Center");
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});
