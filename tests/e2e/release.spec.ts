import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { confirmationReference, fillForm, form, until, type Person } from "../support/consultation";
import { request, startShippedNginx, type Nginx } from "../support/nginx";
import { formBody, parseForm, samplePerson, type NoJsForm } from "../support/no-js-form";
import { makeReleaseSite, type ReleaseSite } from "../support/release";
import { TestSmtpServer } from "../support/smtp";

/**
 * `npm run release` on a server's layout: a git checkout, releases built beside the live one,
 * two `next start` slots (child processes) behind the shipped nginx, real SMTP. While pollers
 * load pages and their stylesheets and send forms through nginx, releases, a rollback and failed
 * releases happen; nobody may see an error, and every accepted request is mailed exactly once.
 */
test.describe.configure({ mode: "serial", timeout: 900_000 });

const article = "/articles/why-does-ketamine-therapy-work";
const newSentence = "This sentence arrived with a release.";
let smtp: TestSmtpServer;
let nginx: Nginx;
let site: ReleaseSite;
let firstRelease = "";

test.beforeAll(async () => {
  test.setTimeout(600_000);
  smtp = await TestSmtpServer.start();
  let reload = "";
  site = await makeReleaseSite(
    {
      SMTP_URL: smtp.url,
      TRUST_PROXY: "1",
      FORM_MIN_FILL_MS: "0",
      CONSULT_RATE_LIMIT: "100000/1m",
      OUTBOX_RETRY_BASE_S: "0.5",
      // A slot stopped while sending leaves its claimed request to the live one once the lease has
      // passed (300 s by default): a few seconds here, as in the other outbox tests, so the test's
      // "every request mailed within 60 s" sees it recovered.
      OUTBOX_LEASE_S: "5",
    },
    () => reload,
  );
  nginx = await startShippedNginx({ releaseRoot: site.root });
  reload = nginx.reloadCommand;
  const first = await site.release();
  expect(first.code, first.output).toBe(0);
  console.log(`first release (nothing live before): ${first.seconds.toFixed(1)} s`);
  firstRelease = site.state().live!.id;
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.log(`${site.logs()}\n--- nginx\n${nginx.errorLog()}`);
});

test.afterAll(async () => {
  await nginx?.stop();
  await site?.stop();
  await smtp?.stop();
});

const get = (pathname: string) => request(`${nginx.httpsUrl}${pathname}`, { ca: nginx.ca });

/** A no-JavaScript form as a browser without scripts holds it: loaded now, sent whenever. */
async function loadFormThroughNginx(pathname = "/consultation"): Promise<NoJsForm> {
  const shown = await get(pathname);
  const parsed = parseForm(shown.body.toString());
  if (!parsed) throw new Error(`no form at ${pathname} (${shown.status})`);
  const cookie = [shown.headers["set-cookie"] ?? []]
    .flat()
    .map((header: string) => header.split(";")[0])
    .join("; ");
  return { ...parsed, cookie };
}

async function sendForm(held: NoJsForm, i: number, pathname = "/consultation") {
  const body = await formBody(held, samplePerson(i));
  const answer = await request(`${nginx.httpsUrl}${pathname}`, {
    ca: nginx.ca,
    method: "POST",
    headers: { "content-type": body.contentType, origin: nginx.httpsUrl, cookie: held.cookie ?? "" },
    body: body.body,
  });
  const html = answer.body.toString();
  const reference = /data-testid="consultation-reference"[^>]*>\s*(SM-[A-Z2-9]{6})/.exec(html)?.[1];
  return { status: answer.status, html, reference };
}

/**
 * Loads the seed article and the stylesheet it names, and sends a form, over and over, through
 * nginx. The stylesheet of the very first load is asked for every time too: a page loaded before
 * a release keeps its styles after it.
 */
function startPollers() {
  const failures: string[] = [];
  const accepted: string[] = [];
  let pages = 0;
  let running = true;
  let firstStylesheet: string | undefined;
  const at = () => new Date().toISOString().slice(11, 23);
  const record = (what: string, status: number) => {
    if (status < 200 || status >= 400) failures.push(`${at()} ${what}: HTTP ${status}`);
  };
  const pageLoop = (async () => {
    while (running) {
      try {
        const page = await get(article);
        record(article, page.status);
        const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body.toString())?.[1];
        firstStylesheet ??= stylesheet;
        for (const sheet of new Set([stylesheet, firstStylesheet])) {
          if (sheet) record(sheet, (await get(sheet)).status);
        }
        pages++;
      } catch (error) {
        failures.push(`${at()} page: ${String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  let sent = 0;
  const formLoop = (async () => {
    while (running) {
      try {
        const held = await loadFormThroughNginx();
        const answer = await sendForm(held, 10_000 + sent++);
        record("POST /consultation", answer.status);
        if (answer.reference) accepted.push(answer.reference);
        else failures.push(`${at()} form not accepted: ${answer.html.slice(0, 60)}`);
      } catch (error) {
        failures.push(`${at()} form: ${String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  })();
  return {
    failures,
    accepted,
    async stop() {
      running = false;
      await Promise.all([pageLoop, formLoop]);
      return { pages, forms: sent };
    },
  };
}

/** A browser page with JavaScript running: the form's answer page (rendered per request, with its scripts). */
async function scriptedFormPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${nginx.httpsUrl}/consultation`);
  await form(page).submit.click();
  await expect(page.getByText("There is a problem")).toBeVisible();
  // The answer page runs React: the next press goes through JavaScript (a `next-action` request).
  await page.waitForLoadState("networkidle");
  return page;
}

async function everyReferenceMailedOnce(references: string[]) {
  const count = (reference: string) => smtp.messages.filter((mail) => mail.raw.includes(reference)).length;
  await until(
    () => references.filter((reference) => count(reference) === 0).length,
    (missing) => missing === 0,
    60_000,
  );
  for (const reference of references) expect(count(reference), reference).toBe(1);
}

test("a release with a content change, then a rollback, while people read and send forms: nothing fails, nothing is lost", async ({
  browser,
}) => {
  // Forms opened before the release, sent after it: without JavaScript (English and Spanish)…
  const heldEnglish = await loadFormThroughNginx();
  const heldSpanish = await loadFormThroughNginx("/es/consulta");
  // …and with JavaScript running.
  const scripted = await scriptedFormPage(browser);
  const oldAssets = readdirSync(path.join(site.root, "releases", firstRelease, ".next", "static", "chunks"));

  const pollers = startPollers();
  site.commit("A new sentence, and a style change (new stylesheet name)", (repo) => {
    const file = path.join(repo, "content", "articles", "why-does-ketamine-therapy-work.mdx");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, `${text.trimEnd()}\n\n${newSentence}\n`);
    const css = path.join(repo, "app", "globals.css");
    writeFileSync(css, `${readFileSync(css, "utf8")}\n.release-test-marker { outline: 1px solid; }\n`);
  });
  const released = await site.release("--by", "Test Operator");
  expect(released.code, released.output).toBe(0);
  console.log(released.output);
  expect(released.output).toMatch(/Live since \d\d:\d\d/);
  const secondRelease = site.state().live!.id;
  expect(secondRelease).not.toBe(firstRelease);
  await until(
    async () => (await get(article)).body.toString().includes(newSentence),
    (live) => live,
    10_000,
  );
  // An asset only the earlier release had still loads (nginx takes it from the kept release).
  const newAssets = new Set(readdirSync(path.join(site.root, "releases", secondRelease, ".next", "static", "chunks")));
  const onlyOld = oldAssets.find((name) => !newAssets.has(name) && name.endsWith(".css"));
  expect(onlyOld, "the style change gave the new release another stylesheet").toBeTruthy();
  expect((await get(`/_next/static/chunks/${onlyOld}`)).status).toBe(200);

  // The forms held across the release are accepted.
  const english = await sendForm(heldEnglish, 1);
  expect(english.status).toBe(200);
  expect(english.reference, english.html.slice(0, 300)).toBeTruthy();
  const spanish = await sendForm(heldSpanish, 2, "/es/consulta");
  expect(spanish.reference).toBeTruthy();
  expect(spanish.html).toContain("Gracias");
  await fillForm(scripted, samplePersonForBrowser(3));
  await form(scripted).submit.click();
  const scriptedReference = await confirmationReference(scripted);

  const rolledBack = await site.release("rollback");
  expect(rolledBack.code, rolledBack.output).toBe(0);
  console.log(rolledBack.output);
  expect(site.state().live!.id).toBe(firstRelease);
  await until(
    async () => (await get(article)).body.toString().includes(newSentence),
    (live) => !live,
    10_000,
  );

  const { pages, forms } = await pollers.stop();
  console.log(
    `release ${released.seconds.toFixed(1)} s, rollback ${rolledBack.seconds.toFixed(1)} s; ` +
      `${pages} page loads (with stylesheets) and ${forms} forms meanwhile, ${pollers.failures.length} failed`,
  );
  expect(pollers.failures).toEqual([]);
  expect(pages).toBeGreaterThan(20);
  await everyReferenceMailedOnce([...pollers.accepted, english.reference!, spanish.reference!, scriptedReference]);
  expect(readFileSync(path.join(site.root, "state.json"), "utf8")).toContain("Test Operator");
  await scripted.context().close();
});

function samplePersonForBrowser(i: number): Person {
  const { firstName, lastName, email, phone } = samplePerson(i);
  return { firstName, lastName, email, phone, contactMethod: "Email", bestTime: "Any time" };
}

test("a form from a build no longer known: the form again with its answers and a calm line, then accepted", async ({
  browser,
}) => {
  const unknown = `7f${"ab".repeat(20)}`;
  const renamed = (held: NoJsForm): NoJsForm => ({
    ...held,
    fields: held.fields.map(([name, value]) => [
      name.startsWith("$ACTION_ID_") ? `$ACTION_ID_${unknown}` : name,
      /^\$ACTION_\d+:0$/.test(name) ? value.replace(/"id":"[0-9a-f]+"/, `"id":"${unknown}"`) : value,
    ]),
  });
  for (const [pathname, line] of [
    ["/consultation", "We updated our website while you were filling in this form"],
    ["/es/consulta", "Actualizamos nuestro sitio web mientras usted llenaba este formulario"],
  ] as const) {
    const answer = await sendForm(renamed(await loadFormThroughNginx(pathname)), 40, pathname);
    expect(answer.status, answer.html.slice(0, 200)).toBe(200);
    expect(answer.html).toContain(line);
    expect(answer.html).toContain('value="Tester40"');
    expect(answer.reference).toBeUndefined();
    // Pressing the button again sends it.
    const again = parseForm(answer.html)!;
    const sent = await sendForm({ ...again, cookie: "" }, 40, pathname);
    expect(sent.reference, /role="alert"[\s\S]{0,600}/.exec(sent.html)?.[0] ?? sent.html.slice(0, 300)).toBeTruthy();
    await everyReferenceMailedOnce([sent.reference!]);
  }

  // With JavaScript: a request naming an unknown action goes to this release's consultation action.
  const page = await scriptedFormPage(browser);
  let renamedActions = 0;
  await page.route("**/consultation", async (route) => {
    const headers = route.request().headers();
    if (!headers["next-action"]) return route.continue();
    renamedActions++;
    await route.continue({ headers: { ...headers, "next-action": unknown } });
  });
  await fillForm(page, samplePersonForBrowser(41));
  await form(page).submit.click();
  await everyReferenceMailedOnce([await confirmationReference(page)]);
  expect(renamedActions, "the form was sent by JavaScript").toBe(1);
  await page.context().close();
});

test("a release whose content check or build fails changes nothing, and says why", async () => {
  const live = site.state().live!.id;
  const pollers = startPollers();
  site.commit("A broken article", (repo) => {
    writeFileSync(
      path.join(repo, "content", "articles", "zz-broken-release.mdx"),
      [
        "---",
        'title: "Broken"',
        'description: "A test."',
        'date: "2026-12-01"',
        "---",
        "",
        '<Calout title="x">Hi</Calout>',
        "",
      ].join("\n"),
    );
  });
  const contentFailure = await site.release();
  expect(contentFailure.code).toBe(1);
  expect(contentFailure.output).toContain('Release stopped at "build');
  expect(contentFailure.output).toContain("content/articles/zz-broken-release.mdx:7");

  site.commit("Fixed the article, broke a component", (repo) => {
    rmSync(path.join(repo, "content", "articles", "zz-broken-release.mdx"));
    writeFileSync(path.join(repo, "components", "broken-on-purpose.tsx"), "export const broken = ;\n");
    const page = path.join(repo, "app", "(en)", "page.tsx");
    writeFileSync(page, `import "@/components/broken-on-purpose";\n${readFileSync(page, "utf8")}`);
  });
  const buildFailure = await site.release();
  expect(buildFailure.code).toBe(1);
  expect(buildFailure.output).toContain('Release stopped at "build');
  expect(buildFailure.output).toContain("broken-on-purpose.tsx");
  console.log(
    `failed releases: content check ${contentFailure.seconds.toFixed(1)} s, build ${buildFailure.seconds.toFixed(1)} s`,
  );

  const { pages } = await pollers.stop();
  expect(pollers.failures).toEqual([]);
  expect(pages).toBeGreaterThan(5);
  expect(site.state().live!.id).toBe(live);
  expect((await get("/api/health")).body.toString()).toContain(live);
  // The failed release folders are gone; the kept ones stay.
  expect(readdirSync(path.join(site.root, "releases")).sort()).toEqual(
    site
      .state()
      .releases.map((r) => r.id)
      .sort(),
  );
});
