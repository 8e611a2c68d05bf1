import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { seedArticle } from "./routes";

/**
 * Health information to the standard of the best health publishers (issue 22): key points,
 * references a reader can follow, the review cycle shown, clinicians' licences, the editorial
 * policy, the glossary, and a printout a patient can take to their clinician.
 */
const spanishSeed = "/es/articulos/por-que-funciona-la-terapia-con-ketamina";

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the seed article opens with its key points", async ({ page }) => {
  await page.goto(seedArticle.path);
  const box = page.getByRole("region", { name: "Key points" });
  await expect(box).toBeVisible();
  const points = box.getByRole("listitem");
  expect(await points.count()).toBeGreaterThanOrEqual(3);
  expect(await points.count()).toBeLessThanOrEqual(5);
});

test("the seed article's references link to DOI, PubMed or https, and its markers jump to the list and back", async ({
  page,
}) => {
  await page.goto(seedArticle.path);
  const list = page.getByRole("region", { name: "References" });
  await expect(list).toBeVisible();
  const items = list.getByRole("listitem");
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  const hrefs = await list
    .locator("a:not([href^='#'])")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThanOrEqual(3);
  for (const href of hrefs) expect(href).toMatch(/^https:\/\/(doi\.org\/10\.|pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/|\S+)/);
  expect(hrefs.some((href) => href.startsWith("https://doi.org/10."))).toBe(true);

  const marker = page.locator("sup.citation a").first();
  const target = await marker.getAttribute("href");
  expect(target).toMatch(/^#ref-\d+$/);
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target!)).toBeInViewport();
  // …and back to the first place that cites it.
  await page.locator(`${target} a[href^="#cite-"]`).click();
  await expect(page.locator("sup.citation a").first()).toBeInViewport();
});

test("the review dates show at the end of the article, in English and in Spanish", async ({ page }) => {
  await page.goto(seedArticle.path);
  await expect(page.locator(".review-line")).toHaveText(
    /^Page last reviewed: 20 November 2026 · Next review due: 20 November 2027 · How we write and review$/,
  );
  await expect(page.locator(".review-line").getByRole("link")).toHaveAttribute("href", "/editorial-policy");
  await page.goto(spanishSeed);
  await expect(page.locator(".review-line")).toHaveText(
    /^Última revisión: 20 de noviembre de 2026 · Próxima revisión: 20 de noviembre de 2027 · Cómo escribimos y revisamos$/,
  );
});

test("About shows each clinician's licence type, number, board, degree and certification, with the board's lookup", async ({
  page,
}) => {
  await page.goto("/about");
  const director = page.locator("#team-medical-director");
  for (const text of [
    "Highest degree",
    "MD",
    "Licence",
    "Physician and Surgeon",
    "A000000",
    "Licensing board",
    "Medical Board of California",
    "Board certification",
    "Psychiatry",
    "American Board of Psychiatry and Neurology",
  ]) {
    await expect(director).toContainText(text);
  }
  await expect(director.getByRole("link", { name: /Check this licence/ })).toHaveAttribute(
    "href",
    "https://search.dca.ca.gov/",
  );
  // The article's "Medically reviewed by" line names the licence and links to the same lookup.
  await page.goto(seedArticle.path);
  const reviewed = page.getByText(/Medically reviewed by/);
  await expect(reviewed).toContainText("Physician and Surgeon");
  await expect(reviewed.getByRole("link", { name: /Check this licence/ })).toHaveAttribute(
    "href",
    "https://search.dca.ca.gov/",
  );
});

for (const { path: address, h1 } of [
  { path: "/editorial-policy", h1: "Editorial policy" },
  { path: "/es/politica-editorial", h1: "Política editorial" },
  { path: "/glossary", h1: "Glossary" },
  { path: "/es/glosario", h1: "Glosario" },
]) {
  test(`${address} answers 200, passes axe and is script-free`, async ({ page, request }) => {
    const response = await request.get(address);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html.match(/<script\b(?![^>]*application\/ld\+json)[^>]*>/gi) ?? []).toEqual([]);
    expect(response.headers()["content-security-policy"]).toContain("script-src 'none'");
    const scripts: string[] = [];
    page.on("request", (browserRequest) => {
      if (browserRequest.resourceType() === "script") scripts.push(browserRequest.url());
    });
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
    await expectAccessible(page);
    expect(scripts).toEqual([]);
  });
}

test("the editorial policy is linked from the footer and says how to report an error", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Editorial policy" }).click();
  await expect(page.getByRole("heading", { name: "Corrections" })).toBeVisible();
  await expect(page.locator("main")).toContainText("Open Payments");
});

test("a glossary link in the seed article lands on its entry", async ({ page }) => {
  await page.goto(seedArticle.path);
  const link = page.locator("a.glossary-term").first();
  const href = (await link.getAttribute("href"))!;
  const term = (await link.textContent())!.trim();
  expect(href).toMatch(/^\/glossary#[a-z0-9-]+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const entry = page.locator(href.slice(href.indexOf("#")));
  await expect(entry).toBeInViewport();
  await expect(entry.locator("dt")).toHaveText(new RegExp(term, "i"));
});

test("the printed seed article keeps 988 and the references, not the header menu", async ({ page }) => {
  await page.goto(seedArticle.path);
  await page.emulateMedia({ media: "print" });
  const folder = mkdtempSync(path.join(os.tmpdir(), "print-"));
  try {
    const pdf = path.join(folder, "article.pdf");
    writeFileSync(pdf, await page.pdf({ format: "Letter" }));
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("988");
    expect(text).toContain("Antidepressant effects of ketamine in depressed patients");
    expect(text).toContain("References");
    // The header's menu and buttons are not printed.
    expect(text).not.toContain("What to expect Articles Costs");
    expect(text).not.toMatch(/\bMenu\b/);
    expect(text).not.toContain("Request a consultation");
    expect(text).not.toContain("Leer en español");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
