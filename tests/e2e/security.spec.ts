import { expect, test, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../support/ports";
import { routes, seedArticle } from "./routes";

/** Collects CSP violations (DOM events and console messages) and every request's origin. */
async function watch(page: Page) {
  const violations: string[] = [];
  const origins = new Set<string>();
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const store = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      store.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      violations.push(message.text());
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http")) origins.add(url.origin);
  });
  return {
    violations,
    origins,
    async domViolations() {
      return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    },
  };
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectStrictPolicy(policy: string | undefined, { production }: { production: boolean }) {
  expect(policy, "Content-Security-Policy header").toBeTruthy();
  const csp = directives(policy!);
  const scriptSrc = csp.get("script-src") ?? [];
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  if (production) expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc.some((source) => /^'(sha256-|nonce-)/.test(source))).toBe(true);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(["'none'", "'self'"]).toContain(csp.get("base-uri")?.[0]);
  expect(csp.get("form-action")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
  if (production) expect(csp.has("upgrade-insecure-requests")).toBe(true);
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers["strict-transport-security"], what).toBe("max-age=63072000; includeSubDomains");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(["strict-origin-when-cross-origin", "no-referrer", "same-origin", "strict-origin"]).toContain(
    headers["referrer-policy"],
  );
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) {
    expect(permissions, `${what}: Permissions-Policy ${feature}`).toContain(`${feature}=()`);
  }
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(headers["x-powered-by"], what).toBeUndefined();
}

test.describe("Content-Security-Policy in production (next start)", () => {
  for (const route of [...routes, { path: "/articles/unknown", h1: "Page not found" }]) {
    test(`${route.path}: strict policy, no violations, nothing leaves the site`, async ({ page, baseURL }) => {
      const watcher = await watch(page);
      const response = await page.goto(route.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.h1);
      // Let hydration and prefetches run: violations would show up here.
      await page.waitForLoadState("networkidle").catch(() => undefined);
      const headers = response!.headers();
      expectStrictPolicy(headers["content-security-policy"], { production: true });
      expectSecurityHeaders(headers, route.path);
      expect(await watcher.domViolations()).toEqual([]);
      expect(watcher.violations).toEqual([]);
      expect([...watcher.origins]).toEqual([new URL(baseURL!).origin]);
      if (route.path !== "/consultation") {
        expect(headers["set-cookie"], `${route.path} must set no cookie`).toBeUndefined();
      }
    });
  }

  test("the page actually runs its scripts under the policy (hydration works)", async ({ page }) => {
    await page.goto("/");
    await page.waitForLoadState("networkidle").catch(() => undefined);
    // Client-side navigation keeps the same window; a blocked runtime would load a new document.
    await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
    await page.getByRole("link", { name: "Articles" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  test("security headers on static assets and the API", async ({ page, request }) => {
    await page.goto(seedArticle.path);
    const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
    expect(asset).toBeTruthy();
    const assetResponse = await request.get(asset!);
    expect(assetResponse.status()).toBe(200);
    expectSecurityHeaders(assetResponse.headers(), "static asset");
    const apiResponse = await request.get("/api/health");
    expectSecurityHeaders(apiResponse.headers(), "API");
    expect(apiResponse.headers()["set-cookie"]).toBeUndefined();
  });

  test("a prerendered page gets its own script hashes, a dynamic one a fresh nonce", async ({ request }) => {
    const article = (await request.get(seedArticle.path)).headers()["content-security-policy"]!;
    expect(article).toMatch(/'sha256-/);
    expect(article).not.toMatch(/'nonce-/);
    const first = (await request.get("/consultation")).headers()["content-security-policy"]!;
    const second = (await request.get("/consultation")).headers()["content-security-policy"]!;
    const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonceOf(first)).toBeTruthy();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
  });
});

test("the article route is still prerendered after the CSP work (build output)", async ({ request }) => {
  const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as {
    routes: Record<string, unknown>;
  };
  expect(Object.keys(manifest.routes)).toContain(seedArticle.path);
  expect(existsSync(path.join(".next/server/app", `${seedArticle.path}.html`))).toBe(true);
  const cspManifest = JSON.parse(readFileSync(".next/csp-manifest.json", "utf8")) as {
    routes: Record<string, string[]>;
  };
  expect(cspManifest.routes[seedArticle.path]?.length).toBeGreaterThan(0);
  // And the server answers from the prerendered copy, not by rendering.
  const response = await request.get(seedArticle.path);
  expect(response.headers()["x-nextjs-prerender"]).toBeTruthy();
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
});

test.describe("Content-Security-Policy in development (next dev)", () => {
  test.describe.configure({ timeout: 240_000 });
  let server: ChildProcess | undefined;
  let devURL = "";

  test.beforeAll(async () => {
    const port = await freePort();
    devURL = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", "dev", "-p", String(port), "-H", "127.0.0.1"],
      {
        env: {
          ...process.env,
          NODE_ENV: "development",
          NEXT_TELEMETRY_DISABLED: "1",
          // Outside the project: writes inside it would make the dev server recompile and reload.
          DATA_DIR: mkdtempSync(path.join(tmpdir(), "shamynds-dev-")),
        },
        stdio: "ignore",
      },
    );
    for (let attempt = 0; attempt < 120; attempt++) {
      try {
        if ((await fetch(`${devURL}/api/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new Error("next dev did not start");
  });

  test.afterAll(() => {
    server?.kill("SIGTERM");
  });

  test("no CSP violations on the main routes, and the form still works", async ({ page }) => {
    for (const route of ["/", seedArticle.path, "/consultation"]) {
      const watcher = await watch(page);
      const response = await page.goto(`${devURL}${route}`, { timeout: 120_000 });
      expectStrictPolicy(response!.headers()["content-security-policy"], { production: false });
      await page.waitForLoadState("networkidle").catch(() => undefined);
      expect(await watcher.domViolations(), route).toEqual([]);
      expect(watcher.violations, route).toEqual([]);
    }
  });
});
