import type { LocalArticle } from "@/lib/content/localized";
import { t, type Locale } from "@/lib/i18n/messages";
import { ArticleCard } from "./article-card";

export function ArticleList({
  articles,
  locale,
  headingLevel = 2,
}: {
  articles: LocalArticle[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  if (articles.length === 0) return <EmptyState locale={locale} />;
  return (
    <ul className="grid gap-6 md:grid-cols-2">
      {articles.map((article) => (
        <li key={article.slug} className="flex">
          <ArticleCard article={article} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

/** A quiet picture instead of an empty grid. */
function EmptyState({ locale }: { locale: Locale }) {
  return (
    <div className="flex flex-col items-start gap-4 sm:flex-row sm:items-center">
      <svg aria-hidden="true" viewBox="0 0 96 64" width="96" height="64" className="shrink-0">
        <rect x="8" y="10" width="52" height="44" rx="6" className="fill-sand-100 stroke-brand-700" strokeWidth="2" />
        <path d="M18 24h32M18 32h26M18 40h18" className="stroke-brand-700" strokeWidth="2" strokeLinecap="round" />
        <path d="M70 50c0-16 8-26 20-30-2 14-8 26-20 30Z" className="fill-brand-100 stroke-brand-700" strokeWidth="2" />
      </svg>
      <p>{t(locale).articleList.none}</p>
    </div>
  );
}
