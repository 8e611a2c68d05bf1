import { expect, test, type Page } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadForm } from "../support/no-js-form";
import { startDevServer, type DevServer } from "../support/dev-server";
import { routes, seedArticle } from "./routes";

/**
 * Collects CSP violations (DOM events and console messages) and every request's origin. DOM
 * events are reported through a binding, not read from the page afterwards, so they are kept
 * from every document the tab shows: a page in `next dev` may reload itself after it loaded.
 */
async function watch(page: Page) {
  const violations: string[] = [];
  const fromDom: string[] = [];
  const origins = new Set<string>();
  await page.exposeBinding("__reportCspViolation", (_source, text: string) => {
    fromDom.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
      report?.(`${event.violatedDirective} ${event.blockedURI}`);
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
      return [...fromDom];
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

/** Every page a GET reaches is a document that runs no script; pages rendered per request (the form's answers) use a nonce. */
const rendersPerRequest = (path: string) => path.startsWith("/preview/");

function expectStrictPolicy(
  policy: string | undefined,
  { production, scripts = true }: { production: boolean; scripts?: boolean },
) {
  expect(policy, "Content-Security-Policy header").toBeTruthy();
  const csp = directives(policy!);
  const scriptSrc = csp.get("script-src") ?? [];
  if (scripts) {
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    if (production) expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc.some((source) => /^'nonce-/.test(source))).toBe(true);
  } else {
    expect(scriptSrc).toEqual(["'none'"]);
  }
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
      expectStrictPolicy(headers["content-security-policy"], {
        production: true,
        scripts: rendersPerRequest(route.path),
      });
      expectSecurityHeaders(headers, route.path);
      expect(await watcher.domViolations()).toEqual([]);
      expect(watcher.violations).toEqual([]);
      expect([...watcher.origins]).toEqual([new URL(baseURL!).origin]);
      if (route.path !== "/consultation") {
        expect(headers["set-cookie"], `${route.path} must set no cookie`).toBeUndefined();
      }
    });
  }

  test("links between documents are plain navigations: each page is a new document", async ({ page }) => {
    await page.goto("/");
    await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
    await page.getByRole("link", { name: "Articles" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBeUndefined();
  });

  test("security headers on static assets and the API", async ({ page, request }) => {
    await page.goto(seedArticle.path);
    const asset = await page.locator('link[rel="stylesheet"][href^="/_next/static/"]').first().getAttribute("href");
    expect(asset).toBeTruthy();
    const assetResponse = await request.get(asset!);
    expect(assetResponse.status()).toBe(200);
    expectSecurityHeaders(assetResponse.headers(), "static asset");
    const apiResponse = await request.get("/api/health");
    expectSecurityHeaders(apiResponse.headers(), "API");
    expect(apiResponse.headers()["set-cookie"]).toBeUndefined();
  });

  test("a prerendered page gets one fixed policy without scripts, a dynamic one a fresh nonce", async ({
    request,
    baseURL,
  }) => {
    const articleHeaders = (await request.get(seedArticle.path)).headersArray();
    const policies = articleHeaders.filter((header) => header.name.toLowerCase() === "content-security-policy");
    // One header: the proxy did not run for the prerendered page.
    expect(policies.map((header) => directives(header.value).get("script-src"))).toEqual([["'none'"]]);
    // The form's answer (here: errors for an empty form) is rendered per request, with its scripts.
    const answerPolicy = async () => {
      const form = await loadForm(baseURL!);
      const answer = await fetch(new URL(form.action || "/consultation", `${baseURL}/consultation`), {
        method: "POST",
        body: (() => {
          const data = new FormData();
          for (const [name, value] of form.fields) data.append(name, value);
          return data;
        })(),
        headers: { origin: baseURL!, accept: "text/html", cookie: form.cookie ?? "" },
      });
      expect(await answer.text()).toContain('aria-invalid="true"');
      return answer.headers.get("content-security-policy")!;
    };
    const first = await answerPolicy();
    const second = await answerPolicy();
    const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonceOf(first)).toBeTruthy();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
  });
});

test("the article route is still prerendered after being made a document (build output)", async ({ request }) => {
  const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as {
    routes: Record<string, unknown>;
  };
  expect(Object.keys(manifest.routes)).toContain(seedArticle.path);
  expect(existsSync(path.join(".next/server/app", `${seedArticle.path}.html`))).toBe(true);
  // And the server answers from the prerendered copy, not by rendering.
  const response = await request.get(seedArticle.path);
  expect(response.headers()["x-nextjs-prerender"]).toBeTruthy();
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
});

test.describe("Content-Security-Policy in development (next dev)", () => {
  // Bounds, not retries: on two busy cores next dev's first compile of a route's client code takes
  // minutes; that happens in beforeAll, the test itself then meets compiled routes.
  test.describe.configure({ timeout: 600_000 });
  const devRoutes = ["/", seedArticle.path, "/consultation"];
  let dev: DevServer | undefined;
  let devURL = "";

  test.beforeAll(async ({ browser }) => {
    // A hook's own bound (describe.configure sets the tests'): starting, compiling and a first
    // browser visit of three routes.
    test.setTimeout(600_000);
    dev = await startDevServer();
    devURL = dev.url;
    // The browser meets compiled routes only (see DevServer.warm: a route compiling while the
    // browser navigates can make the dev page reload itself and abort the navigation). The server
    // side compiles on a plain request; the client chunks on a browser's first visit.
    await dev.warm(devRoutes);
    for (const route of devRoutes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${devURL}${route}`, { timeout: 300_000, waitUntil: "commit" });
      await page.waitForLoadState("networkidle", { timeout: 60_000 }).catch(() => undefined);
      await context.close();
    }
  });

  test.afterAll(async () => {
    await dev?.stop();
  });

  test("no CSP violations on the main routes, and the form still works", async ({ browser }) => {
    for (const route of devRoutes) {
      // A page of its own per route: no earlier dev page (its HMR socket, its content-events
      // stream) is still open while the next one loads.
      const context = await browser.newContext();
      const page = await context.newPage();
      const watcher = await watch(page);
      // "commit": the response (and its policy) is what is checked; a dev page that then reloads
      // itself must not fail the navigation, and its violations are reported from every document.
      const response = await page.goto(`${devURL}${route}`, { timeout: 120_000, waitUntil: "commit" });
      // In development every page is rendered per request with Next's dev scripts, under a nonce.
      expectStrictPolicy(response!.headers()["content-security-policy"], { production: false });
      await page.waitForLoadState("networkidle", { timeout: 60_000 }).catch(() => undefined);
      expect(await watcher.domViolations(), route).toEqual([]);
      expect(watcher.violations, route).toEqual([]);
      await context.close();
    }
  });
});
