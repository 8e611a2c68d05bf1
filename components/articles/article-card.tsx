import Link from "next/link";
import type { LocalArticle } from "@/lib/content/localized";
import { formatDateIn } from "@/lib/i18n/format";
import { t, type Locale } from "@/lib/i18n/messages";
import { articlePathIn } from "@/lib/i18n/paths";

export function ArticleCard({
  article,
  locale,
  headingLevel = 2,
}: {
  article: LocalArticle;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const words = t(locale);
  return (
    <article className="relative flex w-full flex-col rounded-2xl border border-sand-200 bg-white p-6 shadow-sm transition hover:shadow-md">
      <Heading className="text-xl font-bold text-brand-900">
        {/* The whole card is clickable through this one link (no nested links, one tab stop). */}
        <Link href={articlePathIn(locale, article.slug)} className="after:absolute after:inset-0 hover:underline">
          {article.frontmatter.title}
        </Link>
      </Heading>
      {article.frontmatter.draft ? (
        <p className="mt-1 inline-block rounded bg-alert-50 px-2 text-sm font-semibold text-alert-800">
          {words.articleList.draft}
        </p>
      ) : null}
      <p className="mt-2 text-ink">{article.frontmatter.description}</p>
      {/* Pushed to the bottom, so cards in a row line up however long their descriptions are. */}
      <p className="mt-auto pt-3 text-sm text-ink-muted">
        <time dateTime={article.frontmatter.date}>{formatDateIn(locale, article.frontmatter.date)}</time>
        <span aria-hidden="true"> · </span>
        <span>{words.article.readingTime(article.readingMinutes)}</span>
      </p>
    </article>
  );
}
