import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The render token every consultation form carries: when it was issued, a random nonce, and an
 * HMAC over both. It gives us three things without any server-side session:
 *  - timing checks (a bot posts within milliseconds; a tab left open for days is stale),
 *  - an idempotency key (the nonce): the same form submitted twice is one request, and
 *  - a record that the person was already asked to check their details once (a "v2" token):
 *    a valid form sent faster than the minimum fill time is shown again with such a token, and
 *    the next press is accepted however soon it comes.
 */

export const tokenMaxAgeMs = 24 * 60 * 60 * 1000;

export type TokenCheck =
  | { ok: true; nonce: string; issuedAt: number; askedOnce: boolean }
  | {
      ok: false;
      reason: "malformed" | "bad-signature" | "too-fast" | "expired";
      nonce?: string;
      issuedAt?: number;
    };

// v1: as first rendered. v2: the same form, shown again after a too-fast press.
const tokenPattern = /^(v1|v2)\.(\d{13})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function sign(key: Buffer, version: "v1" | "v2", issuedAt: number, nonce: string): string {
  const purpose = version === "v1" ? "consultation-form:v1" : "consultation-form:v2:asked-once";
  return createHmac("sha256", key).update(`${purpose}:${issuedAt}:${nonce}`).digest("base64url");
}

export function issueToken(
  key: Buffer,
  now: number = Date.now(),
  options: { askedOnce?: boolean; nonce?: string } = {},
): string {
  const nonce = options.nonce ?? randomBytes(16).toString("base64url");
  const version = options.askedOnce ? "v2" : "v1";
  return `${version}.${now}.${nonce}.${sign(key, version, now, nonce)}`;
}

export function verifyToken(
  key: Buffer,
  token: string,
  options: { now?: number; minFillMs: number; maxAgeMs?: number },
): TokenCheck {
  const match = tokenPattern.exec(token);
  if (!match) return { ok: false, reason: "malformed" };
  const [, version, issued, nonce, signature] = match as unknown as [string, "v1" | "v2", string, string, string];
  const issuedAt = Number(issued);
  const expected = Buffer.from(sign(key, version, issuedAt, nonce));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: "bad-signature" };
  }
  const askedOnce = version === "v2";
  const age = (options.now ?? Date.now()) - issuedAt;
  // A token from the future counts as too fast: only a forged clock produces one. A person who
  // was asked once is not asked again.
  if (age < options.minFillMs && !askedOnce) return { ok: false, reason: "too-fast", nonce, issuedAt };
  if (age > (options.maxAgeMs ?? tokenMaxAgeMs)) return { ok: false, reason: "expired", nonce };
  return { ok: true, nonce, issuedAt, askedOnce };
}
