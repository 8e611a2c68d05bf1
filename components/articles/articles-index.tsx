import Link from "next/link";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { PageHeader } from "@/components/layout/page-header";
import { JsonLd } from "@/components/seo/json-ld";
import { getClinic } from "@/lib/content/clinic";
import { articlesIn, articlesWithTopic, topicsIn } from "@/lib/content/localized";
import { t, type Locale } from "@/lib/i18n/messages";
import { articlesPaths, topicPathIn } from "@/lib/i18n/paths";
import { articlesBreadcrumb } from "@/lib/seo/article";
import { pageMetadata } from "@/lib/seo/metadata";
import { ArticleList } from "./article-list";

const topicLinkClass =
  "inline-flex min-h-8 items-center rounded-full bg-brand-100 px-3 text-sm font-medium text-brand-900 hover:underline";

/** The list of articles of one language, with its topics. */
export function ArticlesIndex({ locale }: { locale: Locale }) {
  const words = t(locale);
  const topics = topicsIn(locale);
  return (
    <>
      <JsonLd nodes={[articlesBreadcrumb(locale)]} />
      <LanguageSwitch locale={locale} path={articlesPaths[locale]} />
      <PageHeader wide title={words.articlesIndex.title} lead={words.articlesIndex.lead} />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        {topics.length > 0 ? (
          <nav aria-label={words.topics.label} className="mb-8">
            <ul className="flex flex-wrap gap-2">
              {topics.map((topic) => (
                <li key={topic.slug}>
                  <Link href={topicPathIn(locale, topic.slug)} className={topicLinkClass}>
                    {topic.name} ({topic.count})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <ArticleList articles={articlesIn(locale)} locale={locale} />
      </div>
    </>
  );
}

export function articlesIndexMetadata(locale: Locale) {
  const words = t(locale).articlesIndex;
  return pageMetadata({ title: words.title, description: words.description, path: articlesPaths[locale], locale });
}

/** One topic's articles ("Articles about depression" / "Artículos sobre depresión"). */
export function findTopic(locale: Locale, slug: string) {
  return topicsIn(locale).find((topic) => topic.slug === slug);
}

export function topicMetadata(locale: Locale, slug: string) {
  const topic = findTopic(locale, slug);
  if (!topic) return {};
  const words = t(locale).topics;
  return pageMetadata({
    title: words.title(topic.name),
    description: words.description(getClinic().name, topic.name),
    path: topicPathIn(locale, topic.slug),
    locale,
  });
}

export function TopicPage({ locale, topic }: { locale: Locale; topic: { name: string; slug: string } }) {
  const words = t(locale);
  const path = topicPathIn(locale, topic.slug);
  return (
    <>
      <JsonLd nodes={[articlesBreadcrumb(locale, { name: topic.name, path })]} />
      <LanguageSwitch locale={locale} path={path} />
      <PageHeader wide title={words.topics.title(topic.name)} />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <ArticleList articles={articlesWithTopic(locale, topic.slug)} locale={locale} />
        <p className="mt-8">
          <Link className="font-semibold text-brand-800 underline" href={articlesPaths[locale]}>
            {words.article.allArticles}
          </Link>
        </p>
      </div>
    </>
  );
}
