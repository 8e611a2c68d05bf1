"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * `npm run dev` only (never rendered in production): refreshes the page when a content file is
 * saved. Content is read with fs, outside the module graph Next watches, so the server tells the
 * browser through /api/dev/content-events. On the error page a full reload clears the error.
 *
 * On a 404 (`retryNotFound`) it also reloads once by itself: `next dev` answers the first visit
 * to a brand-new article from its previous list of articles, refreshing that list meanwhile.
 */
export function ContentRefresh({
  reload = false,
  retryNotFound = false,
}: {
  reload?: boolean;
  retryNotFound?: boolean;
}) {
  const router = useRouter();

  useEffect(() => {
    const retried = `content-refresh:retried:${window.location.pathname}`;
    const events = new EventSource("/api/dev/content-events");
    events.onmessage = () => {
      if (!reload) return router.refresh();
      window.sessionStorage.removeItem(retried);
      window.location.reload();
    };

    let timer: number | undefined;
    if (retryNotFound && !window.sessionStorage.getItem(retried)) {
      timer = window.setTimeout(() => {
        window.sessionStorage.setItem(retried, "yes");
        window.location.reload();
      }, 1000);
    }
    return () => {
      events.close();
      window.clearTimeout(timer);
    };
  }, [router, reload, retryNotFound]);

  return null;
}
