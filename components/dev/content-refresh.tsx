"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * `npm run dev` only (never rendered in production): refreshes the page when a content file is
 * saved. Content is read with fs, outside the module graph Next watches, so the server tells the
 * browser through /api/dev/content-events. On the error page a full reload clears the error.
 */
export function ContentRefresh({ reload = false, retryNotFound = false }: { reload?: boolean; retryNotFound?: boolean }) {
  const router = useRouter();

  useEffect(() => {
    const events = new EventSource("/api/dev/content-events");
    events.onmessage = () => (reload ? window.location.reload() : router.refresh());
    return () => events.close();
  }, [router, reload]);

  // `next dev` answers the first visit to a brand-new article from its previous list of
  // articles (a 404), and refreshes that list in the background: one reload shows the article.
  useEffect(() => {
    if (!retryNotFound) return;
    const key = `content-refresh:retried:${window.location.pathname}`;
    if (window.sessionStorage.getItem(key)) return;
    window.sessionStorage.setItem(key, "1");
    const timer = window.setTimeout(() => window.location.reload(), 1000);
    return () => window.clearTimeout(timer);
  }, [retryNotFound]);

  return null;
}
