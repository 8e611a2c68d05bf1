import type { Metadata } from "next";
import { getClinic } from "@/lib/content/clinic";
import { ogLocale, t, type Locale } from "@/lib/i18n/messages";
import { counterparts, spanishFeedPath } from "@/lib/i18n/paths";

/** Where the site-wide generated Open Graph image (app/opengraph-image.tsx) is served. */
export const siteImagePath = "/opengraph-image";
export const ogImageSize = { width: 1200, height: 630 } as const;
export const feedPath = "/feed.xml";

export interface PageSeo {
  /** The page's own title; the root layout's template adds " | <clinic name>" unless it already names the clinic. */
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
  /** The page's path, e.g. "/articles/why-does-ketamine-therapy-work"; made absolute with metadataBase. */
  path: string;
  /**
   * The route segment has its own opengraph-image file (articles): leave og:image to Next so the
   * file convention fills it in. Otherwise the site-wide image is used.
   */
  segmentImage?: boolean;
  /** The page's language (default English); its counterpart, if any, is found from the path. */
  locale?: Locale;
}

export interface ArticleSeo extends PageSeo {
  /** YYYY-MM-DD */
  publishedTime: string;
  /** YYYY-MM-DD */
  modifiedTime: string;
  authors?: string[];
  tags?: string[];
}

/**
 * What every page's metadata has in common, so no route can forget a field: canonical URL,
 * the RSS alternate (a page's `alternates` replaces the layout's, so it must be repeated here),
 * Open Graph and a large Twitter card.
 */
export function pageMetadata(page: PageSeo): Metadata {
  return buildMetadata(page, { type: "website" });
}

/** Metadata for an article: Open Graph type `article` with its published and modified times. */
export function articleMetadata(article: ArticleSeo): Metadata {
  return buildMetadata(
    { ...article, segmentImage: article.segmentImage ?? true },
    {
      type: "article",
      publishedTime: article.publishedTime,
      modifiedTime: article.modifiedTime,
      ...(article.authors?.length ? { authors: article.authors } : {}),
      ...(article.tags?.length ? { tags: article.tags } : {}),
    },
  );
}

type OpenGraphExtra =
  | { type: "website" }
  | {
      type: "article";
      publishedTime: string;
      modifiedTime: string;
      authors?: string[];
      tags?: string[];
    };

function buildMetadata(page: PageSeo, extra: OpenGraphExtra): Metadata {
  const clinic = getClinic();
  if (!page.path.startsWith("/")) throw new Error(`SEO path must start with "/": ${page.path}`);
  // "About ShaMynds Healing Center | ShaMynds Healing Center" says the name twice: skip the template then.
  const namesClinic = page.title.includes(clinic.name);
  const locale = page.locale ?? "en";
  const pair = counterparts(locale, page.path);
  const other: Locale = locale === "es" ? "en" : "es";
  return {
    title: namesClinic ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: {
      canonical: page.path,
      // hreflang: each version names both, and English is what a reader of neither gets.
      ...(pair ? { languages: { en: pair.en, es: pair.es, "x-default": pair.en } } : {}),
      types: {
        "application/rss+xml": [
          { url: locale === "es" ? spanishFeedPath : feedPath, title: t(locale).feedTitle(clinic.name) },
        ],
      },
    },
    openGraph: {
      ...extra,
      title: page.title,
      description: page.description,
      url: page.path,
      siteName: clinic.name,
      locale: ogLocale[locale],
      ...(pair ? { alternateLocale: [ogLocale[other]] } : {}),
      // A key that is present (even empty) stops Next from using the segment's opengraph-image file.
      ...(page.segmentImage ? {} : { images: [siteImage(clinic.name)] }),
    },
    twitter: { card: "summary_large_image" },
  };
}

/** The site-wide Open Graph image, for pages without their own. */
export function siteImage(clinicName: string = getClinic().name) {
  return {
    url: siteImagePath,
    ...ogImageSize,
    type: "image/png",
    alt: clinicName,
  };
}
