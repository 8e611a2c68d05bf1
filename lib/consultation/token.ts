import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The render token every consultation form carries: when it was issued, a random nonce, and an
 * HMAC over both. It gives us two things without any server-side session:
 *  - timing checks (a bot posts within milliseconds; a tab left open for days is stale), and
 *  - an idempotency key (the nonce): the same form submitted twice is one request.
 */

export const tokenMaxAgeMs = 24 * 60 * 60 * 1000;

export type TokenCheck =
  | { ok: true; nonce: string; issuedAt: number }
  | {
      ok: false;
      reason: "malformed" | "bad-signature" | "too-fast" | "expired";
      nonce?: string;
    };

const tokenPattern = /^v1\.(\d{13})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function sign(key: Buffer, issuedAt: number, nonce: string): string {
  return createHmac("sha256", key).update(`consultation-form:v1:${issuedAt}:${nonce}`).digest("base64url");
}

export function issueToken(key: Buffer, now: number = Date.now()): string {
  const nonce = randomBytes(16).toString("base64url");
  return `v1.${now}.${nonce}.${sign(key, now, nonce)}`;
}

export function verifyToken(
  key: Buffer,
  token: string,
  options: { now?: number; minFillMs: number; maxAgeMs?: number },
): TokenCheck {
  const match = tokenPattern.exec(token);
  if (!match) return { ok: false, reason: "malformed" };
  const [, issued, nonce, signature] = match as unknown as [string, string, string, string];
  const issuedAt = Number(issued);
  const expected = Buffer.from(sign(key, issuedAt, nonce));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: "bad-signature" };
  }
  const age = (options.now ?? Date.now()) - issuedAt;
  // A token from the future counts as too fast: only a forged clock produces one.
  if (age < options.minFillMs) return { ok: false, reason: "too-fast", nonce };
  if (age > (options.maxAgeMs ?? tokenMaxAgeMs)) return { ok: false, reason: "expired", nonce };
  return { ok: true, nonce, issuedAt };
}
