import { getArticles } from "@/lib/content/articles";
import {
  getSpanishArticles,
  getSpanishHome,
  getSpanishPages,
  spanishArticleFor,
  spanishPageFor,
} from "@/lib/content/translations";
import { glossaryPaths } from "@/lib/content/glossary";
import { homePageSlug } from "@/lib/content/page-routes";
import { consultationPaths } from "./form-paths";
import type { Locale } from "./messages";

/**
 * Which URL translates which, from the translationOf field of each Spanish file. Every page's
 * hreflang links, its language switch and the sitemap's alternates come from here, so the two
 * sides always point at each other.
 */
export interface Counterparts {
  en: string;
  es: string;
}

export const spanishArticlePath = (slug: string) => `/es/articulos/${slug}`;
export const spanishPagePath = (slug: string) => `/es/${slug}`;
export const spanishHomePath = "/es";
export const spanishArticlesPath = "/es/articulos";
export const spanishFeedPath = "/es/feed.xml";
/** The search page of each language (next.config.mjs sends those with a `q` to the search route). */
export const searchPaths = { en: "/search", es: "/es/buscar" } as const;

/** Both addresses of an English page, or undefined when it has no Spanish translation. */
export function counterpartsOfEnglish(path: string): Counterparts | undefined {
  if (path === glossaryPaths.en) return glossaryPaths;
  if (path === "/") return getSpanishHome() ? { en: "/", es: spanishHomePath } : undefined;
  if (path === consultationPaths.en) return consultationPaths;
  if (path === searchPaths.en) return searchPaths;
  if (path === "/articles")
    return getSpanishArticles({ includeDrafts: false }).length > 0 ? { en: path, es: spanishArticlesPath } : undefined;
  const article = /^\/articles\/([a-z0-9-]+)$/.exec(path);
  if (article) {
    const spanish = spanishArticleFor(article[1]!);
    return spanish ? { en: path, es: spanishArticlePath(spanish.slug) } : undefined;
  }
  const page = /^\/([a-z0-9-]+)$/.exec(path);
  if (page && page[1] !== homePageSlug) {
    const spanish = spanishPageFor(page[1]!);
    return spanish ? { en: path, es: spanishPagePath(spanish.slug) } : undefined;
  }
  return undefined;
}

/** Both addresses of a Spanish page (every Spanish page translates an English one). */
export function counterpartsOfSpanish(path: string): Counterparts | undefined {
  if (path === glossaryPaths.es) return glossaryPaths;
  if (path === spanishHomePath) return { en: "/", es: path };
  if (path === consultationPaths.es) return consultationPaths;
  if (path === searchPaths.es) return searchPaths;
  if (path === spanishArticlesPath) return { en: "/articles", es: path };
  const englishSlugs = new Set(getArticles({ includeDrafts: false }).map((a) => a.slug));
  const article = /^\/es\/articulos\/([a-z0-9-]+)$/.exec(path);
  if (article) {
    const spanish = getSpanishArticles({ includeDrafts: false }).find((a) => a.slug === article[1]);
    const of = spanish?.frontmatter.translationOf;
    return of && englishSlugs.has(of) ? { en: `/articles/${of}`, es: path } : undefined;
  }
  const page = /^\/es\/([a-z0-9-]+)$/.exec(path);
  if (page) {
    const spanish = getSpanishPages().find((p) => p.slug === page[1]);
    return spanish ? { en: `/${spanish.frontmatter.translationOf}`, es: path } : undefined;
  }
  return undefined;
}

export function counterparts(locale: Locale, path: string): Counterparts | undefined {
  return locale === "es" ? counterpartsOfSpanish(path) : counterpartsOfEnglish(path);
}

/** Where the language switch of a page leads: its counterpart, else the other language's home. */
export function switchTarget(locale: Locale, path: string): { href: string; exact: boolean } {
  const pair = counterparts(locale, path);
  if (locale === "es") return pair ? { href: pair.en, exact: true } : { href: "/", exact: false };
  return pair ? { href: pair.es, exact: true } : { href: spanishHomePath, exact: false };
}
