import { notFound } from "next/navigation";
import { renderOgImage } from "@/components/seo/og-image";
import { getArticle, getArticles } from "@/lib/content/articles";
import { getClinic } from "@/lib/content/clinic";
import { ogImageSize } from "@/lib/seo/metadata";

// One image per published article, drawn at build time; drafts never get one.
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles({ includeDrafts: false }).map((article) => ({
    slug: article.slug,
  }));
}

export const alt = `An article from ${getClinic().name}`;
export const size = ogImageSize;
export const contentType = "image/png";

export default async function ArticleImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug, { includeDrafts: false });
  if (!article) notFound();
  const clinic = getClinic();
  return renderOgImage({
    kicker: clinic.name,
    title: article.frontmatter.title,
    footer: `Article · ${article.readingMinutes} min read`,
  });
}
