import { describe, expect, it } from "vitest";
import { buildCsp, inlineScripts, routeOfHtmlFile, scriptHash } from "./csp";

describe("buildCsp", () => {
  it("never allows inline or eval scripts in production", () => {
    const policy = buildCsp({ scriptHashes: ["sha256-abc"], upgradeInsecureRequests: true });
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc'");
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

describe("inlineScripts", () => {
  it("returns executable inline scripts only", () => {
    const html = [
      '<script src="/_next/static/a.js" async=""></script>',
      '<script>self.__next_f.push([1,"a"])</script>',
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      "<script></script>",
    ].join("");
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1,"a"])']);
  });
});

describe("scriptHash", () => {
  it("is the CSP sha256 source of the exact text", async () => {
    // Known value: echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(await scriptHash("alert(1)")).toBe("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
  });
});

describe("routeOfHtmlFile", () => {
  it("maps prerendered files to URL paths", () => {
    expect(routeOfHtmlFile("index.html")).toBe("/");
    expect(routeOfHtmlFile("articles/why.html")).toBe("/articles/why");
    expect(routeOfHtmlFile("_not-found.html")).toBe("/_not-found");
  });
});
