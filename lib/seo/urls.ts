import { env } from "@/lib/env";

/** The site's origin from SITE_URL (validated in lib/env.ts), without a trailing slash. */
export const siteUrl: string = env.SITE_URL;

/**
 * An absolute URL on this site: "/articles" → "https://www.shamynds.example/articles".
 * The home page is the origin with a trailing slash, as browsers and crawlers write it.
 */
export function absoluteUrl(path: string, origin: string = siteUrl): string {
  if (!path.startsWith("/")) throw new Error(`absoluteUrl expects a path starting with "/", got "${path}"`);
  return new URL(path, `${origin}/`).toString();
}
