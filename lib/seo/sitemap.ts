import type { MetadataRoute } from "next";
import type { Article } from "@/lib/content/articles";
import { glossaryPaths } from "@/lib/content/glossary";
import { homePageSlug } from "@/lib/content/page-routes";
import type { ClinicPage } from "@/lib/content/pages";
import { absoluteUrl, siteUrl } from "./urls";

type Entry = MetadataRoute.Sitemap[number];

const latest = (dates: (string | undefined)[]): string | undefined =>
  dates
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1);

/**
 * Every public, indexable URL with the date its content last changed. The caller passes
 * published articles only: drafts must never be listed.
 */
export function sitemapEntries(
  { articles, pages }: { articles: Article[]; pages: ClinicPage[] },
  origin: string = siteUrl,
): MetadataRoute.Sitemap {
  const entry = (path: string, lastModified: string | undefined): Entry => ({
    url: absoluteUrl(path, origin),
    ...(lastModified ? { lastModified } : {}),
  });
  const newestArticle = latest(articles.map((article) => article.modified));

  const tags = new Map<string, string[]>();
  for (const article of articles) {
    for (const tag of article.tags) tags.set(tag.slug, [...(tags.get(tag.slug) ?? []), article.modified]);
  }

  return [
    entry("/", latest([newestArticle, ...pages.map((page) => page.frontmatter.updated)])),
    entry("/articles", newestArticle),
    ...articles.map((article) => entry(`/articles/${article.slug}`, article.modified)),
    ...[...tags]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([slug, dates]) => entry(`/articles/tags/${slug}`, latest(dates))),
    // home.mdx is "/" above.
    ...pages
      .filter((page) => page.slug !== homePageSlug)
      .map((page) => entry(`/${page.slug}`, page.frontmatter.updated)),
    entry("/consultation", undefined),
    entry(glossaryPaths.en, undefined),
  ];
}
