import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/articles/article-view";
import { PreviewBanner } from "@/components/articles/preview-banner";
import { getArticle } from "@/lib/content/articles";
import { previewEnabled } from "@/lib/content/preview";

// Drafts are not among the prerendered article pages, so preview has its own route: rendered on
// each request (Next sends Cache-Control: private, no-store) for browsers in draft mode only.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function findPreviewArticle(slug: string) {
  if (!previewEnabled || !(await draftMode()).isEnabled) return undefined;
  return getArticle(slug, { includeDrafts: true });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findPreviewArticle((await params).slug);
  return {
    title: article ? `Preview: ${article.frontmatter.title}` : "Preview",
    robots: { index: false, follow: false },
  };
}

export default async function PreviewArticlePage({ params }: Props) {
  const article = await findPreviewArticle((await params).slug);
  if (!article) notFound();
  return (
    <>
      <PreviewBanner slug={article.slug} draft={Boolean(article.frontmatter.draft)} />
      <ArticleView article={article} locale="en" />
    </>
  );
}
