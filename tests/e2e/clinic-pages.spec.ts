import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import path from "node:path";
import { routes } from "./routes";

/** Frontmatter read as YAML 1.2, as the site reads it (an unquoted date stays text). */
const readFrontmatter = (source: string) =>
  matter(source, { engines: { yaml: (text: string) => parseYaml(text) ?? {} } });

/**
 * What patients and referring clinicians look for first: costs, contact and directions, the
 * referral route, the notices California and HIPAA require, and the home page, which
 * staff now edit as content/pages/home.mdx.
 */

test("the home page's words come from content/pages/home.mdx, and /home is not a second address", async ({
  page,
  request,
}) => {
  const home = readFrontmatter(readFileSync(path.join(process.cwd(), "content/pages/home.mdx"), "utf8"));
  const heading = String(home.data.hero?.heading ?? "");
  expect(heading).not.toBe("");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.getByRole("heading", { level: 2, name: "How to get started" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Request a consultation" }).first()).toHaveAttribute(
    "href",
    "/consultation",
  );
  // The hero's picture is inline SVG with a size: no request, no layout shift.
  const picture = page.locator("main svg[aria-hidden='true'][width][height]").first();
  await expect(picture).toBeVisible();
  expect((await request.get("/home")).status()).toBe(404);
});

test("every page's footer links to the Open Payments notice and the Notice of Privacy Practices", async ({ page }) => {
  for (const route of routes) {
    await page.goto(route.path);
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "Open Payments notice" }), route.path).toHaveAttribute(
      "href",
      "/open-payments",
    );
    await expect(footer.getByRole("link", { name: "Notice of Privacy Practices" }), route.path).toBeVisible();
  }
});

test("the required notices say what they must, with links to the federal pages (links, no embeds)", async ({
  page,
}) => {
  await page.goto("/open-payments");
  await expect(page.getByText(/Open Payments database is a federal tool used to search payments/)).toBeVisible();
  await expect(page.getByRole("link", { name: "https://openpaymentsdata.cms.gov" })).toHaveAttribute(
    "href",
    "https://openpaymentsdata.cms.gov",
  );

  await page.goto("/costs");
  await expect(page.getByRole("heading", { name: "Your right to a Good Faith Estimate" })).toBeVisible();
  await expect(page.getByText(/at least \$400 more than your Good Faith Estimate/)).toBeVisible();
  await expect(page.getByRole("link", { name: "www.cms.gov/nosurprises" })).toHaveAttribute(
    "href",
    "https://www.cms.gov/nosurprises",
  );

  await page.goto("/notice-of-privacy-practices");
  for (const section of ["Our duties", "How we may use and share your health information", "Your rights"]) {
    await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "hhs.gov/ocr/complaints" })).toHaveAttribute(
    "href",
    "https://www.hhs.gov/ocr/complaints",
  );
  await expect(page.getByText("Effective date: [PLACEHOLDER: effective date]")).toBeVisible();

  await page.goto("/privacy");
  await expect(
    page.getByRole("main").getByRole("link", { name: "Notice of Privacy Practices", exact: true }),
  ).toHaveAttribute("href", "/notice-of-privacy-practices");
  for (const path of ["/costs", "/contact", "/open-payments"]) {
    await page.goto(path);
    await expect(page.locator("iframe, embed, object"), path).toHaveCount(0);
  }
});

test("/costs shows every fee from clinic.yaml in a table, unknown prices as placeholders", async ({ page }) => {
  await page.goto("/costs");
  const table = page.getByRole("table", { name: "Fees for self-pay patients" });
  await expect(table.getByRole("columnheader")).toHaveText(["Service", "Price", "What it includes"]);
  await expect(table.getByRole("rowheader", { name: "Ketamine session" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "[PLACEHOLDER: price]" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Insurance", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cancellations", exact: true })).toBeVisible();
});

test("/contact: phone, text, email, a link to a map, hours, directions and crisis help", async ({ page }) => {
  await page.goto("/contact");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "(916) 555-0142" }).first()).toHaveAttribute("href", "tel:+19165550142");
  await expect(main.getByRole("link", { name: "(916) 555-0142" }).nth(1)).toHaveAttribute("href", "sms:+19165550142");
  await expect(main.getByRole("link", { name: "Open the address in a map" })).toHaveAttribute(
    "href",
    /^https:\/\/www\.openstreetmap\.org\//,
  );
  for (const heading of ["Opening hours", "Getting here", "Parking", "Accessible entrance"]) {
    await expect(main.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(main.getByRole("complementary", { name: "Crisis help" })).toBeVisible();
});

test("/for-clinicians gives fax, secure email and phone, and no form for patient information", async ({ page }) => {
  await page.goto("/for-clinicians");
  const referral = page.getByRole("region", { name: "How to refer a patient" });
  for (const label of ["Fax:", "Secure email:", "Phone for clinicians:"])
    await expect(referral.getByText(label)).toBeVisible();
  await expect(page.getByRole("main").locator("form")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "What to send" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What we send back" })).toBeVisible();
});

test("/about has one 'Our team' heading", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { name: "Our team" })).toHaveCount(1);
});

test("the 404 page has its own title", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found | ShaMynds Healing Center");
});

for (const width of [1280, 390]) {
  test(`at ${width} px: footer hours never break inside a time; /articles heading and cards share a left edge; cards in a row are equally tall`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/articles");
    const times = page.getByRole("contentinfo").locator("li span.whitespace-nowrap");
    await expect(times.first()).toHaveText(/^\d{1,2}:\d{2}\u00a0[AP]M–\d{1,2}:\d{2}\u00a0[AP]M$/);
    for (const time of await times.all()) {
      const lines = await time.evaluate((element) => element.getClientRects().length);
      expect(lines).toBe(1);
    }
    const h1 = await page.getByRole("heading", { level: 1 }).boundingBox();
    const cards = page.locator("main article");
    const first = await cards.first().boundingBox();
    expect(Math.abs((h1?.x ?? 0) - (first?.x ?? -99))).toBeLessThanOrEqual(1);
    if (width === 1280 && (await cards.count()) >= 2) {
      const second = await cards.nth(1).boundingBox();
      expect(second?.y).toBe(first?.y);
      expect(second?.height).toBe(first?.height);
    }
  });
}
