import { draftMode } from "next/headers";
import type { NextRequest } from "next/server";
import { getArticle } from "@/lib/content/articles";

// Turns draft mode off, then shows the published article (or the list if it is still a draft).
export const dynamic = "force-dynamic";

async function exitPreview(request: NextRequest) {
  (await draftMode()).disable();
  const published = getArticle(request.nextUrl.searchParams.get("slug") ?? "", { includeDrafts: false });
  return new Response(null, {
    status: 303,
    headers: {
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex, nofollow",
      Location: published ? `/articles/${published.slug}` : "/articles",
    },
  });
}

export const GET = exitPreview;
export const POST = exitPreview;
