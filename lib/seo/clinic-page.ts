import type { Metadata } from "next";
import { pageIn, pagesIn, type LocalPage } from "@/lib/content/localized";
import { homePageSlug } from "@/lib/content/page-routes";
import type { Locale } from "@/lib/i18n/messages";
import { pagePathIn } from "@/lib/i18n/paths";
import { pageMetadata } from "./metadata";

/**
 * What the clinic-page routes of both languages (app/(en)/[page], app/(es)/es/[pagina]) share:
 * which names they serve, the file behind a name, and its <head> metadata.
 */
export function clinicPageParams(locale: Locale, brokenSlugs: string[]): string[] {
  return [...pagesIn(locale).map((page) => page.slug), ...brokenSlugs].filter((slug) => slug !== homePageSlug);
}

/** The page file served at this name; never the home page's (it lives at / and /es only). */
export function findClinicPage(locale: Locale, slug: string): LocalPage | undefined {
  return slug === homePageSlug ? undefined : pageIn(locale, slug);
}

export function clinicPageMetadata(locale: Locale, slug: string): Metadata {
  const page = findClinicPage(locale, slug);
  if (!page) return {};
  return pageMetadata({
    title: page.frontmatter.title,
    description: page.frontmatter.description,
    path: pagePathIn(locale, page.slug),
    locale,
  });
}
