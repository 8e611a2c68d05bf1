import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { SpanishArticleView } from "@/components/i18n/spanish-article-view";
import { JsonLd } from "@/components/seo/json-ld";
import { getClinic } from "@/lib/content/clinic";
import { getTeamMember } from "@/lib/content/team";
import { brokenSlugs } from "@/lib/content/collection";
import { getSpanishArticle, getSpanishArticles } from "@/lib/content/translations";
import { MissingContent } from "@/components/dev/content-problems";
import { inLanguage } from "@/lib/i18n/json-ld";
import { spanishArticlePath, spanishArticlesPath, spanishHomePath } from "@/lib/i18n/paths";
import { articleNodes, breadcrumbNode } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";

// Every Spanish article is prerendered; an unknown slug is the Spanish 404.
export const dynamicParams = false;

export function generateStaticParams() {
  // In `npm run dev`, files skipped for their mistakes keep their address, to show them.
  return [...getSpanishArticles().map((article) => article.slug), ...brokenSlugs("translated-article")].map((slug) => ({
    slug,
  }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getSpanishArticle((await params).slug);
  if (!article) return {};
  const { title, description, date, author } = article.frontmatter;
  return articleMetadata({
    title,
    description,
    path: spanishArticlePath(article.slug),
    publishedTime: date,
    modifiedTime: article.modified,
    authors: [author ?? getClinic().name],
    locale: "es",
    segmentImage: false,
  });
}

export default async function SpanishArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = getSpanishArticle(slug);
  if (!article) return <MissingContent collection="translated-article" slug={slug} />;
  const { title, description, date, author, reviewedBy, lastReviewed } = article.frontmatter;
  const member = reviewedBy ? getTeamMember(reviewedBy) : undefined;
  const path = spanishArticlePath(article.slug);
  const nodes = [
    ...articleNodes(
      {
        path,
        title,
        description,
        datePublished: date,
        dateModified: article.modified,
        author,
        ...(member
          ? { reviewer: { id: member.slug, ...member.frontmatter }, ...(lastReviewed ? { lastReviewed } : {}) }
          : {}),
      },
      getClinic(),
    ),
    breadcrumbNode([
      { name: "Inicio", path: spanishHomePath },
      { name: "Artículos", path: spanishArticlesPath },
      { name: title, path },
    ]),
  ];
  return (
    <>
      <JsonLd nodes={inLanguage(nodes, "es")} />
      <LanguageSwitch locale="es" path={path} />
      <SpanishArticleView article={article} />
    </>
  );
}
