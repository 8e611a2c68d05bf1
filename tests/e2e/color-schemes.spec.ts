import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { seedArticle } from "./routes";

/**
 * The light and the dark colour scheme (prefers-color-scheme, app/globals.css): every page
 * passes axe (contrast included) in both, the crisis banner stands out in both, focus rings show
 * on every background, and print stays black on white whatever the scheme.
 */

const schemes = ["light", "dark"] as const;
const viewports = [
  { name: "mobile", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
];
const routes = [
  "/",
  "/articles",
  seedArticle.path,
  "/ketamine-therapy",
  "/costs",
  "/contact",
  "/about",
  "/consultation",
  "/faq",
  "/glossary",
  "/es",
  "/es/articulos/por-que-funciona-la-terapia-con-ketamina",
];

/** Sends the empty consultation form, so every field shows its error. */
async function showFieldErrors(page: Page) {
  await page.getByRole("button", { name: "Request consultation" }).click();
  await expect(page.locator("#consultation-firstName-error")).toBeVisible();
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

for (const colorScheme of schemes) {
  test.describe(`${colorScheme} scheme: axe, WCAG 2.2 AA`, () => {
    for (const viewport of viewports) {
      test.describe(viewport.name, () => {
        test.beforeEach(async ({ page }) => {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await page.emulateMedia({ colorScheme });
        });
        for (const route of routes) {
          test(`${route} has no violations`, async ({ page }) => {
            await page.goto(route);
            await expectNoViolations(page);
          });
        }
        test("/consultation with field errors has no violations", async ({ page }) => {
          await page.goto("/consultation");
          await showFieldErrors(page);
          await expectNoViolations(page);
        });
      });
    }
  });
}

/** Colours as the page computes them, and WCAG contrast between them (in the browser). */
type Colours = {
  page: string;
  banner: string;
  bannerText: string;
  bannerContrast: number;
  bannerAgainstPage: number;
  pageLuminance: number;
};

async function bannerColours(page: Page): Promise<Colours> {
  return page.evaluate(() => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (value: string) => {
      const [r = 0, g = 0, b = 0] = rgb(value).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    // The body is transparent: the page's colour is the first background up from it.
    const opaque = (element: Element | null): string => {
      for (let node = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (rgb(colour)[3] !== 0) return colour;
      }
      return "rgb(255, 255, 255)";
    };
    const banner = document.querySelector("body > aside")!;
    const pageColour = opaque(document.body);
    const bannerColour = getComputedStyle(banner).backgroundColor;
    const bannerText = getComputedStyle(banner).color;
    return {
      page: pageColour,
      banner: bannerColour,
      bannerText,
      bannerContrast: contrast(bannerText, bannerColour),
      bannerAgainstPage: contrast(bannerColour, pageColour),
      pageLuminance: luminance(pageColour),
    };
  });
}

test.describe("the crisis banner", () => {
  for (const colorScheme of schemes) {
    for (const path of ["/", "/es"]) {
      test(`stands out from the page in the ${colorScheme} scheme (${path})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const colours = await bannerColours(page);
        // The scheme really applies: a dark page at night, a light one by day.
        if (colorScheme === "dark") expect(colours.pageLuminance).toBeLessThan(0.05);
        else expect(colours.pageLuminance).toBeGreaterThan(0.9);
        expect(colours.banner).not.toBe(colours.page);
        // As prominent as in light (11.9:1 there): far from the page's colour, its words easy to read.
        expect(colours.bannerAgainstPage).toBeGreaterThan(7);
        expect(colours.bannerContrast).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});

test.describe("focus rings", () => {
  for (const colorScheme of schemes) {
    for (const path of ["/", "/consultation"]) {
      test(`show on every background in the ${colorScheme} scheme (${path}, first 14 tab stops)`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(path);
        if (path === "/consultation") await page.locator("#consultation-firstName").focus();
        const rings: string[] = [];
        let checked = 0;
        for (let stop = 0; stop < 14; stop += 1) {
          await page.keyboard.press("Tab");
          const ring = await page.evaluate(() => {
            const element = document.activeElement;
            if (!element || element === document.body) return null;
            const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
            const luminance = (value: string) => {
              const [r = 0, g = 0, b = 0] = rgb(value).map((c) => {
                const s = c / 255;
                return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
              });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const contrast = (a: string, b: string) => {
              const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
              return (hi + 0.05) / (lo + 0.05);
            };
            const opaque = (node: Element | null): string => {
              for (; node; node = node.parentElement) {
                const colour = getComputedStyle(node).backgroundColor;
                if (rgb(colour)[3] !== 0) return colour;
              }
              return "rgb(255, 255, 255)";
            };
            const style = getComputedStyle(element);
            // The ring is drawn outside the element (outline-offset), on its parent's background.
            const behind = opaque(element.parentElement);
            return {
              name: `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 30)}"`,
              style: style.outlineStyle,
              width: parseFloat(style.outlineWidth),
              contrast: contrast(style.outlineColor, behind),
            };
          });
          if (!ring) continue;
          checked += 1;
          if (ring.style === "none" || ring.width < 2 || ring.contrast < 3) {
            rings.push(`${ring.name}: ${ring.style} ${ring.width}px, ${ring.contrast.toFixed(2)}:1`);
          }
        }
        expect(checked).toBeGreaterThan(10);
        expect(rings).toEqual([]);
      });
    }
  }
});

test("print stays black on white in the dark scheme", async ({ page }) => {
  await page.goto(seedArticle.path);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const printed = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const html = getComputedStyle(document.documentElement);
    const banner = getComputedStyle(document.querySelector("body > aside")!);
    return {
      color: body.color,
      background: body.backgroundColor,
      html: html.backgroundColor,
      banner: [banner.color, banner.backgroundColor],
      scheme: html.colorScheme,
    };
  });
  expect(printed.color).toBe("rgb(0, 0, 0)");
  expect(printed.background).toBe("rgb(255, 255, 255)");
  expect(printed.html).toBe("rgb(255, 255, 255)");
  expect(printed.banner).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
  // Native controls print light too: the dark scheme is for screens only.
  expect(printed.scheme).not.toBe("dark");
});
