import { notFound } from "next/navigation";
import { ArticleView } from "@/components/articles/article-view";
import { SpanishArticleView } from "@/components/i18n/spanish-article-view";
import { getArticle } from "@/lib/content/articles";
import { forgetLoadedContent } from "@/lib/content/loaded-content";
import { ContentError } from "@/lib/content/problems";
import { getSpanishArticle } from "@/lib/content/translations";
import { findPreviewRoute } from "@/lib/studio/preview-routes";
import { PreviewBar } from "../../../components/preview-bar";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ path?: string[] }> };

/** A page as it will look once published, from the files as they are saved now (drafts too). */
export default async function PreviewPage({ params }: Props) {
  const { path = [] } = await params;
  const address = `/${path.join("/")}`;
  forgetLoadedContent();
  // Loading the files is what can fail here (a file with errors); rendering happens later, in React.
  const content = await render(address).catch((error: unknown) => {
    if (error instanceof ContentError) return "has-problems" as const;
    throw error;
  });
  if (!content) notFound();
  return (
    <>
      <PreviewBar address={address} />
      {content === "has-problems" ? (
        <p className="mx-auto max-w-3xl p-4">
          This page cannot be shown until its problems are fixed: see them on the studio&apos;s home page.
        </p>
      ) : (
        content
      )}
    </>
  );
}

async function render(address: string) {
  const article = /^\/articles\/([a-z0-9-]+)$/.exec(address);
  if (article?.[1]) {
    const found = getArticle(article[1], { includeDrafts: true });
    return found && <ArticleView article={found} />;
  }
  const spanish = /^\/es\/articulos\/([a-z0-9-]+)$/.exec(address);
  if (spanish?.[1]) {
    const found = getSpanishArticle(spanish[1], { includeDrafts: true });
    return found && <SpanishArticleView article={found} />;
  }
  const route = findPreviewRoute(address);
  if (!route) return undefined;
  const { default: Page } = await route.load();
  return <Page params={Promise.resolve(route.params)} />;
}
