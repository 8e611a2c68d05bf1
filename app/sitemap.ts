import type { MetadataRoute } from "next";
import { getArticles } from "@/lib/content/articles";
import { getPages } from "@/lib/content/pages";
import { withSpanishAlternates } from "@/lib/i18n/sitemap";
import { sitemapEntries } from "@/lib/seo/sitemap";

export default function sitemap(): MetadataRoute.Sitemap {
  return withSpanishAlternates(
    sitemapEntries({
      articles: getArticles({ includeDrafts: false }),
      pages: getPages(),
    }),
  );
}
