import { describe, expect, it } from "vitest";
import { buildCsp, documentCsp } from "./csp";

describe("buildCsp", () => {
  it("lets a prerendered document run no script at all", () => {
    const policy = documentCsp;
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'none'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("img-src 'self' data:");
    expect(policy.endsWith("upgrade-insecure-requests")).toBe(true);
  });

  it("uses the nonce for pages rendered per request, and relaxes only eval and HMR in development", () => {
    const policy = buildCsp({ nonce: "n0nce", development: true });
    expect(policy).toContain("script-src 'self' 'nonce-n0nce' 'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' ws:");
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });
});

describe("buildCsp in production", () => {
  it("allows the nonce and our own origin, never inline or eval", () => {
    const scriptSrc = buildCsp({ nonce: "abc" })
      .split("; ")
      .find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc'");
  });
});
