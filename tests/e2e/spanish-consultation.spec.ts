import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { messagesFor } from "../../lib/consultation/messages";
import { outboxRows, removeTempDataDirs, tempDataDir, until } from "../support/consultation";
import { startNextServer, type NextServer } from "../support/next-server";
import { TestSmtpServer } from "../support/smtp";

/**
 * A person who reads Spanish asks for a consultation at /es/consulta, with and without
 * JavaScript: Spanish labels, errors and confirmation from the one shared schema; the staff email
 * stays in English and says which language to call back in.
 */
test.describe.configure({ mode: "serial" });

const es = messagesFor("es");
let smtp: TestSmtpServer;
let server: NextServer;
let dataDir: string;

test.beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  dataDir = tempDataDir("spanish");
  server = await startNextServer({
    DATA_DIR: dataDir,
    SMTP_URL: smtp.url,
    FORM_MIN_FILL_MS: "300",
    CONSULT_RATE_LIMIT: "1000/1m",
  });
});

test.afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
  removeTempDataDirs();
});

async function pageWith(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  return context.newPage();
}

for (const javaScriptEnabled of [true, false]) {
  test(`JavaScript ${javaScriptEnabled ? "on" : "off"}: Spanish errors, then a Spanish confirmation; the staff email says "Preferred language: Spanish"`, async ({
    browser,
  }) => {
    smtp.messages.length = 0;
    const storedBefore = outboxRows(dataDir).length;
    const page = await pageWith(browser, javaScriptEnabled);
    const response = await page.goto(`${server.url}/es/consulta`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", /^es/);
    // Crisis help in Spanish above the form.
    await expect(page.getByText(es.crisisNotice)).toBeVisible();
    await expect(page.getByRole("link", { name: es.text988 })).toHaveAttribute("href", "sms:988?body=AYUDA");
    const shownAt = Date.now();

    await page.getByRole("button", { name: es.submit }).click();
    await expect(page.getByRole("alert").filter({ hasText: es.summaryHeading })).toBeVisible();
    await expect(page.getByLabel(es.firstName, { exact: true })).toHaveAccessibleDescription(
      new RegExp(es.errors.firstName),
    );
    await expect(page.getByRole("radiogroup", { name: es.contactMethod })).toContainText(es.errors.contactMethod);
    expect(outboxRows(dataDir)).toHaveLength(storedBefore);

    await page.getByLabel(es.firstName, { exact: true }).fill("Lucía");
    await page.getByLabel(es.lastName, { exact: true }).fill("Hernández");
    await page.getByRole("radio", { name: es.contactMethods.phone, exact: true }).check();
    await page.getByRole("textbox", { name: es.phone, exact: true }).fill("(916) 555-0188");
    await page.getByLabel(/^Acepto/).check();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, shownAt + 400 - Date.now())));
    await page.getByRole("button", { name: es.submit }).click();

    await expect(page.getByRole("heading", { name: es.thanksHeading })).toBeVisible();
    const reference = (await page.getByTestId("consultation-reference").textContent()) ?? "";
    expect(reference).toMatch(/^SM-[A-Z2-9]{6}$/);
    const [mail] = await smtp.waitForMessages(1);
    expect(mail!.parsed.subject).toBe(`New consultation request ${reference}`);
    expect(mail!.parsed.text).toContain("Preferred language: Spanish");
    expect(mail!.parsed.text).toContain("Preferred contact method: Phone call");
    await until(
      () => outboxRows(dataDir).find((row) => row.reference === reference)?.status,
      (status) => status === "sent",
    );
    await page.context().close();
  });
}

test("the Spanish form passes axe on both viewports and links to its English counterpart", async ({ browser }) => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${server.url}/es/consulta`);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/consultation$/);
    await context.close();
  }
});

test("the English form's request records English", async ({ page }) => {
  smtp.messages.length = 0;
  await page.goto(`${server.url}/consultation`);
  const shownAt = Date.now();
  await page.getByLabel("First name").fill("Ana");
  await page.getByLabel("Last name").fill("Pérez");
  await page.getByRole("radio", { name: "Email", exact: true }).check();
  await page.getByRole("textbox", { name: "Email", exact: true }).fill("ana@example.org");
  await page.getByLabel(/^I agree/).check();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, shownAt + 400 - Date.now())));
  await page.getByRole("button", { name: "Request consultation" }).click();
  await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
  const [mail] = await smtp.waitForMessages(1);
  expect(mail!.parsed.text).toContain("Preferred language: English");
});
