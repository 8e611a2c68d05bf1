import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/articles/article-page";
import { forgetLoadedContent } from "@/lib/content/loaded-content";
import { ContentError } from "@/lib/content/problems";
import { articleIn } from "@/lib/content/localized";
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

const articleAddresses = [
  { locale: "en", pattern: /^\/articles\/([a-z0-9-]+)$/ },
  { locale: "es", pattern: /^\/es\/articulos\/([a-z0-9-]+)$/ },
] as const;

async function render(address: string) {
  // Articles include drafts here, which their public routes never show.
  for (const { locale, pattern } of articleAddresses) {
    const slug = pattern.exec(address)?.[1];
    if (!slug) continue;
    const found = articleIn(locale, slug, { includeDrafts: true });
    return found && <ArticlePage article={found} locale={locale} />;
  }
  const route = findPreviewRoute(address);
  if (!route) return undefined;
  const { default: Page } = await route.load();
  return <Page params={Promise.resolve(route.params)} />;
}
