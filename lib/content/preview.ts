import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** Preview of drafts is off entirely unless PREVIEW_SECRET is set. */
export const previewEnabled = Boolean(env.PREVIEW_SECRET);

/** Where a draft is shown to a browser in draft mode (the public route only knows published slugs). */
export const previewPath = (slug: string) => `/preview/articles/${slug}`;

/**
 * Compares a secret from a request with PREVIEW_SECRET in constant time. Both are hashed first,
 * so neither the content nor the length of the secret leaks through timing.
 */
export function previewSecretMatches(given: string | null | undefined, expected = env.PREVIEW_SECRET): boolean {
  if (!expected || !given) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
