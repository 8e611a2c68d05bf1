import { createHash, timingSafeEqual } from "node:crypto";

/**
 * True when an Authorization header carries exactly `Bearer <secret>`. Both sides are hashed
 * first so the comparison is constant-time whatever the lengths (timingSafeEqual needs equal
 * lengths, and comparing lengths first would leak the secret's).
 */
export function bearerMatches(header: string | null, secret: string): boolean {
  const presented = /^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(secret)) && presented.length > 0;
}
