import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadFormKey } from "./form-key.mjs";
import { decoyReference, newReference, referencePattern } from "./reference";
import { issueToken, tokenMaxAgeMs, verifyToken } from "./token";

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);
const issuedAt = Date.UTC(2026, 10, 26, 18, 0, 0);
const minFillMs = 3000;

describe("form token", () => {
  it("accepts a token between the minimum fill time and 24 hours, and exposes its nonce", () => {
    const token = issueToken(key, issuedAt);
    const check = verifyToken(key, token, { now: issuedAt + 3000, minFillMs });
    expect(check).toEqual({
      ok: true,
      issuedAt,
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      askedOnce: false,
    });
    expect(verifyToken(key, token, { now: issuedAt + tokenMaxAgeMs, minFillMs }).ok).toBe(true);
  });

  it("rejects a submission faster than the minimum fill time (the 3 s default)", () => {
    const token = issueToken(key, issuedAt);
    expect(verifyToken(key, token, { now: issuedAt + 2999, minFillMs })).toMatchObject({
      ok: false,
      reason: "too-fast",
    });
    expect(verifyToken(key, token, { now: issuedAt - 60_000, minFillMs })).toMatchObject({
      ok: false,
      reason: "too-fast",
    });
  });

  it("a token re-issued after asking the person once keeps the nonce and render time, and is not too fast", () => {
    const first = issueToken(key, issuedAt);
    const firstCheck = verifyToken(key, first, { now: issuedAt + 500, minFillMs });
    expect(firstCheck).toMatchObject({ ok: false, reason: "too-fast", issuedAt });
    const nonce = firstCheck.nonce!;
    const asked = issueToken(key, issuedAt, { askedOnce: true, nonce });
    expect(asked.startsWith("v2.")).toBe(true);
    expect(verifyToken(key, asked, { now: issuedAt + 600, minFillMs })).toEqual({
      ok: true,
      issuedAt,
      nonce,
      askedOnce: true,
    });
    // Still expires, and cannot be made by changing the version of an ordinary token.
    expect(verifyToken(key, asked, { now: issuedAt + tokenMaxAgeMs + 1, minFillMs })).toMatchObject({
      reason: "expired",
    });
    expect(verifyToken(key, first.replace(/^v1/, "v2"), { now: issuedAt + 600, minFillMs })).toMatchObject({
      ok: false,
      reason: "bad-signature",
    });
  });

  it("rejects a token older than 24 hours", () => {
    const token = issueToken(key, issuedAt);
    expect(verifyToken(key, token, { now: issuedAt + tokenMaxAgeMs + 1, minFillMs })).toMatchObject({
      ok: false,
      reason: "expired",
    });
  });

  it("rejects tokens signed with another key or altered in any part", () => {
    const token = issueToken(key, issuedAt);
    const now = issuedAt + 10_000;
    expect(verifyToken(otherKey, token, { now, minFillMs }).ok).toBe(false);
    const [version, time, nonce, signature] = token.split(".") as [string, string, string, string];
    // Back-dating the issue time to pass the timer breaks the signature.
    const backdated = [version, String(Number(time) - 10_000), nonce, signature].join(".");
    expect(verifyToken(key, backdated, { now: issuedAt + 1, minFillMs })).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    const otherNonce = [version, time, "A".repeat(22), signature].join(".");
    expect(verifyToken(key, otherNonce, { now, minFillMs })).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    for (const junk of ["", "v1", "v2.1.2.3", `${token}x`, token.replace("v1", "v0")]) {
      expect(verifyToken(key, junk, { now, minFillMs }).ok, junk).toBe(false);
    }
  });

  it("gives every rendered form its own nonce", () => {
    const nonces = new Set(
      Array.from({ length: 50 }, () => {
        const check = verifyToken(key, issueToken(key, issuedAt), {
          now: issuedAt + 5000,
          minFillMs,
        });
        return check.ok ? check.nonce : "";
      }),
    );
    expect(nonces.size).toBe(50);
  });
});

describe("reference codes", () => {
  it("look like SM-7K3F9Q: six characters from A–Z and 2–9", () => {
    for (let i = 0; i < 500; i++) expect(newReference()).toMatch(referencePattern);
    expect("SM-7K3F9Q").toMatch(referencePattern);
    expect("SM-7K3F0Q").not.toMatch(referencePattern);
  });

  it("decoys are stable per seed and look real", () => {
    expect(decoyReference(key, "a")).toBe(decoyReference(key, "a"));
    expect(decoyReference(key, "a")).not.toBe(decoyReference(key, "b"));
    expect(decoyReference(key, "a")).toMatch(referencePattern);
  });
});

describe("form key", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "form-key-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("derives the key from FORM_SECRET when set, without touching DATA_DIR", () => {
    const dir = tempDir();
    const a = loadFormKey({
      secret: "s3cret",
      dataDir: path.join(dir, "absent"),
    });
    expect(a).toEqual(loadFormKey({ secret: "s3cret", dataDir: dir }));
    expect(a).not.toEqual(loadFormKey({ secret: "other", dataDir: dir }));
    expect(a.equals(Buffer.from("s3cret"))).toBe(false);
  });

  it("otherwise persists one random key in DATA_DIR that every process reads back", () => {
    const dir = path.join(tempDir(), "nested");
    const first = loadFormKey({ dataDir: dir });
    expect(first.length).toBe(32);
    expect(loadFormKey({ dataDir: dir })).toEqual(first);
    expect(readFileSync(path.join(dir, "form-secret.key"), "utf8")).toBe(first.toString("base64url"));
    const token = issueToken(first, issuedAt);
    expect(
      verifyToken(loadFormKey({ dataDir: dir }), token, {
        now: issuedAt + 5000,
        minFillMs,
      }).ok,
    ).toBe(true);
  });

  it("refuses a damaged key file instead of silently replacing it", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "form-secret.key"), "short");
    expect(() => loadFormKey({ dataDir: dir })).toThrow(/Unreadable form key/);
  });
});
