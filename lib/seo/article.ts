import type { Metadata } from "next";
import type { Thing } from "schema-dts";
import type { Article } from "@/lib/content/articles";
import { getClinic } from "@/lib/content/clinic";
import { getTeamMember } from "@/lib/content/team";
import { articleNodes, breadcrumbNode } from "./json-ld";
import { articleMetadata } from "./metadata";

/** Where an article lives, and where app/articles/[slug]/opengraph-image.tsx serves its image. */
export const articlePath = (slug: string) => `/articles/${slug}`;
export const articleImagePath = (slug: string) => `${articlePath(slug)}/opengraph-image`;

/** The <head> metadata of an article page. */
export function articlePageMetadata(article: Article): Metadata {
  const { title, description, date, author } = article.frontmatter;
  return articleMetadata({
    title,
    description,
    path: articlePath(article.slug),
    publishedTime: date,
    modifiedTime: article.modified,
    authors: [author ?? getClinic().name],
    tags: article.tags.map((tag) => tag.name),
  });
}

/** The JSON-LD nodes of an article page (the clinic itself is added by <JsonLd>). */
export function articlePageNodes(article: Article): Thing[] {
  const { title, description, date, author, reviewedBy, lastReviewed } = article.frontmatter;
  const member = reviewedBy ? getTeamMember(reviewedBy) : undefined;
  const path = articlePath(article.slug);
  return [
    ...articleNodes(
      {
        path,
        title,
        description,
        datePublished: date,
        dateModified: article.modified,
        author,
        tags: article.tags.map((tag) => tag.name),
        imagePath: articleImagePath(article.slug),
        ...(member
          ? {
              reviewer: { id: member.slug, ...member.frontmatter },
              ...(lastReviewed ? { lastReviewed } : {}),
            }
          : {}),
      },
      getClinic(),
    ),
    breadcrumbNode([
      { name: "Home", path: "/" },
      { name: "Articles", path: "/articles" },
      { name: title, path },
    ]),
  ];
}
