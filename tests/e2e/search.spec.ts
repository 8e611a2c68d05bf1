import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { removeTempDataDirs, tempDataDir } from "../support/consultation";
import { startNextServer, type NextServer } from "../support/next-server";
import { request as nginxRequest, startShippedNginx, type Nginx } from "../support/nginx";
import { seedArticle } from "./routes";

/**
 * A person searches the site, in English and in Spanish, with or without JavaScript: the results
 * page is a document (no script, script-src 'none'), a query that suggests a crisis gets the 988
 * help first, nothing is ever a dead end, and the query is never logged or stored anywhere.
 */
const spanishArticle = {
  path: "/es/articulos/por-que-funciona-la-terapia-con-ketamina",
  title: "¿Por qué funciona la terapia con ketamina?",
};

const results = (page: Page) => page.locator('[data-search-slot="results"] li');
const crisisHelp = (page: Page) => page.locator('[data-search-slot="crisis"]');
const suggestions = (page: Page) => page.locator('[data-search-slot="suggestions"]');

/** Whether the crisis help comes before the first result in the document. */
const crisisBeforeFirstResult = (page: Page) =>
  page.evaluate(() => {
    const crisis = document.querySelector('[data-search-slot="crisis"]');
    const first = document.querySelector('[data-search-slot="results"] li');
    return Boolean(crisis && first && crisis.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
  });

test("“ketamine” finds the seed article, its passage marked", async ({ page }) => {
  await page.goto("/search?q=ketamine");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  const link = page.locator('[data-search-slot="results"]').getByRole("link", { name: seedArticle.title });
  await expect(link).toHaveAttribute("href", seedArticle.path);
  await expect(page.locator('[data-search-slot="results"] mark').first()).toHaveText(/ketamine/i);
  await expect(page.locator('[data-search-slot="status"]')).toContainText("results for “ketamine”");
  await expect(page.locator("main").getByLabel("Search the site")).toHaveValue("ketamine");
  await expect(crisisHelp(page)).toBeHidden();
  await expect(suggestions(page)).toBeHidden();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedArticle.title);
});

test("“depresion” (no accent) on /es/buscar finds the Spanish article", async ({ page }) => {
  await page.goto("/es/buscar?q=depresion");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buscar");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(
    page.locator('[data-search-slot="results"]').getByRole("link", { name: spanishArticle.title }),
  ).toHaveAttribute("href", spanishArticle.path);
  await expect(page.locator('[data-search-slot="results"] mark').first()).toHaveText(/depresi[oó]n/i);
});

test("a crisis query shows the 988 help before the first result, in English", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("ketamine suicidal thoughts")}`);
  await expect(crisisHelp(page)).toBeVisible();
  await expect(crisisHelp(page)).toContainText("Call or text 988");
  await expect(crisisHelp(page).getByRole("link", { name: "911" })).toHaveAttribute("href", "tel:911");
  expect(await results(page).count()).toBeGreaterThan(0);
  expect(await crisisBeforeFirstResult(page)).toBe(true);
});

test("a crisis query shows the Lifeline's Spanish help before the first result, in Spanish", async ({ page }) => {
  await page.goto(`/es/buscar?q=${encodeURIComponent("ketamina quiero morir")}`);
  await expect(crisisHelp(page)).toBeVisible();
  await expect(crisisHelp(page)).toContainText("oprima 2");
  await expect(crisisHelp(page)).toContainText("AYUDA");
  await expect(crisisHelp(page).getByRole("link", { name: /chatee en español/ })).toBeVisible();
  expect(await results(page).count()).toBeGreaterThan(0);
  expect(await crisisBeforeFirstResult(page)).toBe(true);
  // An English crisis query on the Spanish page: the help is in the page's language.
  await page.goto("/es/buscar?q=suicide");
  await expect(crisisHelp(page)).toContainText("oprima 2");
});

test("a query that finds nothing shows suggestions, never a dead end", async ({ page }) => {
  await page.goto("/search?q=zzqxv+wplmt");
  await expect(page.locator('[data-search-slot="status"]')).toHaveText("Nothing on our site matches “zzqxv wplmt”.");
  await expect(results(page)).toHaveCount(0);
  await expect(suggestions(page)).toBeVisible();
  await expect(suggestions(page).getByRole("link", { name: "Answers to common questions" })).toHaveAttribute(
    "href",
    "/faq",
  );
  await expect(suggestions(page).getByRole("link", { name: "Request a consultation" })).toBeVisible();
  await expect(suggestions(page).locator('a[href^="tel:"]')).toBeVisible();
  // The empty search too.
  await page.goto("/es/buscar");
  await expect(suggestions(page).getByRole("link", { name: "Respuestas a preguntas frecuentes" })).toBeVisible();
});

test("a 500-character query is cut to 200 characters, not refused", async ({ page }) => {
  const long = `ketamine ${"x".repeat(491)}`;
  const response = await page.goto(`/search?q=${long}`);
  expect(response?.status()).toBe(200);
  const value = await page.locator("main").getByLabel("Search the site").inputValue();
  expect(value).toBe(long.slice(0, 200));
});

test("the query is escaped wherever it is shown", async ({ page }) => {
  const hostile = `"><img src=x onerror=alert(1)><script>alert(2)</script>`;
  await page.goto(`/search?q=${encodeURIComponent(hostile)}`);
  await expect(page.locator("main").getByLabel("Search the site")).toHaveValue(hostile);
  await expect(page.locator('[data-search-slot="status"]')).toContainText(hostile);
  expect(await page.locator("main img, main script").count()).toBe(0);
});

test.describe("the header's search form", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`submits to the search page on a phone (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto("/");
      await page.getByText("Menu", { exact: true }).click();
      const input = page.locator("#menu-search-q");
      await input.fill("ketamine");
      await input.press("Enter");
      await expect(page).toHaveURL(/\/search\?q=ketamine$/);
      await expect(
        page.locator('[data-search-slot="results"]').getByRole("link", { name: seedArticle.title }),
      ).toBeVisible();
      // Spanish pages search the Spanish site.
      await page.goto("/es");
      await page.getByText("Menú", { exact: true }).click();
      await page.locator("#menu-search-q").fill("depresión");
      await page.locator("#menu-search-q").press("Enter");
      await expect(page).toHaveURL(/\/es\/buscar\?q=depresi/);
      await expect(page.getByRole("link", { name: spanishArticle.title })).toBeVisible();
      await context.close();
    });

    test(`submits to the search page on a wide screen (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(seedArticle.path);
      await page.locator("header summary", { hasText: "Search" }).click();
      await page.locator("#header-search-q").fill("side effects");
      await page.locator("#header-search-q").press("Enter");
      await expect(page).toHaveURL(/\/search\?q=side\+effects$/);
      expect(await results(page).count()).toBeGreaterThan(0);
      await context.close();
    });
  }

  for (const width of [390, 1280]) {
    test(`causes no sideways scrolling at ${width} px`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const address of ["/", "/es", "/search?q=ketamine", "/es/buscar?q=depresion"]) {
        await page.goto(address);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, address).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
});

test("the search page is a document: no script but JSON-LD, no CSP violation, the stated headers", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeBinding("__reportCspViolation", (_source, text: string) => violations.push(text));
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
  for (const address of ["/search?q=ketamine", "/es/buscar?q=depresion", "/search?q=suicide", "/search"]) {
    const response = await page.goto(address);
    await page.waitForLoadState("networkidle").catch(() => undefined);
    expect(await page.locator('script:not([type="application/ld+json"])').count(), address).toBe(0);
    expect(await page.locator('link[rel="modulepreload"], link[rel="preload"][as="script"]').count(), address).toBe(0);
    const headers = response!.headers();
    expect(headers["content-security-policy"], address).toMatch(/script-src 'none'/);
    expect(headers["content-security-policy"], address).toContain("upgrade-insecure-requests");
    expect(headers["x-robots-tag"], address).toBe("noindex");
    expect(headers["referrer-policy"], address).toBe("no-referrer");
    expect(headers["x-content-type-options"], address).toBe("nosniff");
    expect(headers["x-frame-options"], address).toBe("DENY");
    expect(headers["strict-transport-security"], address).toContain("max-age=");
    expect(headers["permissions-policy"], address).toContain("camera=()");
    expect(headers["set-cookie"], address).toBeUndefined();
    if (address.includes("?q=")) expect(headers["cache-control"], address).toBe("private, no-store");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  }
  expect(violations).toEqual([]);
});

test("every class the results use is in the site's stylesheet", async ({ page, request }) => {
  await page.goto("/search?q=side+effects");
  const selectors = await page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('[data-search-slot="results"] *')].flatMap((element) =>
        [...element.classList].map((name) => `.${CSS.escape(name)}`),
      ),
    ),
  ]);
  expect(selectors.length).toBeGreaterThan(10);
  const sheets = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  const css = (await Promise.all(sheets.map(async (href) => (await request.get(href)).text()))).join("\n");
  for (const selector of selectors) expect(css, selector).toContain(selector);
});

test("the search pages are not in the sitemap", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).not.toMatch(/\/search|\/buscar/);
});

test.describe("privacy: a query is never logged or stored", () => {
  test.describe.configure({ mode: "serial" });
  let next: NextServer;
  let nginx: Nginx;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = tempDataDir("search");
    next = await startNextServer({ DATA_DIR: dataDir, TRUST_PROXY: "1" });
    nginx = await startShippedNginx(next.port, { accessLog: true });
  });

  test.afterAll(async () => {
    await nginx?.stop();
    await next?.stop();
    removeTempDataDirs();
  });

  test("a canary query appears in no server output, no data file and no nginx log", async ({ browser, request }) => {
    const canary = `canary${randomBytes(8).toString("hex")}`;
    const crisisCanary = `suicide ${canary}`;
    // Straight to next start, and through the shipped nginx (as a browser, which then follows a result).
    for (const query of [canary, crisisCanary, `ketamine ${canary}`]) {
      for (const address of ["/search", "/es/buscar", "/api/search/en"]) {
        const direct = await fetch(`${next.url}${address}?q=${encodeURIComponent(query)}`);
        expect(direct.status).toBe(200);
        const proxied = await nginxRequest(`${nginx.httpsUrl}${address}?q=${encodeURIComponent(query)}`, {
          ca: nginx.ca,
        });
        expect(proxied.status).toBe(200);
        expect(proxied.headers["x-cache"]).toBeUndefined();
      }
    }
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${nginx.httpsUrl}/search?q=${encodeURIComponent(`ketamine ${canary}`)}`);
    await page.locator('[data-search-slot="results"] a').first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await context.close();
    // And the Playwright server's own DATA_DIR.
    await request.get(`/search?q=${canary}`);

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(next.output()).not.toContain(canary);
    const access = nginx.accessLog();
    // The log is on (the stylesheet and the result were logged), without any query or referrer carrying it.
    expect(access).toContain("/_next/static/");
    expect(access).toContain(" 200 ");
    expect(access).not.toContain(canary);
    expect(access).not.toMatch(/\/search\?|\/buscar\?|\/api\/search\//);
    expect(nginx.errorLog()).not.toContain(canary);
    for (const dir of [dataDir, path.join(process.cwd(), ".data", "e2e")]) {
      for (const file of filesUnder(dir)) {
        expect(readFileSync(file).toString("latin1"), file).not.toContain(canary);
      }
    }
  });
});

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}
