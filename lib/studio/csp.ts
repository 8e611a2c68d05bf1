import { buildCsp } from "@/lib/security/csp";

/**
 * The studio's Content-Security-Policy: the site's (scripts only under a per-request nonce, no
 * request to another origin, not even Keystatic's Google Fonts stylesheet, which the policy
 * blocks before any request is made) plus `blob:` images, for the preview of an upload before
 * it is saved. Keystatic's UI injects styles, which style-src 'unsafe-inline' already allows.
 */
export function studioCsp(nonce: string): string {
  return buildCsp({ nonce }).replace("img-src 'self' data:", "img-src 'self' data: blob:");
}
