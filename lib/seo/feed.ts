import { Feed } from "feed";
import type { Article } from "@/lib/content/articles";
import type { Clinic } from "@/lib/content/clinic";
import { feedPath } from "./metadata";
import { absoluteUrl, siteUrl } from "./urls";

/** Dates in content have no time of day; noon UTC keeps them on the same calendar day everywhere. */
const toDate = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** What a feed needs of an article, in either language. */
export interface FeedEntry {
  slug: string;
  path: string;
  modified?: string;
  frontmatter: { title: string; description: string; date: string; author?: string };
  categories?: string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The articles index the feed stands for, and the feed's own address. */
  listPath: string;
  feedPath: string;
  language: string;
}

/**
 * RSS 2.0 of the given articles, newest first, every link absolute. The caller passes published
 * articles only. One builder for both languages (lib/i18n/feed.ts is the Spanish channel).
 */
export function buildRssFeed(entries: FeedEntry[], channel: FeedChannel, clinic: Clinic, origin: string): string {
  const sorted = [...entries].sort(
    (a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date) || a.slug.localeCompare(b.slug),
  );
  const newest = sorted
    .map((entry) => entry.modified)
    .filter((modified): modified is string => Boolean(modified))
    .sort()
    .at(-1);
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: absoluteUrl(channel.listPath, origin),
    link: absoluteUrl(channel.listPath, origin),
    language: channel.language,
    copyright: `© ${clinic.name}`,
    generator: false,
    ...(newest ? { updated: toDate(newest) } : {}),
    feedLinks: { rss: absoluteUrl(channel.feedPath, origin) },
  });
  for (const entry of sorted) {
    feed.addItem({
      title: entry.frontmatter.title,
      // No id/guid: the feed then uses the link as a permalink guid (isPermaLink="true").
      link: absoluteUrl(entry.path, origin),
      description: entry.frontmatter.description,
      date: toDate(entry.frontmatter.date),
      author: [{ name: entry.frontmatter.author ?? clinic.name, email: clinic.email }],
      ...(entry.categories ? { category: entry.categories.map((name) => ({ name })) } : {}),
    });
  }
  return feed.rss2();
}

/** The English feed of /articles. */
export function rssFeed(articles: Article[], clinic: Clinic, origin: string = siteUrl): string {
  return buildRssFeed(
    articles.map((article) => ({
      ...article,
      path: `/articles/${article.slug}`,
      categories: article.tags.map((tag) => tag.name),
    })),
    {
      title: `${clinic.name} articles`,
      description: clinic.description,
      listPath: "/articles",
      feedPath,
      language: "en-US",
    },
    clinic,
    origin,
  );
}
