import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { request, startShippedNginx, type Nginx } from "../support/nginx";
import { freePort } from "../support/ports";
import { makeReleaseSite, type ReleaseSite } from "../support/release";
import {
  addStaff,
  editableEntries,
  gitDiff,
  logIn,
  saveInEditor,
  saveUnchanged,
  startStudio,
  staffPassword,
  type Studio,
} from "../support/studio";

/**
 * The staff studio (`npm run studio`) on a server's layout: a git checkout, the public site
 * released from it behind the shipped nginx, and the studio editing that checkout. Staff log in,
 * edit with Keystatic, meet the content check before publishing, publish and undo through
 * `npm run release` while pollers read the public site, and two people editing one file are
 * told. Everything offline: the studio's pages may ask nothing of another origin.
 */
test.describe.configure({ mode: "serial", timeout: 900_000 });

const articleFile = "why-does-ketamine-therapy-work";
const articlePath = `/articles/${articleFile}`;
const editorOf = (address: string) => `/keystatic/collection/${address}`;
const oldParagraph = "Ketamine therapy has gained attention in recent years";
const claim = "Ketamine cures depression for good.";
const newSentence = "Our clinicians explain what the research shows and what it does not yet show.";

let nginx: Nginx;
let site: ReleaseSite;
let studio: Studio;
let browser: Browser;
const otherOrigins: string[] = [];

test.beforeAll(async ({ browser: shared }) => {
  test.setTimeout(600_000);
  browser = shared;
  let reload = "";
  site = await makeReleaseSite({ TRUST_PROXY: "1" }, () => reload);
  nginx = await startShippedNginx({ releaseRoot: site.root });
  reload = nginx.reloadCommand;
  const first = await site.release();
  expect(first.code, first.output).toBe(0);
  for (const name of ["Maria Lopez", "Sam Rivera", "Lee Chen"]) addStaff(site.repo, site.env(), name);
  studio = await startStudio(site.repo, site.env(), await freePort());
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  const history = execFileSync("git", ["log", "--stat", "-4"], { cwd: site.repo, encoding: "utf8" });
  console.log(`--- studio\n${studio?.output().slice(-6000)}\n--- git log\n${history}\n${site?.logs()}`);
});

test.afterAll(async () => {
  await studio?.stop();
  await nginx?.stop();
  await site?.stop();
});

const publicGet = (pathname: string) => request(`${nginx.httpsUrl}${pathname}`, { ca: nginx.ca });
/** What a reader sees of a public page: its text without tags (glossary terms are links). */
const publicText = async (pathname: string) =>
  (await publicGet(pathname)).body
    .toString()
    .replace(/<[^>]*>/g, "")
    .replaceAll("&#x27;", "'");

/** A staff member's browser tab, noting every request it makes to another origin. */
async function staffPage(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("request", (sent) => {
    if (!sent.url().startsWith(studio.url) && !sent.url().startsWith("data:") && !sent.url().startsWith("blob:")) {
      otherOrigins.push(sent.url());
    }
  });
  await logIn(page, studio.url, name);
  return page;
}

/** Reads the public site through nginx until stopped; any answer but 200 is a failure. */
function readPublicSite() {
  let running = true;
  let reads = 0;
  const failures: string[] = [];
  const loop = (async () => {
    while (running) {
      for (const pathname of ["/", articlePath, "/contact"]) {
        const answer = await publicGet(pathname).catch((error: Error) => ({ status: 0, error }));
        reads += 1;
        if (answer.status !== 200) failures.push(`${pathname}: ${answer.status}`);
      }
    }
  })();
  return {
    failures,
    async stop() {
      running = false;
      await loop;
      return reads;
    },
  };
}

/** Publishes what is unpublished with a message; waits for "Live since" on the job's page. */
async function publish(page: Page, message: string) {
  await page.goto(studio.url);
  await page.getByLabel(/What did you change/).fill(message);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page).toHaveURL(/\/jobs\//);
  await expect(page.getByRole("status")).toContainText("Publish by", { timeout: 10_000 });
  await expect(page.getByRole("status")).toContainText("Live since", { timeout: 300_000 });
}

/** The main screens, at a desktop and a phone width, for CONTENT.md and for looking at. */
async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath(`${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function replaceParagraph(page: Page, containing: string, text: string) {
  const paragraph = page.locator("[contenteditable=true] p", { hasText: containing });
  await expect(paragraph).toBeVisible({ timeout: 30_000 });
  await paragraph.click({ clickCount: 3 });
  await page.keyboard.type(text);
  const saved = await saveInEditor(page);
  expect(saved.status, saved.text).toBe(200);
}

test("nothing in the studio answers without logging in, and the public site has no editing surface", async () => {
  for (const pathname of [
    "/",
    "/keystatic",
    editorOf("articles"),
    "/jobs/1",
    "/conflicts/1",
    `/preview${articlePath}`,
  ]) {
    const answer = await fetch(`${studio.url}${pathname}`, { redirect: "manual" });
    expect(answer.status, pathname).toBe(303);
    expect(answer.headers.get("location"), pathname).toContain("/login");
  }
  const tree = await fetch(`${studio.url}/api/keystatic/tree`, { headers: { "no-cors": "1" } });
  expect(tree.status).toBe(401);
  const publish = await fetch(`${studio.url}/api/studio/publish`, { method: "POST", headers: { origin: studio.url } });
  expect(publish.status).toBe(401);
  const crossSite = await fetch(`${studio.url}/api/studio/publish`, {
    method: "POST",
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status).toBe(403);
  const login = await fetch(`${studio.url}/login`);
  expect(login.headers.get("content-security-policy")).toContain("script-src 'self' 'nonce-");

  for (const pathname of [
    "/keystatic",
    editorOf("articles"),
    "/api/keystatic/tree",
    "/api/keystatic/update",
    "/studio",
    "/studio/login",
  ]) {
    expect((await publicGet(pathname)).status, pathname).toBe(404);
  }
});

test("wrong passwords lock the account: even the right one then waits", async () => {
  const attempt = (password: string) =>
    fetch(`${studio.url}/api/studio/login`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: studio.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ name: "Lee Chen", password, next: "/" }),
    });
  for (let i = 0; i < 5; i += 1) {
    const answer = await attempt(`not the password ${i}`);
    expect(answer.headers.get("location")).toContain("problem=wrong");
  }
  const locked = await attempt(staffPassword);
  expect(locked.headers.get("location")).toContain("problem=locked");
  expect(locked.headers.get("set-cookie")).toBeNull();

  const page = await browser.newPage();
  await page.goto(`${studio.url}/login`);
  await page.getByLabel("Your name").fill("Lee Chen");
  await page.getByLabel("Password").fill(staffPassword);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many wrong passwords" })).toBeVisible();
  await page.close();
});

test("every content file saved through the editor unchanged is byte for byte the same file", async () => {
  const page = await staffPage("Maria Lopez");
  const entries = editableEntries(site.repo);
  expect(entries.length).toBeGreaterThan(20);
  for (const entry of entries) await saveUnchanged(page, studio.url, entry);
  expect(gitDiff(site.repo, "content")).toBe("");
  await page.context().close();
});

test("a claim is refused before publishing; the fix is published with nobody noticing, then undone", async () => {
  const page = await staffPage("Maria Lopez");
  await page.goto(`${studio.url}${editorOf(`articles/item/${articleFile}`)}`);
  await replaceParagraph(page, oldParagraph, claim);

  await page.goto(studio.url);
  const finding = page.locator("li", { hasText: "claims/cure" });
  await expect(finding).toBeVisible();
  await expect(finding).toContainText("Fix:");
  await expect(page.getByText(/Publishing is not possible while 1 problem/)).toBeVisible();
  await screenshot(page, "studio-problems");
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  const refused = await page.request.post(`${studio.url}/api/studio/publish`, {
    form: { message: "Try anyway" },
    headers: { origin: studio.url },
  });
  expect(refused.status()).toBe(409);

  await page.goto(`${studio.url}${editorOf(`articles/item/${articleFile}`)}`);
  await expect(page.locator("[contenteditable=true] p", { hasText: claim })).toBeVisible({ timeout: 30_000 });
  await screenshot(page, "studio-editor");
  await replaceParagraph(page, claim, newSentence);
  await page.goto(`${studio.url}/preview${articlePath}`);
  await expect(page.getByRole("main")).toContainText(newSentence);
  await screenshot(page, "studio-preview");

  const readers = readPublicSite();
  const started = Date.now();
  await publish(page, "A plainer first paragraph");
  const publishSeconds = (Date.now() - started) / 1000;
  await screenshot(page, "studio-published");
  // nginx keeps pages for a second and answers with the kept one while it fetches the new one.
  await expect.poll(() => publicText(articlePath), { timeout: 10_000 }).toContain(newSentence);
  let live = await publicText(articlePath);
  expect(live).not.toContain(claim);
  expect(live).not.toContain(oldParagraph);

  await page.goto(studio.url);
  await screenshot(page, "studio-history");
  const row = page.getByRole("row", { name: /A plainer first paragraph/ });
  await expect(row).toContainText("Maria Lopez");
  await expect(row).toContainText(`Article: ${articleFile}`);
  await row.getByRole("button", { name: "Undo this change" }).click();
  await expect(page).toHaveURL(/\/jobs\//);
  await expect(page.getByRole("status")).toContainText("Undo by Maria Lopez: Live since", { timeout: 300_000 });
  await expect.poll(() => publicText(articlePath), { timeout: 10_000 }).toContain(oldParagraph);
  live = await publicText(articlePath);
  expect(live).not.toContain(newSentence);
  const reads = await readers.stop();
  console.log(
    `publish to live: ${publishSeconds.toFixed(1)} s; ${reads} public reads meanwhile, ${readers.failures.length} failed`,
  );
  expect(readers.failures).toEqual([]);
  await page.context().close();
});

test("a closure and a team photo, edited in forms, are live on the footer, /contact and /about", async () => {
  const page = await staffPage("Sam Rivera");
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`${studio.url}/keystatic/singleton/clinic`);
  await page
    .getByRole("group", { name: /Closures/ })
    .getByRole("button", { name: "Add" })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Closed on (or from)").fill(day);
  await dialog.getByRole("textbox", { name: "Reason", exact: true }).fill("Staff training day");
  await dialog.getByRole("button", { name: "Add" }).click();
  expect((await saveInEditor(page)).status).toBe(200);

  const photo = path.join(test.info().outputDir, "portrait.jpg");
  mkdirSync(path.dirname(photo), { recursive: true });
  await sharp({ create: { width: 480, height: 600, channels: 3, background: { r: 90, g: 140, b: 160 } } })
    .jpeg()
    .toFile(photo);
  await page.goto(`${studio.url}${editorOf("team/item/lead-therapist")}`);
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Choose file" }).click(),
  ]);
  await chooser.setFiles(photo);
  const alt = "Alex Morgan standing in the clinic's garden";
  await page.getByRole("textbox", { name: "Photo description (alt text)" }).fill(alt);
  expect((await saveInEditor(page)).status).toBe(200);

  await page.goto(`${studio.url}/preview/contact`);
  await expect(page.getByRole("main")).toContainText("Staff training day");

  await publish(page, "Training day closure and a photo");
  for (const pathname of ["/contact", "/"]) {
    await expect
      .poll(() => publicText(pathname), { message: pathname, timeout: 10_000 })
      .toContain("Staff training day");
  }
  const about = (await publicGet("/about")).body.toString();
  const image = new RegExp(`<img[^>]*alt="${alt.replace("'", "&#x27;")}"[^>]*>`).exec(about)?.[0];
  expect(image, "the photo on /about with its alt text").toBeTruthy();
  const source = /src="([^"]+)"/.exec(image!)?.[1];
  expect((await publicGet(source!.replaceAll("&amp;", "&"))).status).toBe(200);
  await page.context().close();
});

test("two people: a save over someone else's newer save is refused, and both versions are kept", async () => {
  const maria = await staffPage("Maria Lopez");
  const sam = await staffPage("Sam Rivera");
  const editor = `${studio.url}${editorOf("pages/item/for-clinicians")}`;
  for (const page of [maria, sam]) {
    await page.goto(editor);
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toBeVisible({ timeout: 30_000 });
  }
  const edit = async (page: Page, words: string) => {
    const title = page.getByRole("textbox", { name: "Title", exact: true });
    await title.press("End");
    await title.pressSequentially(words);
    return saveInEditor(page);
  };
  expect((await edit(maria, " (Maria)")).status).toBe(200);
  const refused = await edit(sam, " (Sam)");
  expect(refused.status).toBe(409);
  await expect(sam.getByText(/someone else changed this page/)).toBeVisible();

  await sam.goto(studio.url);
  await sam.getByRole("link", { name: /Sam Rivera's version/ }).click();
  await expect(sam.getByRole("region", { name: "Saved version" })).toContainText("(Maria)");
  await expect(sam.getByRole("region", { name: "Version not saved" })).toContainText("(Sam)");
  await maria.context().close();
  await sam.context().close();
});

test("the studio's pages asked nothing of another origin", () => {
  expect(otherOrigins).toEqual([]);
});
