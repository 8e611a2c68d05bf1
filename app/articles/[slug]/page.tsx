import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { TableOfContents } from "@/components/articles/table-of-contents";
import { PageHeader } from "@/components/layout/page-header";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticle, getArticles, getRelatedArticles } from "@/lib/content/articles";
import { compileMdx } from "@/lib/content/mdx";
import { formatDate } from "@/lib/format";
import { articlePageMetadata, articlePageNodes } from "@/lib/seo/article";

// Every article is prerendered at build time; an unknown slug is a 404, never rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return articlePageMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { frontmatter } = article;
  const { code, toc } = await compileMdx(article.body, article.bodyStartLine);
  const related = getRelatedArticles(article);

  return (
    <article>
      <JsonLd nodes={articlePageNodes(article)} />
      <PageHeader title={frontmatter.title} lead={frontmatter.description}>
        <p className="mt-4 text-sm text-ink-muted">
          {frontmatter.author ? <span>By {frontmatter.author} · </span> : null}
          <span>
            Published <time dateTime={frontmatter.date}>{formatDate(frontmatter.date)}</time>
          </span>
          {frontmatter.updated ? (
            <span>
              {" "}
              · Updated <time dateTime={frontmatter.updated}>{formatDate(frontmatter.updated)}</time>
            </span>
          ) : null}
          <span> · {article.readingMinutes} min read</span>
        </p>
        {article.tags.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2" aria-label="Topics">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link
                  href={`/articles/tags/${tag.slug}`}
                  className="inline-flex min-h-6 items-center rounded-full bg-brand-100 px-3 text-sm font-medium text-brand-900 hover:underline"
                >
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </PageHeader>

      <div className="mx-auto max-w-3xl px-4 sm:px-6">
        <div className="my-8">
          <TableOfContents entries={toc} />
        </div>
        <div className="prose prose-lg max-w-none prose-headings:text-brand-900 prose-a:text-brand-800">
          <MdxBody code={code} />
        </div>
        <ConsultationCta />
        {related.length > 0 ? (
          <section aria-labelledby="related-heading" className="mt-12">
            <h2 id="related-heading" className="mb-4 text-2xl font-bold text-brand-900">
              Related articles
            </h2>
            <ArticleList articles={related} headingLevel={3} />
          </section>
        ) : null}
      </div>
    </article>
  );
}
