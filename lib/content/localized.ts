import type { Locale } from "@/lib/i18n/messages";
import {
  countTags,
  getArticle,
  getArticles,
  getArticlesByTag,
  getRelatedArticles,
  getTags,
  type Article,
} from "./articles";
import { getPage, getPages, type ClinicPage } from "./pages";
import { homePageSlug } from "./page-routes";
import {
  getSpanishArticle,
  getSpanishArticles,
  getSpanishPage,
  getSpanishPages,
  type TranslatedArticle,
  type TranslatedPage,
} from "./translations";

/**
 * Content in the reader's language, so that one page component serves both: English from
 * content/, Spanish from content/es/. A Spanish file has the English frontmatter plus
 * `translationOf`, so components read both the same way.
 */
export type LocalArticle = Article | TranslatedArticle;
export type LocalPage = ClinicPage | TranslatedPage;

interface Options {
  includeDrafts?: boolean;
}

export function articlesIn(locale: Locale, options: Options = {}): LocalArticle[] {
  return locale === "es" ? getSpanishArticles(options) : getArticles(options);
}

export function articleIn(locale: Locale, slug: string, options: Options = {}): LocalArticle | undefined {
  return locale === "es" ? getSpanishArticle(slug, options) : getArticle(slug, options);
}

/** Clinic pages served at /<name> or /es/<name> (the home page is served at / and /es instead). */
export function pagesIn(locale: Locale): LocalPage[] {
  return locale === "es" ? getSpanishPages() : getPages().filter((page) => page.slug !== homePageSlug);
}

export function pageIn(locale: Locale, slug: string): LocalPage | undefined {
  return locale === "es" ? getSpanishPage(slug) : getPage(slug);
}

export function homeIn(locale: Locale): LocalPage | undefined {
  return pageIn(locale, homePageSlug);
}

/**
 * Which page this is, by its English file name: what decides the clinic data shown around its
 * prose (fees on costs, the team on about, …), whichever language it is in.
 */
export function pageName(page: LocalPage): string {
  return "translationOf" in page.frontmatter ? page.frontmatter.translationOf : page.slug;
}

/** Every topic with at least one visible article in this language. */
export function topicsIn(locale: Locale, options: Options = {}): { name: string; slug: string; count: number }[] {
  return locale === "en" ? getTags(options) : countTags(getSpanishArticles(options), "es");
}

export function articlesWithTopic(locale: Locale, slug: string, options: Options = {}): LocalArticle[] {
  if (locale === "en") return getArticlesByTag(slug, options);
  return getSpanishArticles(options).filter((article) => article.tags.some((tag) => tag.slug === slug));
}

/** Articles sharing the most topics with this one, in its language. */
export function relatedArticlesIn(locale: Locale, article: LocalArticle): LocalArticle[] {
  if (locale === "en") return getRelatedArticles(article as Article);
  const mine = new Set(article.tags.map((tag) => tag.slug));
  return getSpanishArticles()
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => mine.has(tag.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 3)
    .map(({ other }) => other);
}
