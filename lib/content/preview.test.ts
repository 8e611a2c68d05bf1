import { afterEach, describe, expect, it, vi } from "vitest";
import { previewPath, previewSecretMatches } from "./preview";

const secret = "a-long-enough-preview-secret-123";

describe("previewSecretMatches", () => {
  it("accepts exactly the configured secret", () => {
    expect(previewSecretMatches(secret, secret)).toBe(true);
  });

  it("rejects a wrong, shorter, longer or missing secret", () => {
    expect(previewSecretMatches("a-long-enough-preview-secret-124", secret)).toBe(false);
    expect(previewSecretMatches("a-long", secret)).toBe(false);
    expect(previewSecretMatches(`${secret}x`, secret)).toBe(false);
    expect(previewSecretMatches("", secret)).toBe(false);
    expect(previewSecretMatches(null, secret)).toBe(false);
  });

  it("rejects everything when PREVIEW_SECRET is unset (preview is off)", () => {
    expect(previewSecretMatches("", undefined)).toBe(false);
    expect(previewSecretMatches("anything", undefined)).toBe(false);
  });

  it("previews drafts on their own route", () => {
    expect(previewPath("my-draft")).toBe("/preview/articles/my-draft");
  });
});

describe("PREVIEW_SECRET in lib/env.ts", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("refuses to start with a secret short enough to guess", async () => {
    vi.stubEnv("PREVIEW_SECRET", "hunter2");
    vi.resetModules();
    await expect(import("@/lib/env")).rejects.toThrow(
      "PREVIEW_SECRET: PREVIEW_SECRET must be at least 16 characters, e.g. the output of: openssl rand -hex 32",
    );
  });

  it("treats an empty value as unset", async () => {
    vi.stubEnv("PREVIEW_SECRET", "");
    vi.resetModules();
    const { previewEnabled } = await import("./preview");
    expect(previewEnabled).toBe(false);
  });
});
