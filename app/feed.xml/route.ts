import { getArticles } from "@/lib/content/articles";
import { getClinic } from "@/lib/content/clinic";
import { rssFeed } from "@/lib/seo/feed";

// Written once at build time, like the pages it lists.
export const dynamic = "force-static";

export function GET() {
  return new Response(rssFeed(getArticles({ includeDrafts: false }), getClinic()), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
