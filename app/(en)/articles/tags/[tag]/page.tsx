import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { PageHeader } from "@/components/layout/page-header";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticlesByTag, getTags } from "@/lib/content/articles";
import { breadcrumbNode } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

type Props = { params: Promise<{ tag: string }> };

function findTag(slug: string) {
  return getTags().find((tag) => tag.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = findTag((await params).tag);
  if (!tag) return {};
  return pageMetadata({
    title: `Articles about ${tag.name}`,
    description: `Articles from ShaMynds Healing Center about ${tag.name}.`,
    path: `/articles/tags/${tag.slug}`,
  });
}

export default async function TagPage({ params }: Props) {
  const tag = findTag((await params).tag);
  if (!tag) notFound();
  const crumbs = [
    { name: "Home", path: "/" },
    { name: "Articles", path: "/articles" },
    { name: tag.name, path: `/articles/tags/${tag.slug}` },
  ];
  return (
    <>
      <JsonLd nodes={[breadcrumbNode(crumbs)]} />
      <LanguageSwitch locale="en" path={`/articles/tags/${tag.slug}`} />
      <PageHeader wide title={`Articles about ${tag.name}`} />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <ArticleList articles={getArticlesByTag(tag.slug)} />
        <p className="mt-8">
          <Link className="font-semibold text-brand-800 underline" href="/articles">
            All articles
          </Link>
        </p>
      </div>
    </>
  );
}
