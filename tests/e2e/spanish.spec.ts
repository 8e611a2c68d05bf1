import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { spanishRoutes } from "./spanish-routes";

const viewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "mobile", width: 390, height: 844 },
];

/** The e2e server runs with SITE_URL=http://localhost:3000 (playwright.config.ts). */
const siteOrigin = "http://localhost:3000";

/** hreflang → URL, normalised (Next writes the home page as the bare origin: the same URL as origin + "/"). */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((nodes) => nodes.map((link) => [link.getAttribute("hreflang")!, link.getAttribute("href")!]));
  return Object.fromEntries(links.map(([lang, href]) => [lang, new URL(href!).href]));
}

async function expectSpanishCrisisHelp(page: Page) {
  const crisis = page.getByRole("complementary", { name: "Ayuda en crisis" }).first();
  await expect(crisis).toContainText("¿En crisis? Llame al 988 y oprima 2");
  await expect(crisis.locator('a[href="tel:988"]')).toHaveText("Llamar al 988");
  await expect(crisis.locator('a[href^="sms:988"]')).toHaveText("Envíe AYUDA al 988");
  await expect(crisis.locator('a[href^="sms:988"]')).toHaveAttribute("href", /body=AYUDA/);
  await expect(crisis.getByRole("link", { name: "Chat en español" })).toHaveAttribute("href", /988lifeline\.org\/es/);
  await expect(crisis.locator('a[href="tel:911"]')).toHaveText("llame al 911");
}

test.describe("every Spanish route", () => {
  for (const route of spanishRoutes) {
    test(`${route.path} answers 200 in Spanish, with Spanish crisis help and hreflang pairs to ${route.english}`, async ({
      page,
      baseURL,
    }) => {
      const origins = new Set<string>();
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith("http")) origins.add(url.origin);
      });
      const response = await page.goto(route.path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.h1);
      await expect(page.getByRole("link", { name: "Saltar al contenido principal" })).toBeAttached();
      await expectSpanishCrisisHelp(page);

      // hreflang: this page names itself and its English page, and English is the default.
      const spanishUrl = new URL(route.path, siteOrigin).toString();
      const englishUrl = new URL(route.english, siteOrigin).toString();
      expect(await alternates(page)).toEqual({ en: englishUrl, es: spanishUrl, "x-default": englishUrl });
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "es_US");
      await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute("content", "en_US");

      // The visible switch leads to the English page, which points back here.
      const switchLink = page.locator("a[data-language-switch]");
      await expect(switchLink).toHaveText("Read in English");
      await expect(switchLink).toHaveAttribute("href", route.english);
      await expect(switchLink).toHaveAttribute("hreflang", "en");
      expect([...origins]).toEqual([new URL(baseURL!).origin]);

      const english = await page.goto(route.english);
      expect(english?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
      expect(await alternates(page)).toEqual({ en: englishUrl, es: spanishUrl, "x-default": englishUrl });
      await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute("content", "es_US");
      await expect(page.locator("a[data-language-switch]")).toHaveAttribute("href", route.path);
    });
  }
});

test.describe("Spanish accessibility (axe, WCAG 2.2 AA)", () => {
  for (const viewport of viewports) {
    for (const route of [...spanishRoutes, { path: "/es/no-existe" }]) {
      test(`${route.path} has no violations on ${viewport.name}`, async ({ page }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(route.path);
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(summary).toEqual([]);
      });
    }
  }
});

test("the Spanish article shows Spanish dates, reading time, headings and structured data", async ({ page }) => {
  const article = spanishRoutes.find((route) => route.path.startsWith("/es/articulos/"))!;
  await page.goto(article.path);
  const header = page.locator("main header").first();
  await expect(header).toContainText("Publicado 1 de mayo de 2024");
  await expect(header).toContainText("Actualizado 20 de noviembre de 2026");
  await expect(header).toContainText(/\d+ min de lectura/);
  await expect(page.getByRole("navigation", { name: "En esta página" }).getByRole("link")).toHaveCount(16);
  await expect(page.locator("main .prose h2").first()).toHaveText("Cómo entender la terapia con ketamina");
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  const languages = (graph["@graph"] as { "@type": string; inLanguage?: string }[])
    .filter((node) => node.inLanguage)
    .map((node) => `${node["@type"]} ${node.inLanguage}`);
  expect(languages).toEqual(["MedicalWebPage es-US", "Article es-US"]);
  // The consultation box at the end is in Spanish too.
  await expect(page.getByRole("region", { name: "Pida una consulta" })).toBeVisible();
});

test("the Spanish FAQ has its crisis note in Spanish", async ({ page }) => {
  await page.goto("/es/preguntas-frecuentes");
  const note = page.locator("main aside", { hasText: "Si está pensando en el suicidio" });
  await expect(note).toContainText("oprima 2");
  await expect(note.locator('a[href^="sms:988"]')).toHaveText("envíe AYUDA al 988");
});

test("an unknown address, under /es or elsewhere, is the prerendered 404 in English and Spanish", async ({ page }) => {
  // One 404 document for every unknown address: prerendered and script-free (a 404 rendered per
  // request inside the Spanish layout would need the framework's scripts).
  for (const path of ["/es/no-existe", "/does-not-exist"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const spanish = page.locator('section[lang="es"]');
    await expect(spanish.getByRole("heading", { level: 2 })).toHaveText("No encontramos esta página");
    await expect(spanish.getByRole("link", { name: "Ir a la página de inicio" })).toHaveAttribute("href", "/es");
    await expect(spanish).toContainText("988");
    await expect(page.getByRole("complementary", { name: "Crisis help" })).toContainText("988");
  }
});

test("the Spanish costs, contact and team pages show the clinic's data in Spanish", async ({ page }) => {
  await page.goto("/es/costos");
  const fees = page.getByRole("region", { name: "Tabla de tarifas" });
  await expect(fees.getByRole("columnheader", { name: "Servicio" })).toBeAttached();
  await expect(fees.getByRole("rowheader", { name: "Consulta gratuita" })).toBeVisible();
  await expect(fees.getByRole("row", { name: /Consulta gratuita/ })).toContainText("Gratis");
  await expect(page.getByRole("heading", { level: 2, name: "Seguro médico" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Pago" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /estimado de buena fe/i })).toBeVisible();

  await page.goto("/es/contacto");
  const hours = page.locator("section", { has: page.getByRole("heading", { name: "Horario de atención" }) });
  await expect(hours).toContainText(/Lunes–Viernes: 9:00\sa\.\s?m\.–5:00\sp\.\s?m\./);
  await expect(page.getByRole("heading", { level: 2, name: "Cómo llegar" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Estacionamiento" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Abrir la dirección en un mapa" })).toBeVisible();
  await expect(page.getByRole("link", { name: "pedir una consulta" })).toHaveAttribute("href", "/es/consulta");

  await page.goto("/es/quienes-somos");
  const team = page.locator("section", { has: page.getByRole("heading", { name: "Nuestro equipo" }) });
  await expect(team).toContainText("Director médico");
  await expect(team).toContainText("Terapeuta principal");
  await expect(team).toContainText("Como terapeuta principal");
  await expect(team.getByRole("link", { name: "Verificar esta licencia" }).first()).toBeVisible();
});

test("every page in the sitemap has its counterpart: hreflang both ways, and its switch leads there", async ({
  page,
  request,
}) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(paths.length).toBeGreaterThan(40);
  const seen = new Map<string, Record<string, string>>();
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const links = await alternates(page);
    const self = new URL(path, siteOrigin).href;
    expect(Object.values(links), `${path} names itself`).toContain(self);
    expect(Object.keys(links).sort(), path).toEqual(["en", "es", "x-default"]);
    const lang = (await page.locator("html").getAttribute("lang"))!.startsWith("es") ? "es" : "en";
    expect(links[lang], path).toBe(self);
    const other = lang === "es" ? "en" : "es";
    const switchLink = page.locator("a[data-language-switch]");
    await expect(switchLink, path).toHaveAttribute("data-language-switch", "counterpart");
    await expect(switchLink, path).toHaveAttribute("href", new URL(links[other]!).pathname);
    seen.set(path, links);
  }
  // Both ways: the counterpart lists the same pair.
  for (const [path, links] of seen) {
    const other = seen.get(new URL(links.en === new URL(path, siteOrigin).href ? links.es! : links.en!).pathname);
    expect(other, `${path}'s counterpart is in the sitemap`).toBeDefined();
    expect(other, path).toEqual(links);
  }
});

test("the sitemap lists both languages of each translated page with xhtml:link alternates", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  for (const route of spanishRoutes) {
    const es = new URL(route.path, siteOrigin).toString();
    const en = new URL(route.english, siteOrigin).toString();
    const links = [
      `<xhtml:link rel="alternate" hreflang="en" href="${en}" />`,
      `<xhtml:link rel="alternate" hreflang="es" href="${es}" />`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${en}" />`,
    ];
    for (const url of [en, es]) {
      const entry = new RegExp(`<url>\\s*<loc>${url.replace(/[.?/]/g, "\\$&")}</loc>[\\s\\S]*?</url>`).exec(xml)?.[0];
      expect(entry, url).toBeDefined();
      for (const link of links) expect(entry, `${url}: ${link}`).toContain(link);
    }
  }
});

test("the Spanish RSS feed lists the Spanish articles, in Spanish", async ({ request, page }) => {
  const response = await request.get("/es/feed.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain("<language>es-US</language>");
  expect(xml).toContain("<title>Artículos de ShaMynds Healing Center</title>");
  expect(xml).toContain(`${siteOrigin}/es/articulos/por-que-funciona-la-terapia-con-ketamina`);
  await page.goto("/es");
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    "href",
    /\/es\/feed\.xml$/,
  );
});
