import { Feed } from "feed";
import type { Article } from "@/lib/content/articles";
import type { Clinic } from "@/lib/content/clinic";
import { feedPath } from "./metadata";
import { absoluteUrl, siteUrl } from "./urls";

/** Dates in content have no time of day; noon UTC keeps them on the same calendar day everywhere. */
const toDate = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/**
 * RSS 2.0 of the given articles, newest first, every link absolute. The caller passes published
 * articles only.
 */
export function rssFeed(articles: Article[], clinic: Clinic, origin: string = siteUrl): string {
  const sorted = [...articles].sort(
    (a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date) || a.slug.localeCompare(b.slug),
  );
  const newest = sorted
    .map((article) => article.modified)
    .sort()
    .at(-1);
  const feed = new Feed({
    title: `${clinic.name} articles`,
    description: clinic.description,
    id: absoluteUrl("/articles", origin),
    link: absoluteUrl("/articles", origin),
    language: "en-US",
    copyright: `© ${clinic.name}`,
    generator: false,
    ...(newest ? { updated: toDate(newest) } : {}),
    feedLinks: { rss: absoluteUrl(feedPath, origin) },
  });
  for (const article of sorted) {
    const link = absoluteUrl(`/articles/${article.slug}`, origin);
    feed.addItem({
      title: article.frontmatter.title,
      // No id/guid: the feed then uses the link as a permalink guid (isPermaLink="true").
      link,
      description: article.frontmatter.description,
      date: toDate(article.frontmatter.date),
      author: [
        {
          name: article.frontmatter.author ?? clinic.name,
          email: clinic.email,
        },
      ],
      category: article.tags.map((tag) => ({ name: tag.name })),
    });
  }
  return feed.rss2();
}
