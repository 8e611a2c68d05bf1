import Link from "next/link";
import type { Article } from "@/lib/content/articles";
import { formatDate } from "@/lib/format";

export function ArticleCard({ article, headingLevel = 2 }: { article: Article; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="relative flex w-full flex-col rounded-2xl border border-sand-200 bg-white p-6 shadow-sm transition hover:shadow-md">
      <Heading className="text-xl font-bold text-brand-900">
        {/* The whole card is clickable through this one link (no nested links, one tab stop). */}
        <Link href={`/articles/${article.slug}`} className="after:absolute after:inset-0 hover:underline">
          {article.frontmatter.title}
        </Link>
      </Heading>
      {article.frontmatter.draft ? (
        <p className="mt-1 inline-block rounded bg-alert-50 px-2 text-sm font-semibold text-alert-800">Draft</p>
      ) : null}
      <p className="mt-2 text-ink">{article.frontmatter.description}</p>
      {/* Pushed to the bottom, so cards in a row line up however long their descriptions are. */}
      <p className="mt-auto pt-3 text-sm text-ink-muted">
        <time dateTime={article.frontmatter.date}>{formatDate(article.frontmatter.date)}</time>
        <span aria-hidden="true"> · </span>
        <span>{article.readingMinutes} min read</span>
      </p>
    </article>
  );
}
