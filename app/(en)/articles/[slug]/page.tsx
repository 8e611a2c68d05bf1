import type { Metadata } from "next";
import { ArticlePage } from "@/components/articles/article-page";
import { MissingContent } from "@/components/dev/content-problems";
import { brokenSlugs } from "@/lib/content/collection";
import { articleIn, articlesIn } from "@/lib/content/localized";
import { articlePageMetadata } from "@/lib/seo/article";

// Every article is prerendered at build time; an unknown slug is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  // In `npm run dev`, files skipped for their mistakes keep their address, to show them.
  return [...articlesIn("en").map((article) => article.slug), ...brokenSlugs("article")].map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = articleIn("en", (await params).slug);
  return article ? articlePageMetadata(article, "en") : {};
}

export default async function EnglishArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = articleIn("en", slug);
  if (!article) return <MissingContent collection="article" slug={slug} />;
  return <ArticlePage article={article} locale="en" />;
}
