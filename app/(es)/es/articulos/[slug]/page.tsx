import type { Metadata } from "next";
import { ArticlePage } from "@/components/articles/article-page";
import { MissingContent } from "@/components/dev/content-problems";
import { brokenSlugs } from "@/lib/content/collection";
import { articleIn, articlesIn } from "@/lib/content/localized";
import { articlePageMetadata } from "@/lib/seo/article";

// Every Spanish article is prerendered; an unknown slug is the Spanish 404.
export const dynamicParams = false;

export function generateStaticParams() {
  // In `npm run dev`, files skipped for their mistakes keep their address, to show them.
  return [...articlesIn("es").map((article) => article.slug), ...brokenSlugs("translated-article")].map((slug) => ({
    slug,
  }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = articleIn("es", (await params).slug);
  return article ? articlePageMetadata(article, "es") : {};
}

export default async function SpanishArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = articleIn("es", slug);
  if (!article) return <MissingContent collection="translated-article" slug={slug} />;
  return <ArticlePage article={article} locale="es" />;
}
