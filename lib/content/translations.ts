import readingTime from "reading-time";
import type { z } from "zod";
import { isProduction } from "@/lib/env";
import { getArticle, tagSlug, type Article } from "./articles";
import { loadCollectionOf, validEntries, type ContentEntry } from "./collection";
import { getPage } from "./pages";
import { homePageSlug } from "./page-routes";
import type { translatedArticleSchema, translatedHomeSchema } from "./schemas";
import { loadedContent } from "./loaded-content";
import { spanishTopicNames } from "./topics";

/**
 * Spanish content: content/es/articles/<slug>.mdx and content/es/pages/<name>.mdx. The file name
 * is the Spanish web address (/es/articulos/<slug>, /es/<name>); `translationOf` names the English
 * file it translates, which is how each page finds its counterpart (hreflang, the language switch,
 * the sitemap). Same frontmatter, checks and components as English, plus who reviewed the
 * translation. The Spanish home page is content/es/pages/home.mdx.
 */
export type TranslatedArticleFrontmatter = z.infer<typeof translatedArticleSchema>;
export type TranslatedPageFrontmatter = z.infer<typeof translatedHomeSchema>;
export type TranslatedPage = ContentEntry<TranslatedPageFrontmatter>;

/** A Spanish article, shaped like an English one so the same components show it. */
export interface TranslatedArticle extends Omit<Article, "frontmatter"> {
  frontmatter: TranslatedArticleFrontmatter;
}

const cache = loadedContent<{ articles: TranslatedArticle[]; pages: TranslatedPage[] }>();

function loadAll() {
  const kept = cache.get();
  if (kept) return kept;
  const articles = validEntries("translated-article")
    .map(
      (entry): TranslatedArticle => ({
        ...entry,
        readingMinutes: Math.max(1, Math.round(readingTime(entry.body).minutes)),
        // The English original's tags, under their Spanish names (content/topics.yaml).
        tags: spanishTags(entry.frontmatter.translationOf),
        modified:
          entry.frontmatter.updated && entry.frontmatter.updated > entry.frontmatter.date
            ? entry.frontmatter.updated
            : entry.frontmatter.date,
      }),
    )
    .sort((a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date) || a.slug.localeCompare(b.slug));
  const loaded = { articles, pages: validEntries("translated-page") };
  if (isProduction) cache.keep(loaded);
  return loaded;
}

/** An ASCII address for a Spanish topic ("depresión" → "depresion"): no percent-encoded letters in links. */
export const spanishTopicSlug = (name: string) => tagSlug(name.normalize("NFD").replace(/\p{Diacritic}/gu, ""));

function spanishTags(englishSlug: string): { name: string; slug: string }[] {
  const names = spanishTopicNames();
  const english = getArticle(englishSlug, { includeDrafts: true });
  return (english?.tags ?? []).flatMap((tag) => {
    const name = names.get(tag.name);
    return name ? [{ name, slug: spanishTopicSlug(name) }] : [];
  });
}

export function getSpanishArticles({ includeDrafts = !isProduction }: { includeDrafts?: boolean } = {}) {
  return loadAll().articles.filter((article) => includeDrafts || !article.frontmatter.draft);
}

export function getSpanishArticle(slug: string, options: { includeDrafts?: boolean } = {}) {
  return getSpanishArticles(options).find((article) => article.slug === slug);
}

/** Spanish clinic pages served at /es/<name> (the home page is served at /es instead). */
export function getSpanishPages(): TranslatedPage[] {
  return loadAll().pages.filter((page) => page.slug !== homePageSlug);
}

export function getSpanishPage(slug: string): TranslatedPage | undefined {
  return loadAll().pages.find((page) => page.slug === slug);
}

export function getSpanishHome(): TranslatedPage | undefined {
  return getSpanishPage(homePageSlug);
}

/** The Spanish article translating an English one, if any. */
export function spanishArticleFor(englishSlug: string): TranslatedArticle | undefined {
  return getSpanishArticles({ includeDrafts: false }).find((a) => a.frontmatter.translationOf === englishSlug);
}

/** The Spanish page translating an English page (by its file name), if any. */
export function spanishPageFor(englishName: string): TranslatedPage | undefined {
  return loadAll().pages.find((page) => page.frontmatter.translationOf === englishName);
}

/** The English article or page a translation points at (undefined when translationOf is wrong). */
export function englishOfArticle(article: TranslatedArticle): Article | undefined {
  return getArticle(article.frontmatter.translationOf, { includeDrafts: false });
}

export function englishPageExists(name: string): boolean {
  return name === homePageSlug || getPage(name) !== undefined;
}

export interface UnreviewedTranslation {
  file: string;
  line?: number;
  translationOf: string;
}

/**
 * Translations nobody on the team has reviewed yet (no translationReviewedBy). launch:check
 * treats these like placeholders: the site must not launch with them.
 */
export function unreviewedTranslations(): UnreviewedTranslation[] {
  const entries = [...loadCollectionOf("translated-article").entries, ...loadCollectionOf("translated-page").entries] as ContentEntry<{
    translationOf: string;
    translationReviewedBy?: string;
  }>[];
  return entries
    .filter((entry) => !entry.frontmatter.translationReviewedBy)
    .map((entry) => ({ file: entry.file, line: entry.fields?.translationOf?.line, translationOf: entry.frontmatter.translationOf }));
}
