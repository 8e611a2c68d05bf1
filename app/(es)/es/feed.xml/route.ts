import { getClinic } from "@/lib/content/clinic";
import { getSpanishArticles } from "@/lib/content/translations";
import { spanishRssFeed } from "@/lib/i18n/feed";

// The Spanish articles' RSS, written once at build time like the English one (app/feed.xml).
export const dynamic = "force-static";

export function GET() {
  return new Response(spanishRssFeed(getSpanishArticles({ includeDrafts: false }), getClinic()), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
