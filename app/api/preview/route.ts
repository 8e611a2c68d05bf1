import { draftMode } from "next/headers";
import type { NextRequest } from "next/server";
import { getArticle } from "@/lib/content/articles";
import { previewEnabled, previewPath, previewSecretMatches } from "@/lib/content/preview";

// GET /api/preview?secret=<PREVIEW_SECRET>&slug=<article>: turns on draft mode for this browser
// and opens the article's preview. Off (404) unless PREVIEW_SECRET is set.
export const dynamic = "force-dynamic";

const privateHeaders = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: NextRequest) {
  if (!previewEnabled) return text("Not found.", 404);
  const { searchParams } = request.nextUrl;
  if (!previewSecretMatches(searchParams.get("secret"))) {
    return text("The preview secret is wrong or missing. Use the preview link exactly as you were given it.", 401);
  }
  const article = getArticle(searchParams.get("slug") ?? "", { includeDrafts: true });
  if (!article) return text("There is no article with that slug (the file name without .mdx).", 404);

  (await draftMode()).enable();
  // Redirect to the path of the article found, never to a path taken from the request.
  return new Response(null, { status: 307, headers: { ...privateHeaders, Location: previewPath(article.slug) } });
}
