import { describe, expect, it } from "vitest";
import { xml2js, type Element } from "xml-js";
import type { Article } from "@/lib/content/articles";
import { getClinic } from "@/lib/content/clinic";
import type { ClinicPage } from "@/lib/content/pages";
import { rssFeed } from "./feed";
import { sitemapEntries } from "./sitemap";

const origin = "https://www.shamynds.example";

function article(slug: string, date: string, updated?: string, tags: string[] = []): Article {
  return {
    slug,
    file: `content/articles/${slug}.mdx`,
    frontmatter: {
      title: `Title <${slug}> & more`,
      description: `About ${slug}`,
      date,
      ...(updated ? { updated } : {}),
    },
    body: "",
    bodyStartLine: 1,
    readingMinutes: 1,
    tags: tags.map((name) => ({ name, slug: name.replace(/\s+/g, "-") })),
    modified: updated && updated > date ? updated : date,
  };
}

const page = (slug: string, updated?: string): ClinicPage => ({
  slug,
  file: `content/pages/${slug}.mdx`,
  frontmatter: {
    title: slug,
    description: slug,
    ...(updated ? { updated } : {}),
  },
  body: "",
  bodyStartLine: 1,
});

const children = (element: Element | undefined, name: string) =>
  (element?.elements ?? []).filter((child) => child.name === name);
const text = (element: Element | undefined) =>
  (element?.elements ?? []).map((child) => child.text ?? child.cdata ?? "").join("");

describe("rssFeed", () => {
  const xml = rssFeed(
    [article("older", "2025-01-10", "2026-02-01", ["anxiety"]), article("newer", "2026-03-01")],
    getClinic(),
    origin,
  );
  const channel = children(children(xml2js(xml) as Element, "rss")[0], "channel")[0];
  const items = children(channel, "item");

  it("is RSS 2.0 with absolute links, newest article first", () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/);
    expect(text(children(channel, "link")[0])).toBe(`${origin}/articles`);
    expect(items.map((item) => text(children(item, "link")[0]))).toEqual([
      `${origin}/articles/newer`,
      `${origin}/articles/older`,
    ]);
    expect(text(children(items[0], "pubDate")[0])).toBe(new Date("2026-03-01T12:00:00Z").toUTCString());
  });

  it("keeps titles intact through XML escaping", () => {
    expect(text(children(items[0], "title")[0])).toBe("Title <newer> & more");
  });
});

describe("sitemapEntries", () => {
  const entries = sitemapEntries(
    {
      articles: [
        article("older", "2025-01-10", "2026-02-01", ["anxiety"]),
        article("newer", "2026-03-01", undefined, ["anxiety"]),
      ],
      pages: [page("about", "2026-11-26"), page("faq")],
    },
    origin,
  );
  const byUrl = Object.fromEntries(entries.map((entry) => [entry.url, entry.lastModified]));

  it("lists home, the index, each article, tag and page, the form and the glossary with absolute URLs", () => {
    expect(Object.keys(byUrl)).toEqual([
      `${origin}/`,
      `${origin}/articles`,
      `${origin}/articles/older`,
      `${origin}/articles/newer`,
      `${origin}/articles/tags/anxiety`,
      `${origin}/about`,
      `${origin}/faq`,
      `${origin}/consultation`,
      `${origin}/glossary`,
    ]);
  });

  it("dates each entry by its content's last change", () => {
    expect(byUrl[`${origin}/articles/older`]).toBe("2026-02-01");
    expect(byUrl[`${origin}/articles/newer`]).toBe("2026-03-01");
    expect(byUrl[`${origin}/articles`]).toBe("2026-03-01");
    expect(byUrl[`${origin}/articles/tags/anxiety`]).toBe("2026-03-01");
    expect(byUrl[`${origin}/`]).toBe("2026-11-26");
    expect(byUrl[`${origin}/faq`]).toBeUndefined();
  });
});
