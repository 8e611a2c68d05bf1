import Link from "next/link";
import type { TranslatedArticle } from "@/lib/content/translations";
import { formatDateIn } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { spanishArticlePath } from "@/lib/i18n/paths";

/** A Spanish article in a list: the English card's look, Spanish address, date and reading time. */
export function SpanishArticleCard({
  article,
  headingLevel = 2,
}: {
  article: TranslatedArticle;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="relative rounded-2xl border border-sand-200 bg-white p-6 shadow-sm transition hover:shadow-md">
      <Heading className="text-xl font-bold text-brand-900">
        <Link href={spanishArticlePath(article.slug)} className="after:absolute after:inset-0 hover:underline">
          {article.frontmatter.title}
        </Link>
      </Heading>
      <p className="mt-2 text-ink">{article.frontmatter.description}</p>
      <p className="mt-3 text-sm text-ink-muted">
        <time dateTime={article.frontmatter.date}>{formatDateIn("es", article.frontmatter.date)}</time>
        <span aria-hidden="true"> · </span>
        <span>{t("es").article.readingTime(article.readingMinutes)}</span>
      </p>
    </article>
  );
}

export function SpanishArticleList({
  articles,
  headingLevel = 2,
}: {
  articles: TranslatedArticle[];
  headingLevel?: 2 | 3;
}) {
  if (articles.length === 0) return <p>Todavía no hay artículos en español.</p>;
  return (
    <ul className="grid gap-6 md:grid-cols-2">
      {articles.map((article) => (
        <li key={article.slug}>
          <SpanishArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
