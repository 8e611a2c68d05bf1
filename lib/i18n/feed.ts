import { Feed } from "feed";
import type { Clinic } from "@/lib/content/clinic";
import type { TranslatedArticle } from "@/lib/content/translations";
import { absoluteUrl, siteUrl } from "@/lib/seo/urls";
import { languageTag, t } from "./messages";
import { spanishArticlePath, spanishArticlesPath, spanishFeedPath } from "./paths";

const toDate = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** RSS 2.0 of the Spanish articles (language es-US), every link absolute, newest first. */
export function spanishRssFeed(articles: TranslatedArticle[], clinic: Clinic, origin: string = siteUrl): string {
  const sorted = [...articles].sort(
    (a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date) || a.slug.localeCompare(b.slug),
  );
  const newest = sorted
    .map((article) => article.modified)
    .sort()
    .at(-1);
  const feed = new Feed({
    title: t("es").feedTitle(clinic.name),
    description: t("es").articlesIndex.description,
    id: absoluteUrl(spanishArticlesPath, origin),
    link: absoluteUrl(spanishArticlesPath, origin),
    language: languageTag.es,
    copyright: `© ${clinic.name}`,
    generator: false,
    ...(newest ? { updated: toDate(newest) } : {}),
    feedLinks: { rss: absoluteUrl(spanishFeedPath, origin) },
  });
  for (const article of sorted) {
    feed.addItem({
      title: article.frontmatter.title,
      link: absoluteUrl(spanishArticlePath(article.slug), origin),
      description: article.frontmatter.description,
      date: toDate(article.frontmatter.date),
      author: [{ name: article.frontmatter.author ?? clinic.name, email: clinic.email }],
    });
  }
  return feed.rss2();
}
