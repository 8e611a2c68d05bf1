import { notFound } from "next/navigation";
import { renderOgImage } from "@/components/seo/og-image";
import { getArticle } from "@/lib/content/articles";
import { getClinic } from "@/lib/content/clinic";
import { ogImageSize } from "@/lib/seo/metadata";

// One image per published article, drawn on its first request and then served from Next's cache
// until the next deploy. Drawing them all during the build took as long as prerendering the
// articles themselves (npm run bench:build), which matters at thousands of articles.
// Drafts and unknown slugs get a 404.
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams(): { slug: string }[] {
  return [];
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
