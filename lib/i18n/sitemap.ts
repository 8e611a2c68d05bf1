import type { MetadataRoute } from "next";
import { absoluteUrl, siteUrl } from "@/lib/seo/urls";
import { counterpartsOfEnglish, publicPathsIn } from "./paths";

type Sitemap = MetadataRoute.Sitemap;

const languages = (pair: { en: string; es: string }, origin: string) => ({
  en: absoluteUrl(pair.en, origin),
  es: absoluteUrl(pair.es, origin),
  "x-default": absoluteUrl(pair.en, origin),
});

/**
 * The English sitemap plus every Spanish page, each pair linked both ways with xhtml:link
 * alternates (what search engines read as hreflang for the sitemap). Pages without a
 * translation are listed alone.
 */
export function withSpanishAlternates(english: Sitemap, origin: string = siteUrl): Sitemap {
  const out: Sitemap = [];
  for (const entry of english) {
    const pair = counterpartsOfEnglish(new URL(entry.url).pathname.replace(/(.)\/$/, "$1"));
    if (!pair) {
      out.push(entry);
      continue;
    }
    const alternates = { languages: languages(pair, origin) };
    out.push({ ...entry, alternates });
    out.push({
      url: absoluteUrl(pair.es, origin),
      ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
      alternates,
    });
  }
  // Spanish pages whose English page is not in the English list (the content check warns about
  // them; never leave one out of the sitemap).
  const listed = new Set(out.map((entry) => new URL(entry.url).pathname));
  for (const path of publicPathsIn("es")) if (!listed.has(path)) out.push({ url: absoluteUrl(path, origin) });
  return out;
}
