import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { PageHeader } from "@/components/layout/page-header";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticles, getTags } from "@/lib/content/articles";
import { breadcrumbNode } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Articles",
  description:
    "Plain-language articles from ShaMynds Healing Center about ketamine therapy, depression, anxiety and care.",
  path: "/articles",
});

export default function ArticlesPage() {
  const articles = getArticles();
  const tags = getTags();
  return (
    <>
      <JsonLd
        nodes={[
          breadcrumbNode([
            { name: "Home", path: "/" },
            { name: "Articles", path: "/articles" },
          ]),
        ]}
      />
      <LanguageSwitch locale="en" path="/articles" />
      <PageHeader
        wide
        title="Articles"
        lead="Plain-language reading about ketamine therapy and mental health, written by our clinic. General information, not medical advice."
      />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        {tags.length > 0 ? (
          <nav aria-label="Topics" className="mb-8">
            <ul className="flex flex-wrap gap-2">
              {tags.map((tag) => (
                <li key={tag.slug}>
                  <Link
                    href={`/articles/tags/${tag.slug}`}
                    className="inline-flex min-h-8 items-center rounded-full bg-brand-100 px-3 text-sm font-medium text-brand-900 hover:underline"
                  >
                    {tag.name} ({tag.count})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <ArticleList articles={articles} />
      </div>
    </>
  );
}
