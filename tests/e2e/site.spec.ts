import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { clinicPhoneDisplay } from "../support/consultation";
import { routes, seedArticle } from "./routes";

const viewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "mobile", width: 390, height: 844 },
];

async function expectCrisisHelp(page: Page) {
  const crisis = page.getByRole("complementary", { name: "Crisis help" }).first();
  await expect(crisis).toContainText("In crisis? Call or text 988");
  await expect(crisis.locator('a[href="tel:988"]')).toBeVisible();
  await expect(crisis.locator('a[href="sms:988"]')).toBeVisible();
  await expect(crisis.locator('a[href="tel:911"]')).toContainText("call 911");
}

test.describe("every route", () => {
  for (const route of routes) {
    test(`${route.path} answers 200, shows one h1 and offers crisis help`, async ({ page }) => {
      const response = await page.goto(route.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.h1);
      await expectCrisisHelp(page);
    });
  }
});

test.describe("accessibility (axe, WCAG 2.2 AA)", () => {
  for (const viewport of viewports) {
    for (const route of routes) {
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

test("the seed article shows all its headings in order", async ({ page }) => {
  await page.goto(seedArticle.path);
  const headings = await page
    .locator("main h2, main h3")
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => node.closest(".prose"))
        .map((node) => `${node.tagName.toLowerCase()} ${node.textContent?.trim()}`),
    );
  const expected = [
    "h2 Understanding Ketamine Therapy",
    "h3 The Basics of Ketamine",
    "h3 The Therapeutic Use of Ketamine",
    "h2 The Science Behind Ketamine Therapy",
    "h3 How Ketamine Interacts with the Brain",
    "h3 The Role of Neurotransmitters in Ketamine Therapy",
    "h2 The Effectiveness of Ketamine Therapy",
    "h3 Treating Depression with Ketamine",
    "h3 Ketamine and Anxiety Disorders",
    "h2 Potential Risks and Side Effects of Ketamine Therapy",
    "h3 Short-Term Side Effects",
    "h3 Long-Term Implications of Ketamine Use",
    "h2 The Future of Ketamine Therapy",
    "h3 Ongoing Research in Ketamine Therapy",
    "h3 Potential New Applications for Ketamine",
    "h2 In Conclusion",
  ];
  expect(headings).toEqual(expected);
  // The table of contents links to each section.
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc.getByRole("link")).toHaveCount(expected.length);
  await toc.getByRole("link", { name: "In Conclusion" }).click();
  await expect(page).toHaveURL(/#in-conclusion$/);
  // The article's own words reach the reader.
  await expect(page.getByText("Ketamine acts by interacting with glutamate")).toBeVisible();
  await expect(page.getByRole("link", { name: "Request a consultation" }).last()).toHaveAttribute(
    "href",
    "/consultation",
  );
});

test("clinic pages show the phone number and email from content/clinic.yaml", async ({ page }) => {
  await page.goto("/privacy");
  const body = page.locator("main .prose");
  await expect(body.getByRole("link", { name: clinicPhoneDisplay }).first()).toHaveAttribute(
    "href",
    "tel:+19165550142",
  );
  await expect(body.getByRole("link", { name: "hello@shamynds.example" })).toHaveAttribute(
    "href",
    "mailto:hello@shamynds.example",
  );
});

test("articles and pages end with one consultation box, not two", async ({ page }) => {
  for (const path of [seedArticle.path, "/faq", "/about", "/what-to-expect"]) {
    await page.goto(path);
    await expect(page.getByRole("region", { name: "Request a consultation" }), path).toHaveCount(1);
  }
});

test("/articles lists the seed article with its date and reading time", async ({ page }) => {
  await page.goto("/articles");
  const link = page.getByRole("link", { name: seedArticle.title });
  await expect(link).toHaveAttribute("href", seedArticle.path);
  const card = page.locator("article", { has: link });
  await expect(card).toContainText(/min read/);
  await expect(card.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedArticle.title);
});

test("an unknown article is a styled 404", async ({ page }) => {
  const response = await page.goto("/articles/unknown");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectCrisisHelp(page);
  const other = await page.goto("/no-such-page");
  expect(other?.status()).toBe(404);
});

test("keyboard only: from the home page to the consultation form", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    if (href === "/consultation") break;
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/consultation$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/consultation/i);
});

test("keyboard only on a phone: the menu opens without a mouse", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (text === "Menu") break;
  }
  await page.keyboard.press("Enter");
  const mobileNav = page.getByRole("navigation", { name: "Main (mobile)" });
  await expect(mobileNav).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(mobileNav.getByRole("link").first()).toBeFocused();
});

test("the mobile menu works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Main (mobile)" }).getByRole("link", { name: "FAQ" }).click();
  await expect(page).toHaveURL(/\/faq$/);
  await context.close();
});

test("the desktop header fits at 1280 px, in both languages (no horizontal scrolling)", async ({ page }) => {
  // 1280 px is where the full navigation bar appears: its seven links and the button must fit.
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of ["/", "/es", seedArticle.path]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("pages reflow at 320 px wide (no horizontal scrolling)", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const route of routes) {
    await page.goto(route.path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, route.path).toBeLessThanOrEqual(0);
  }
});
