import { getArticles } from "@/lib/content/articles";
import { glossaryPaths } from "@/lib/content/glossary";
import { articlesIn, homeIn, pageName, pagesIn, topicsIn } from "@/lib/content/localized";
import { homePageSlug } from "@/lib/content/page-routes";
import { getSpanishArticles, spanishArticleFor, spanishPageFor, spanishTopicSlug } from "@/lib/content/translations";
import { spanishTopicNames } from "@/lib/content/topics";
import { isProduction } from "@/lib/env";
import { loadedContent } from "@/lib/content/loaded-content";
import { consultationPaths } from "./form-paths";
import type { Locale } from "./messages";

/**
 * Every public address in both languages, and which address translates which (from the
 * translationOf field of each Spanish file). Every page's hreflang links, its language switch
 * and the sitemap's alternates come from here, so the two sides always point at each other.
 */
export interface Counterparts {
  en: string;
  es: string;
}

export const homePaths = { en: "/", es: "/es" } as const satisfies Counterparts;
export const articlesPaths = { en: "/articles", es: "/es/articulos" } as const satisfies Counterparts;
export const searchPaths = { en: "/search", es: "/es/buscar" } as const satisfies Counterparts;
export const feedPaths = { en: "/feed.xml", es: "/es/feed.xml" } as const satisfies Counterparts;

export const articlePathIn = (locale: Locale, slug: string) => `${articlesPaths[locale]}/${slug}`;
export const pagePathIn = (locale: Locale, slug: string) =>
  slug === homePageSlug ? homePaths[locale] : locale === "es" ? `/es/${slug}` : `/${slug}`;
export const topicPathIn = (locale: Locale, slug: string) =>
  locale === "es" ? `/es/articulos/temas/${slug}` : `/articles/tags/${slug}`;

export const spanishArticlePath = (slug: string) => articlePathIn("es", slug);
export const spanishPagePath = (slug: string) => pagePathIn("es", slug);
export const spanishHomePath = homePaths.es;
export const spanishArticlesPath = articlesPaths.es;
export const spanishFeedPath = feedPaths.es;

/** Pages that are the same in both languages by construction (their routes are pairs). */
const fixedPairs: Counterparts[] = [glossaryPaths, consultationPaths, searchPaths, articlesPaths];

/** Both addresses of an English page, or undefined when it has no Spanish counterpart. */
export function counterpartsOfEnglish(path: string): Counterparts | undefined {
  const fixed = fixedPairs.find((pair) => pair.en === path);
  if (fixed) return fixed;
  if (path === homePaths.en) return homeIn("es") ? homePaths : undefined;
  const article = /^\/articles\/([a-z0-9-]+)$/.exec(path);
  if (article) {
    const spanish = spanishArticleFor(article[1]!);
    return spanish ? { en: path, es: articlePathIn("es", spanish.slug) } : undefined;
  }
  const topic = /^\/articles\/tags\/([^/]+)$/.exec(path);
  if (topic) {
    const name = topicsIn("en").find((tag) => tag.slug === topic[1])?.name;
    const spanishName = name ? spanishTopicNames().get(name) : undefined;
    const slug = spanishName ? spanishTopicSlug(spanishName) : undefined;
    return slug && topicsIn("es").some((tag) => tag.slug === slug)
      ? { en: path, es: topicPathIn("es", slug) }
      : undefined;
  }
  const page = /^\/([a-z0-9-]+)$/.exec(path);
  if (page && page[1] !== homePageSlug) {
    const spanish = spanishPageFor(page[1]!);
    return spanish ? { en: path, es: pagePathIn("es", spanish.slug) } : undefined;
  }
  return undefined;
}

/** Both addresses of a Spanish page, or undefined when its English page does not exist. */
export function counterpartsOfSpanish(path: string): Counterparts | undefined {
  const fixed = fixedPairs.find((pair) => pair.es === path);
  if (fixed) return fixed;
  if (path === homePaths.es) return homePaths;
  const article = /^\/es\/articulos\/([a-z0-9-]+)$/.exec(path);
  if (article) {
    const of = getSpanishArticles({ includeDrafts: false }).find((a) => a.slug === article[1])?.frontmatter
      .translationOf;
    const published = new Set(getArticles({ includeDrafts: false }).map((a) => a.slug));
    return of && published.has(of) ? { en: articlePathIn("en", of), es: path } : undefined;
  }
  const topic = /^\/es\/articulos\/temas\/([^/]+)$/.exec(path);
  if (topic) {
    const english = [...spanishTopicNames()].find(([, es]) => spanishTopicSlug(es) === topic[1])?.[0];
    const tag = english ? topicsIn("en").find((t) => t.name === english) : undefined;
    return tag ? { en: topicPathIn("en", tag.slug), es: path } : undefined;
  }
  const page = /^\/es\/([a-z0-9-]+)$/.exec(path);
  if (page) {
    const spanish = pagesIn("es").find((p) => p.slug === page[1]);
    const english = spanish ? pageName(spanish) : undefined;
    return english && pagesIn("en").some((p) => p.slug === english)
      ? { en: pagePathIn("en", english), es: path }
      : undefined;
  }
  return undefined;
}

const remembered = loadedContent<{ at: number; pairs: Map<string, Counterparts | undefined> }>();

/**
 * A page's counterparts, remembered: every page asks for many (its switch, its head, its
 * navigation). In production content never changes under a running server; in `npm run dev`
 * answers are kept for a second, one page's render, so a saved file shows on the next load.
 */
export function counterparts(locale: Locale, path: string): Counterparts | undefined {
  let kept = remembered.get();
  if (!kept || (!isProduction && Date.now() - kept.at > 1000)) {
    kept = { at: Date.now(), pairs: new Map() };
    remembered.keep(kept);
  }
  const key = `${locale} ${path}`;
  if (!kept.pairs.has(key)) {
    kept.pairs.set(key, locale === "es" ? counterpartsOfSpanish(path) : counterpartsOfEnglish(path));
  }
  return kept.pairs.get(key);
}

/** Where the language switch of a page leads: its counterpart, else the other language's home. */
export function switchTarget(locale: Locale, path: string): { href: string; exact: boolean } {
  const pair = counterparts(locale, path);
  const other: Locale = locale === "es" ? "en" : "es";
  return pair ? { href: pair[other], exact: true } : { href: homePaths[other], exact: false };
}

/** Every public page address of one language (what the sitemap and the counterpart checks walk). */
export function publicPathsIn(locale: Locale): string[] {
  return [
    ...(homeIn(locale) ? [homePaths[locale]] : []),
    articlesPaths[locale],
    ...articlesIn(locale, { includeDrafts: false }).map((article) => articlePathIn(locale, article.slug)),
    ...topicsIn(locale, { includeDrafts: false }).map((topic) => topicPathIn(locale, topic.slug)),
    ...pagesIn(locale).map((page) => pagePathIn(locale, page.slug)),
    glossaryPaths[locale],
    consultationPaths[locale],
  ];
}

/**
 * The page about the clinic's team in this language (the "Medically reviewed by" links go to a
 * clinician there), or the English page, marked as English, while it has no translation.
 */
export function teamPageIn(locale: Locale): { href: string; hrefLang?: string } {
  if (locale === "en") return { href: pagePathIn("en", "about") };
  const spanish = spanishPageFor("about");
  return spanish ? { href: pagePathIn("es", spanish.slug) } : { href: pagePathIn("en", "about"), hrefLang: "en" };
}
