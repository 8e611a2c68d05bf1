import type { Metadata } from "next";
import type { Thing } from "schema-dts";
import { getClinic } from "@/lib/content/clinic";
import type { LocalArticle } from "@/lib/content/localized";
import { getTeamMember } from "@/lib/content/team";
import { inLanguage } from "@/lib/i18n/json-ld";
import { t, type Locale } from "@/lib/i18n/messages";
import { articlePathIn, articlesPaths, homePaths } from "@/lib/i18n/paths";
import { articleNodes, breadcrumbNode } from "./json-ld";
import { articleMetadata } from "./metadata";

/** Where an English article lives, and where app/(en)/articles/[slug]/opengraph-image.tsx serves its image. */
export const articlePath = (slug: string) => articlePathIn("en", slug);
export const articleImagePath = (slug: string) => `${articlePath(slug)}/opengraph-image`;

/** The <head> metadata of an article page. Spanish articles use the site-wide image. */
export function articlePageMetadata(article: LocalArticle, locale: Locale): Metadata {
  const { title, description, date, author } = article.frontmatter;
  return articleMetadata({
    title,
    description,
    path: articlePathIn(locale, article.slug),
    publishedTime: date,
    modifiedTime: article.modified,
    authors: [author ?? getClinic().name],
    tags: article.tags.map((tag) => tag.name),
    locale,
    segmentImage: locale === "en",
  });
}

/** The JSON-LD nodes of an article page (the clinic itself is added by <JsonLd>). */
export function articlePageNodes(article: LocalArticle, locale: Locale): Thing[] {
  const { title, description, date, author, reviewedBy, lastReviewed } = article.frontmatter;
  const member = reviewedBy ? getTeamMember(reviewedBy) : undefined;
  const path = articlePathIn(locale, article.slug);
  const nodes = [
    ...articleNodes(
      {
        path,
        title,
        description,
        datePublished: date,
        dateModified: article.modified,
        author,
        tags: article.tags.map((tag) => tag.name),
        ...(locale === "en" ? { imagePath: articleImagePath(article.slug) } : {}),
        ...(member
          ? {
              reviewer: { id: member.slug, ...member.frontmatter },
              ...(lastReviewed ? { lastReviewed } : {}),
            }
          : {}),
      },
      getClinic(),
    ),
    articlesBreadcrumb(locale, { name: title, path }),
  ];
  return inLanguage(nodes, locale);
}

/** Home › Articles (› the page itself): the breadcrumb of every page under the articles. */
export function articlesBreadcrumb(locale: Locale, last?: { name: string; path: string }): Thing {
  const crumbs = t(locale).breadcrumbs;
  return breadcrumbNode([
    { name: crumbs.home, path: homePaths[locale] },
    { name: crumbs.articles, path: articlesPaths[locale] },
    ...(last ? [last] : []),
  ]);
}
