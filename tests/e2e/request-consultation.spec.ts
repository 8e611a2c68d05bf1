import AxeBuilder from "@axe-core/playwright";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  clinicPhoneDisplay,
  confirmationReference,
  fillForm,
  form,
  openForm,
  outboxRows,
  person,
  postFrom,
  removeTempDataDirs,
  tempDataDir,
  until,
  waitOutFillTime,
} from "../support/consultation";
import { startNextServer, type NextServer } from "../support/next-server";
import { freePort } from "../support/ports";
import { TestSmtpServer } from "../support/smtp";

/**
 * A person asks for a consultation. Everything here is real: production Next.js servers of our
 * own (on the built .next), a real SMTP server, real SQLite files, Chromium with and without
 * JavaScript. Servers that only need a short fill time use FORM_MIN_FILL_MS=300; one test runs
 * the default 3 s. Retries use OUTBOX_RETRY_BASE_S=0.2 / OUTBOX_RETRY_MAX_S=1 to keep this quick.
 */
test.describe.configure({ mode: "serial" });

const quick = {
  FORM_MIN_FILL_MS: "300",
  OUTBOX_RETRY_BASE_S: "0.2",
  OUTBOX_RETRY_MAX_S: "1",
  CONSULT_RATE_LIMIT: "1000/1m",
  MAIL_TO: "intake@shamynds.example, backup@shamynds.example",
};

// The person in every test is a canary: none of this may ever appear in a server's output.
const canary = person;

let smtp: TestSmtpServer;
let main: NextServer;
let mainDataDir: string;
const servers: NextServer[] = [];

async function start(env: Record<string, string>): Promise<NextServer> {
  const server = await startNextServer(env);
  servers.push(server);
  return server;
}

async function pageWith(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  return context.newPage();
}

test.beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  mainDataDir = tempDataDir("main");
  main = await start({ ...quick, DATA_DIR: mainDataDir, SMTP_URL: smtp.url });
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await smtp?.stop();
  removeTempDataDirs();
});

test.beforeEach(() => {
  smtp.messages.length = 0;
  smtp.rejectNext = 0;
});

test("the form shows the crisis notice first, every field by its label, and passes axe", async ({ page }) => {
  await openForm(page, main.url);
  const notice = page.getByRole("complementary", {
    name: /This form is not monitored around the clock/,
  });
  await expect(notice).toHaveText(
    /This form is not monitored around the clock\. If you are in crisis, call or text 988; in an emergency call 911\./,
  );
  await expect(notice.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
  await expect(notice.getByRole("link", { name: "Text 988" })).toHaveAttribute("href", "sms:988");
  await expect(notice.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");

  const f = form(page);
  const noticeBox = await notice.boundingBox();
  const firstFieldBox = await f.firstName.boundingBox();
  expect(noticeBox!.y).toBeLessThan(firstFieldBox!.y);

  for (const control of [f.firstName, f.lastName, f.email, f.phone, f.bestTime, f.consent, f.submit]) {
    await expect(control).toBeVisible();
  }
  await expect(f.contactMethod.getByRole("radio")).toHaveCount(3);
  for (const option of ["Phone call", "Text message", "Email"]) {
    await expect(f.contactMethod.getByRole("radio", { name: option, exact: true })).toBeVisible();
  }
  await expect(f.bestTime.locator("option")).toHaveText(["Morning", "Afternoon", "Evening", "Any time"]);
  await expect(page.getByRole("link", { name: "privacy notice" })).toHaveAttribute("href", "/privacy");
  // No free text at all: nowhere to write about health.
  await expect(page.locator("main textarea")).toHaveCount(0);

  const axe = await new AxeBuilder({ page })
    .include("main")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(axe.violations).toEqual([]);
});

test("a valid request with JavaScript: confirmation with a reference, staff email with every field", async ({
  page,
}) => {
  const renderedAt = await openForm(page, main.url);
  await fillForm(page);
  await waitOutFillTime(renderedAt, 300);

  const submittedAt = Date.now();
  await form(page).submit.click();
  const reference = await confirmationReference(page);
  const confirmedAt = Date.now();
  await expect(page.getByRole("heading", { name: "Thank you" })).toBeFocused();
  await expect(
    page.getByText("A staff member will contact you by a text message, usually within one business day."),
  ).toBeVisible();

  const [mail] = await smtp.waitForMessages(1);
  const timing = `submit → confirmation ${confirmedAt - submittedAt} ms; submit → SMTP accepted ${mail!.receivedAt - submittedAt} ms`;
  test.info().annotations.push({ type: "timing", description: timing });
  console.log(`[timing, JavaScript on] ${timing}`);

  expect(mail!.to).toEqual(["intake@shamynds.example", "backup@shamynds.example"]);
  const parsed = mail!.parsed;
  expect(parsed.subject).toBe(`New consultation request ${reference}`);
  expect(parsed.replyTo?.value[0]?.address).toBe(canary.email);
  for (const line of [
    `Reference: ${reference}`,
    `First name: ${canary.firstName}`,
    `Last name: ${canary.lastName}`,
    `Email: ${canary.email}`,
    `Phone: ${canary.phone}`,
    "Preferred contact method: Text message",
    "Best time to reach them: Evening",
  ]) {
    expect(parsed.text).toContain(line);
  }
  expect(parsed.text).toMatch(/Submitted: \w+day, \w+ \d{1,2}, \d{4} at \d{1,2}:\d{2}:\d{2} [AP]M P[SD]T/);
  expect(parsed.html).toContain(
    `<td style="padding:6px 12px;border-bottom:1px solid #e9dfcf;text-align:left;vertical-align:top">${canary.email}</td>`,
  );

  await until(
    () => outboxRows(mainDataDir).find((row) => row.reference === reference)?.status,
    (s) => s === "sent",
  );
});

test("a valid request with JavaScript off: the server renders the confirmation; the email arrives", async ({
  browser,
}) => {
  const page = await pageWith(browser, false);
  const renderedAt = await openForm(page, main.url);
  await fillForm(page, { contactMethod: "Phone call", bestTime: "Morning" });
  await waitOutFillTime(renderedAt, 300);

  const submittedAt = Date.now();
  await form(page).submit.click();
  const reference = await confirmationReference(page);
  const confirmedAt = Date.now();
  await expect(page.getByText("A staff member will contact you by a phone call")).toBeVisible();

  const [mail] = await smtp.waitForMessages(1);
  console.log(
    `[timing, JavaScript off] submit → confirmation ${confirmedAt - submittedAt} ms; submit → SMTP accepted ${mail!.receivedAt - submittedAt} ms`,
  );
  expect(mail!.parsed.subject).toBe(`New consultation request ${reference}`);
  for (const line of [
    `First name: ${canary.firstName}`,
    `Last name: ${canary.lastName}`,
    `Email: ${canary.email}`,
    `Phone: ${canary.phone}`,
    "Preferred contact method: Phone call",
    "Best time to reach them: Morning",
  ]) {
    expect(mail!.parsed.text).toContain(line);
  }
  await page.context().close();
});

test("invalid fields: each shows its message next to it, values are kept, nothing is stored or sent", async ({
  page,
}) => {
  const rowsBefore = outboxRows(mainDataDir).length;
  const renderedAt = await openForm(page, main.url);
  const f = form(page);
  await f.lastName.fill(canary.lastName);
  await f.email.fill("not-an-email");
  await f.phone.fill("12 34");
  await f.bestTime.selectOption({ label: "Afternoon" });
  await waitOutFillTime(renderedAt, 300);
  await f.submit.click();

  const expected = {
    firstName: "Enter your first name",
    email: "Enter an email address in the correct format, like name@example.com",
    phone: "Enter a phone number with 7 to 20 digits, like (916) 555-0142",
    contactMethod: "Choose how you would like us to contact you",
    consent: "Tick the box to agree before you send your request",
  };
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  for (const message of Object.values(expected))
    await expect(summary.getByRole("link", { name: message })).toBeVisible();

  for (const [control, message] of [
    [f.firstName, expected.firstName],
    [f.email, expected.email],
    [f.phone, expected.phone],
    [f.consent, expected.consent],
  ] as const) {
    await expect(control).toHaveAttribute("aria-invalid", "true");
    await expect(control).toHaveAccessibleDescription(new RegExp(message.replace(/[()]/g, "\\$&")));
  }
  await expect(f.contactMethod).toHaveAccessibleDescription(/Choose how you would like us to contact you/);
  await expect(f.lastName).not.toHaveAttribute("aria-invalid", "true");
  // Focus goes to the first field with an error.
  await expect(f.firstName).toBeFocused();
  // Nothing typed is lost.
  await expect(f.lastName).toHaveValue(canary.lastName);
  await expect(f.email).toHaveValue("not-an-email");
  await expect(f.phone).toHaveValue("12 34");
  await expect(f.bestTime).toHaveValue("afternoon");

  // Errors are text, not colour alone.
  await expect(page.getByText(`Error: ${expected.email}`)).toBeAttached();
  const axe = await new AxeBuilder({ page })
    .include("main")
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(axe.violations).toEqual([]);

  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(outboxRows(mainDataDir)).toHaveLength(rowsBefore);
  expect(smtp.messages).toHaveLength(0);

  // Fixing the errors sends it, with the same (still valid) form.
  await fillForm(page);
  await f.submit.click();
  const reference = await confirmationReference(page);
  expect(outboxRows(mainDataDir)).toHaveLength(rowsBefore + 1);
  // Wait for its email here, or it may land in the next test's (emptied) mailbox.
  await expect
    .poll(() => smtp.messages.map((mail) => mail.parsed.subject), { timeout: 15_000 })
    .toContain(`New consultation request ${reference}`);
});

test("with JavaScript off the server renders the same errors, keeps the values and focuses the first error", async ({
  browser,
}) => {
  const page = await pageWith(browser, false);
  const renderedAt = await openForm(page, main.url);
  const f = form(page);
  await f.firstName.fill(canary.firstName);
  await f.lastName.fill(canary.lastName);
  await f.email.fill("ana@@example");
  await f.phone.fill(canary.phone);
  await f.contactMethod.getByRole("radio", { name: "Email", exact: true }).check();
  await waitOutFillTime(renderedAt, 300);
  await f.submit.click();

  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(f.email).toHaveAttribute("aria-invalid", "true");
  await expect(f.email).toHaveAccessibleDescription(/Enter an email address in the correct format/);
  await expect(f.consent).toHaveAttribute("aria-invalid", "true");
  await expect(f.email).toBeFocused();
  await expect(f.firstName).toHaveValue(canary.firstName);
  await expect(f.phone).toHaveValue(canary.phone);
  await expect(f.contactMethod.getByRole("radio", { name: "Email", exact: true })).toBeChecked();

  await f.email.fill(canary.email);
  await f.consent.check();
  await f.submit.click();
  const reference = await confirmationReference(page);
  // Wait for its email here, or it may land in the next test's (emptied) mailbox.
  await expect
    .poll(() => smtp.messages.map((mail) => mail.parsed.subject), { timeout: 15_000 })
    .toContain(`New consultation request ${reference}`);
  await page.context().close();
});

test("header injection (CR LF + Bcc: in a name or the email) is rejected; nothing is stored or sent", async ({
  browser,
}) => {
  const rowsBefore = outboxRows(mainDataDir).length;
  const page = await pageWith(browser, false);
  // A browser's text box cannot hold a line break, so a script would post one: rewrite the POST.
  await page.route(`${main.url}/consultation`, async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body) return route.continue();
    const injected = body
      .replace(/(name="firstName"\r\n\r\n)[^\r]*/, "$1Eve\r\nBcc: victim@example.com")
      .replace(/(name="email"\r\n\r\n)[^\r]*/, "$1eve@example.com\r\nBcc: victim@example.com");
    expect(injected).not.toBe(body);
    await route.continue({ postData: injected });
  });
  const renderedAt = await openForm(page, main.url);
  await fillForm(page);
  await waitOutFillTime(renderedAt, 300);
  await form(page).submit.click();

  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(form(page).firstName).toHaveAccessibleDescription(
    /First name must not contain line breaks, tabs or other control characters/,
  );
  await expect(form(page).email).toHaveAccessibleDescription(/Email address must not contain line breaks/);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(outboxRows(mainDataDir)).toHaveLength(rowsBefore);
  expect(smtp.messages).toHaveLength(0);
  await page.context().close();
});

test("<script> in a name arrives escaped in the HTML email; the button shows that it is sending", async ({ page }) => {
  page.on("dialog", () => {
    throw new Error("a script ran");
  });
  // Hold the action for a moment so the pending state can be seen.
  await page.route(`${main.url}/consultation`, async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  const renderedAt = await openForm(page, main.url);
  // The form page is a document without JavaScript; a form the action renders (here: after a
  // missing consent) is rendered per request and keeps its scripts, so its button shows progress.
  await fillForm(page, { firstName: "<script>alert(1)</script>" }, false);
  await form(page).submit.click();
  await expect(form(page).consent).toHaveAttribute("aria-invalid", "true");
  await page.waitForLoadState("networkidle");
  await form(page).consent.check();
  await waitOutFillTime(renderedAt, 300);
  await form(page).submit.click();
  await expect(page.getByRole("button", { name: "Sending your request…" })).toBeDisabled();
  const reference = await confirmationReference(page);

  const [mail] = await smtp.waitForMessages(1);
  expect(mail!.parsed.subject).toBe(`New consultation request ${reference}`);
  expect(mail!.parsed.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(mail!.parsed.html).not.toContain("<script");
  expect(mail!.parsed.text).toContain("First name: <script>alert(1)</script>");
});

test("double submit (JS) and browser resubmit (no JS): one stored request, one email, the same reference", async ({
  page,
  browser,
}) => {
  // With JavaScript: two submissions of the same form before the first one returns.
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  const renderedAt = await openForm(page, main.url);
  // The form page itself runs no script: a form the action rendered (after a missing consent)
  // is the one with JavaScript, which sends in the background.
  await fillForm(page, {}, false);
  await form(page).submit.click();
  await expect(form(page).consent).toHaveAttribute("aria-invalid", "true");
  await page.waitForLoadState("networkidle");
  await form(page).consent.check();
  posts.length = 0;
  await waitOutFillTime(renderedAt, 300);
  await page.evaluate(() => {
    const element = document.querySelector('form:has(input[name="formToken"])');
    if (!(element instanceof HTMLFormElement)) throw new Error("form not found");
    element.requestSubmit();
    element.requestSubmit();
  });
  const reference = await confirmationReference(page);
  await expect.poll(() => posts.length).toBe(2);

  // Without JavaScript: the same POST sent again, as a browser does on reload or a double click.
  const noJs = await pageWith(browser, false);
  let replay: { body: Buffer; contentType: string } | undefined;
  noJs.on("request", (request) => {
    const body = request.postDataBuffer();
    if (request.method() === "POST" && body) replay = { body, contentType: request.headers()["content-type"] ?? "" };
  });
  const noJsRenderedAt = await openForm(noJs, main.url);
  await fillForm(noJs);
  await waitOutFillTime(noJsRenderedAt, 300);
  await form(noJs).submit.click();
  const noJsReference = await confirmationReference(noJs);
  expect(replay).toBeDefined();
  const again = await noJs.request.post(`${main.url}/consultation`, {
    headers: { "content-type": replay!.contentType, origin: main.url },
    data: replay!.body,
  });
  expect(again.ok()).toBe(true);
  expect(await again.text()).toContain(noJsReference);

  await smtp.waitForMessages(2);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(smtp.messages.map((mail) => mail.parsed.subject).sort()).toEqual(
    [`New consultation request ${reference}`, `New consultation request ${noJsReference}`].sort(),
  );
  const rows = outboxRows(mainDataDir);
  expect(rows.filter((row) => row.reference === reference)).toHaveLength(1);
  expect(rows.filter((row) => row.reference === noJsReference)).toHaveLength(1);
  await noJs.context().close();
});

test("spam traps with the default 3 s: the honeypot bot sees a confirmation, nothing is stored", async ({
  browser,
}) => {
  const dataDir = tempDataDir("traps");
  // No FORM_MIN_FILL_MS: the default (3000 ms) applies.
  const server = await start({
    DATA_DIR: dataDir,
    SMTP_URL: smtp.url,
    CONSULT_RATE_LIMIT: "1000/1m",
  });
  const page = await pageWith(browser, false);

  // A bot that fills in every field, including the one people never see.
  let renderedAt = await openForm(page, server.url);
  await fillForm(page);
  await page.locator('input[name="homepage"]').fill("https://cheap-pills.example", { force: true });
  await waitOutFillTime(renderedAt, 3000);
  await form(page).submit.click();
  await confirmationReference(page);

  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(outboxRows(dataDir)).toHaveLength(0);
  expect(smtp.messages).toHaveLength(0);
  expect(server.output()).toContain("discarded an automated submission (honeypot)");

  // A person who takes their time is accepted by the same server.
  renderedAt = await openForm(page, server.url);
  await fillForm(page);
  await waitOutFillTime(renderedAt, 3000);
  await form(page).submit.click();
  const reference = await confirmationReference(page);
  const [mail] = await smtp.waitForMessages(1);
  expect(mail!.parsed.subject).toBe(`New consultation request ${reference}`);
  expect(outboxRows(dataDir)).toHaveLength(1);
  await page.context().close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`a valid form sent faster than 3 s (autofill), JavaScript ${javaScriptEnabled ? "on" : "off"}: no thank-you; the form again with every value; the second press is stored and mailed`, async ({
    browser,
  }) => {
    const dataDir = tempDataDir(`fast-${javaScriptEnabled}`);
    const server = await start({ DATA_DIR: dataDir, SMTP_URL: smtp.url, CONSULT_RATE_LIMIT: "1000/1m" });
    const page = await pageWith(browser, javaScriptEnabled);
    const renderedAt = await openForm(page, server.url);
    await fillForm(page);
    await form(page).submit.click();

    // First press: asked to check and send again, nothing stored, no "Thank you".
    const note = page.getByRole("alert").filter({ hasText: "Please check your details below" });
    await expect(note).toBeVisible();
    expect(Date.now() - renderedAt).toBeLessThan(3000);
    await expect(page.getByRole("heading", { name: "Thank you" })).toHaveCount(0);
    const f = form(page);
    await expect(f.firstName).toHaveValue(person.firstName);
    await expect(f.lastName).toHaveValue(person.lastName);
    await expect(f.email).toHaveValue(person.email);
    await expect(f.phone).toHaveValue(person.phone);
    await expect(f.contactMethod.getByRole("radio", { name: person.contactMethod, exact: true })).toBeChecked();
    await expect(f.bestTime).toHaveValue("evening");
    await expect(f.consent).toBeChecked();
    await expect(f.submit).toHaveText("Request consultation");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outboxRows(dataDir)).toHaveLength(0);
    expect(smtp.messages).toHaveLength(0);

    // Second press, straight away: stored and mailed.
    await f.submit.click();
    const reference = await confirmationReference(page);
    expect(Date.now() - renderedAt).toBeLessThan(3000 + 2000);
    const [mail] = await smtp.waitForMessages(1);
    expect(mail!.parsed.subject).toBe(`New consultation request ${reference}`);
    expect(mail!.parsed.text).toContain("Preferred language: English");
    expect(outboxRows(dataDir).map((row) => row.reference)).toEqual([reference]);
    await page.context().close();
  });
}

test("the contact method decides which detail is needed: email chosen, no phone; a text chosen, no email", async ({
  page,
}) => {
  // Email chosen, phone left empty: accepted, and the staff email says the phone was not given.
  let renderedAt = await openForm(page, main.url);
  await fillForm(page, { contactMethod: "Email", phone: "" });
  await waitOutFillTime(renderedAt, 300);
  await form(page).submit.click();
  const byEmail = await confirmationReference(page);
  let [mail] = await smtp.waitForMessages(1);
  expect(mail!.parsed.subject).toBe(`New consultation request ${byEmail}`);
  expect(mail!.parsed.text).toContain("Phone: (not given)");
  expect(mail!.parsed.text).toContain(`Email: ${person.email}`);
  smtp.messages.length = 0;

  // A text chosen, email left empty: accepted without a Reply-To.
  renderedAt = await openForm(page, main.url);
  await fillForm(page, { contactMethod: "Text message", email: "" });
  await waitOutFillTime(renderedAt, 300);
  await form(page).submit.click();
  const byText = await confirmationReference(page);
  [mail] = await smtp.waitForMessages(1);
  expect(mail!.parsed.subject).toBe(`New consultation request ${byText}`);
  expect(mail!.parsed.text).toContain("Email: (not given)");
  expect(mail!.parsed.replyTo).toBeUndefined();
  smtp.messages.length = 0;

  // The reverse of each is refused, with a message that says what to do.
  renderedAt = await openForm(page, main.url);
  await fillForm(page, { contactMethod: "Phone call", phone: "" });
  await waitOutFillTime(renderedAt, 300);
  await form(page).submit.click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(form(page).phone).toHaveAccessibleDescription(/Enter your phone number, or choose email/);
  await form(page).contactMethod.getByRole("radio", { name: "Email", exact: true }).check();
  await form(page).email.fill("");
  await form(page).submit.click();
  await expect(form(page).email).toHaveAccessibleDescription(/Enter your email address, or choose a phone call/);
});

test("the form says once that fields are required unless marked optional; fields, crisis box and button share one left edge", async ({
  page,
}) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await openForm(page, main.url);
    await expect(page.getByText("All fields are required unless marked optional.")).toHaveCount(1);
    await expect(form(page).phone).toHaveAccessibleDescription(/Optional if you choose email/);
    await expect(form(page).email).toHaveAccessibleDescription(/Optional if you choose a phone call/);
    const left = async (locator: ReturnType<Page["locator"]>) => Math.round((await locator.boundingBox())!.x);
    const crisis = await left(page.getByRole("complementary").filter({ hasText: "not monitored around the clock" }));
    expect(await left(form(page).firstName), `${width}`).toBe(crisis);
    expect(await left(form(page).email), `${width}`).toBe(crisis);
    expect(await left(form(page).submit), `${width}`).toBe(crisis);
  }
});

test("rate limit reached: a clear message with the clinic's phone number; the budget is per client; the embedded mailbox when SMTP_URL is unset", async ({
  browser,
}) => {
  const dataDir = tempDataDir("limit");
  // No SMTP_URL: mail goes to DATA_DIR/mailbox.
  const server = await start({
    DATA_DIR: dataDir,
    FORM_MIN_FILL_MS: "0",
    CONSULT_RATE_LIMIT: "2/10m",
  });
  expect(server.output()).toContain(
    `SMTP_URL is not set: consultation emails are written to ${path.join(dataDir, "mailbox")}/`,
  );
  const page = await pageWith(browser, false);
  let lastPost: { body: Buffer; contentType: string } | undefined;
  page.on("request", (request) => {
    const body = request.postDataBuffer();
    if (request.method() === "POST" && body) lastPost = { body, contentType: request.headers()["content-type"] ?? "" };
  });
  const references: string[] = [];
  for (let i = 0; i < 2; i++) {
    await openForm(page, server.url);
    await fillForm(page);
    await form(page).submit.click();
    references.push(await confirmationReference(page));
  }
  await openForm(page, server.url);
  await fillForm(page);
  await form(page).submit.click();
  const message = page.getByRole("alert").filter({ hasText: "several requests" });
  await expect(message).toContainText(`Please call us at ${clinicPhoneDisplay}`);
  await expect(message.getByRole("link", { name: clinicPhoneDisplay })).toHaveAttribute("href", "tel:+19165550142");
  await expect(form(page).firstName).toHaveValue(canary.firstName);
  expect(outboxRows(dataDir).map((row) => row.reference)).toEqual(references);

  // The replayed posts carry the browser's "form shown" cookie, as the browser would.
  const cookie = (await page.context().cookies(`${server.url}/consultation`))
    .map(({ name, value }) => `${name}=${value}`)
    .join("; ");
  // X-Forwarded-For is not trusted (TRUST_PROXY unset): claiming another address does not help…
  const spoofed = await postFrom(`${server.url}/consultation`, lastPost!, "127.0.0.1", {
    "x-forwarded-for": "203.0.113.77",
    cookie,
  });
  expect(spoofed.body).toContain("several requests from your connection");
  // …but another client (a different source address) has its own budget.
  const otherClient = await postFrom(`${server.url}/consultation`, lastPost!, "127.0.0.2", { cookie });
  expect(otherClient.body).toContain("Thank you</h2>");
  expect(outboxRows(dataDir)).toHaveLength(3);

  // The accepted requests are in the mailbox as .eml files; /dev/mailbox is not served in production.
  await until(
    () => outboxRows(dataDir).filter((row) => row.status === "sent").length,
    (n) => n === 3,
  );
  expect(readdirSync(path.join(dataDir, "mailbox")).filter((name) => name.endsWith(".eml"))).toHaveLength(3);
  const health = await (await fetch(`${server.url}/api/health`)).json();
  expect(health).toEqual({
    status: "ok",
    store: "sqlite",
    outbox: { pending: 0, failed: 0, oldestPendingSeconds: 0 },
    mail: { transport: "mailbox" },
    // Started outside `npm run release`: no release id.
    release: null,
  });
  expect((await fetch(`${server.url}/dev/mailbox`)).status).toBe(404);
  await page.context().close();
});

test("SMTP down: 5 requests accepted by two processes sharing DATA_DIR; once it is up all 5 arrive, exactly once", async ({
  browser,
}) => {
  const dataDir = tempDataDir("down");
  const smtpPort = await freePort(); // nothing listens here yet
  const env = {
    ...quick,
    DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  };
  const [first, second] = await Promise.all([start(env), start(env)]);
  const page = await pageWith(browser, true);
  const references: string[] = [];
  for (const server of [first!, second!, first!, second!, first!]) {
    const renderedAt = await openForm(page, server.url);
    await fillForm(page);
    await waitOutFillTime(renderedAt, 300);
    await form(page).submit.click();
    references.push(await confirmationReference(page));
  }
  await until(
    () => outboxRows(dataDir),
    (rows) => rows.length === 5 && rows.every((row) => row.attempts >= 1),
  );
  const health = await (await fetch(`${first!.url}/api/health`)).json();
  expect(health).toMatchObject({
    status: "ok",
    outbox: { pending: 5, failed: 0 },
    mail: { transport: "smtp" },
  });

  const late = await TestSmtpServer.start(smtpPort);
  try {
    await late.waitForMessages(5);
    // Both processes keep polling; give a duplicate every chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(late.messages.map((mail) => mail.parsed.subject).sort()).toEqual(
      references.map((reference) => `New consultation request ${reference}`).sort(),
    );
    await until(
      () => outboxRows(dataDir),
      (rows) => rows.every((row) => row.status === "sent"),
    );
  } finally {
    await late.stop();
  }
  expect(first!.output() + second!.output()).toMatch(/attempt \d+ failed \((ECONNECTION|ESOCKET)\)/);
  await page.context().close();
});

test("the server is killed (SIGKILL) after accepting a request; after a restart it is delivered", async ({
  browser,
}) => {
  const dataDir = tempDataDir("crash");
  const smtpPort = await freePort();
  const env = {
    ...quick,
    DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  };
  const doomed = await start(env);
  const page = await pageWith(browser, false);
  const renderedAt = await openForm(page, doomed.url);
  await fillForm(page);
  await waitOutFillTime(renderedAt, 300);
  await form(page).submit.click();
  const reference = await confirmationReference(page);
  await until(
    () => outboxRows(dataDir)[0],
    (row) => row?.status === "pending" && row.attempts >= 1,
  );
  await doomed.kill();

  const late = await TestSmtpServer.start(smtpPort);
  try {
    const restarted = await start(env);
    const [mail] = await late.waitForMessages(1);
    expect(mail!.parsed.subject).toBe(`New consultation request ${reference}`);
    await until(
      () => outboxRows(dataDir)[0]?.status,
      (status) => status === "sent",
    );
    await until(
      () => restarted.output(),
      (output) => output.includes(`${reference} sent`),
    );
  } finally {
    await late.stop();
  }
  await page.context().close();
});

test("when the store cannot be written the person is told to call, never thanked; /api/health is 503", async ({
  browser,
}) => {
  const blocker = path.join(tempDataDir("broken"), "not-a-directory");
  writeFileSync(blocker, "");
  const server = await start({
    ...quick,
    DATA_DIR: path.join(blocker, "data"),
    FORM_SECRET: "e2e-secret",
    SMTP_URL: smtp.url,
  });
  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toEqual({
    status: "degraded",
    store: "sqlite",
    outbox: null,
    mail: { transport: "smtp" },
    release: null,
  });

  const page = await pageWith(browser, true);
  const renderedAt = await openForm(page, server.url);
  await fillForm(page);
  await waitOutFillTime(renderedAt, 300);
  await form(page).submit.click();
  const message = page.getByRole("alert").filter({ hasText: "could not save your request" });
  await expect(message).toContainText(`Please call the clinic at ${clinicPhoneDisplay}`);
  await expect(message).toBeFocused();
  await expect(page.getByRole("heading", { name: "Thank you" })).toHaveCount(0);
  await expect(form(page).email).toHaveValue(canary.email);
  expect(server.output()).toMatch(/could not store a request \(\w+\)/);
  await page.context().close();
});

test("GET /api/health reports the outbox and the mail transport", async () => {
  const response = await fetch(`${main.url}/api/health`);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toContain("no-store");
  expect(await response.json()).toEqual({
    status: "ok",
    store: "sqlite",
    outbox: { pending: 0, failed: 0, oldestPendingSeconds: 0 },
    mail: { transport: "smtp" },
    release: null,
  });
});

test("bodies over 16 kB are refused before the action runs; the person is told nothing was sent", async ({ page }) => {
  const rowsBefore = outboxRows(mainDataDir).length;
  let pad = false;
  await page.route(`${main.url}/consultation`, async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body || !pad) return route.continue();
    // React prefixes the form's field names (`_1_lastName`) when it sends the action itself.
    const padded = body.replace(/(name="(?:_\d+_)?lastName"\r\n\r\n)/, `$1${"x".repeat(20_000)}`);
    expect(padded.length).toBeGreaterThan(20_000);
    await route.continue({ postData: padded });
  });
  const renderedAt = await openForm(page, main.url);
  // The form page runs no script; a form the action rendered (after a missing consent) sends in
  // the background, and that is the path where the person must be told in the page.
  await fillForm(page, {}, false);
  await form(page).submit.click();
  await expect(form(page).consent).toHaveAttribute("aria-invalid", "true");
  await page.waitForLoadState("networkidle");
  await form(page).consent.check();
  pad = true;
  await waitOutFillTime(renderedAt, 300);
  await form(page).submit.click();
  const message = page.getByRole("alert").filter({ hasText: "Your request was not sent" });
  await expect(message).toContainText(`Please call us at ${clinicPhoneDisplay}`);
  await expect(page.getByRole("heading", { name: "Thank you" })).toHaveCount(0);
  expect(outboxRows(mainDataDir)).toHaveLength(rowsBefore);
});

test("without JavaScript, an oversized body gets a clear 413 with the phone number", async ({ request }) => {
  const response = await request.post(`${main.url}/consultation`, {
    multipart: { firstName: "x".repeat(20_000) },
  });
  expect(response.status()).toBe(413);
  const text = await response.text();
  expect(text).toContain("too large");
  expect(text).toContain(clinicPhoneDisplay);
});

test("no name, email or phone number ever appears in any server's output", async () => {
  expect(servers.length).toBeGreaterThan(0);
  for (const server of servers) {
    const output = server.output();
    for (const secret of [canary.firstName, canary.lastName, canary.email, canary.phone, "555-0199"]) {
      expect(output, `server ${server.url}`).not.toContain(secret);
    }
  }
});
