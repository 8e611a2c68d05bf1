import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { ArticleView } from "@/components/articles/article-view";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticle, getArticles } from "@/lib/content/articles";
import { brokenSlugs } from "@/lib/content/collection";
import { articlePageMetadata, articlePageNodes } from "@/lib/seo/article";
import { MissingContent } from "@/components/dev/content-problems";

// Every article is prerendered at build time; an unknown slug is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  // In `npm run dev`, files skipped for their mistakes keep their address, to show them.
  return [...getArticles().map((article) => article.slug), ...brokenSlugs("article")].map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return articlePageMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return <MissingContent collection="article" slug={slug} />;
  return (
    <>
      <JsonLd nodes={articlePageNodes(article)} />
      <LanguageSwitch locale="en" path={`/articles/${article.slug}`} />
      <ArticleView article={article} />
    </>
  );
}
