import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import {
  confirmationReference,
  fillForm,
  form,
  openForm,
  removeTempDataDirs,
  tempDataDir,
  until,
} from "../support/consultation";
import { startNextServer, type NextServer } from "../support/next-server";
import { request, startShippedNginx, type Nginx } from "../support/nginx";
import { formBody, parseForm, samplePerson } from "../support/no-js-form";
import { TestSmtpServer } from "../support/smtp";

/**
 * The shipped deployment: Debian's nginx with deploy/nginx/shamynds.conf (ports, upstream and
 * certificate substituted, nothing else) in front of `next start` with TRUST_PROXY=1, as the
 * systemd unit runs it. A person's browser and our own HTTPS requests go through nginx only.
 */
test.describe.configure({ mode: "serial" });

const article = "/articles/why-does-ketamine-therapy-work";
let smtp: TestSmtpServer;
let next: NextServer;
let nginx: Nginx;

test.beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  next = await startNextServer({
    TRUST_PROXY: "1",
    DATA_DIR: tempDataDir("nginx"),
    SMTP_URL: smtp.url,
    FORM_MIN_FILL_MS: "0",
    CONSULT_RATE_LIMIT: "3/10m",
  });
  nginx = await startShippedNginx(next.port);
});

test.afterAll(async () => {
  await nginx?.stop();
  await next?.stop();
  await smtp?.stop();
  removeTempDataDirs();
});

test("pages come back brotli-encoded (gzip for older clients) with the site's own CSP and HSTS, once each", async () => {
  const brotli = await request(`${nginx.httpsUrl}${article}`, {
    ca: nginx.ca,
    headers: { "accept-encoding": "br, gzip" },
  });
  expect(brotli.status).toBe(200);
  expect(brotli.headers["content-encoding"]).toBe("br");
  const html = brotliDecompressSync(brotli.body).toString();
  expect(html).toContain("<h1");
  const direct = await fetch(`${next.url}${article}`);
  // The same security headers as Next.js sends, passed through: not dropped, not doubled.
  for (const name of [
    "content-security-policy",
    "strict-transport-security",
    "x-frame-options",
    "x-content-type-options",
  ]) {
    expect(brotli.headers[name], name).toBe(direct.headers.get(name));
  }
  expect(brotli.headers["strict-transport-security"]).toContain("max-age=");

  const gzip = await request(`${nginx.httpsUrl}${article}`, { ca: nginx.ca, headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  expect(gunzipSync(gzip.body).toString()).toContain("<h1");
  console.log(
    `seed article through nginx: ${Buffer.byteLength(html)} B of HTML, brotli ${brotli.body.length} B, gzip ${gzip.body.length} B`,
  );
  expect(brotli.body.length).toBeLessThan(gzip.body.length);

  // Plain HTTP is redirected to HTTPS.
  const plain = await fetch(`${nginx.httpUrl}${article}`, { redirect: "manual" });
  expect(plain.status).toBe(301);
  expect(plain.headers.get("location")).toMatch(/^https:\/\//);
});

test("prerendered pages are served from nginx's cache; the form page, the API and cookie requests never are", async () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    request(`${nginx.httpsUrl}${path}`, { ca: nginx.ca, headers });
  await get(article);
  expect((await get(article)).headers["x-cache"]).toMatch(/HIT|STALE|UPDATING/);
  for (let i = 0; i < 2; i++) {
    expect((await get("/consultation")).headers["x-cache"]).toBe("MISS");
    expect((await get(article, { cookie: "__prerender_bypass=1" })).headers["x-cache"]).toBe("BYPASS");
    expect((await get("/api/health")).headers["x-cache"]).toBeUndefined();
  }
});

test("a built asset under /_next/static is cacheable for a year and immutable", async () => {
  const html = (await request(`${nginx.httpsUrl}/`, { ca: nginx.ca })).body.toString();
  const asset = /(\/_next\/static\/[^"']+\.(?:css|js))/.exec(html)?.[1];
  expect(asset, "the home page links a /_next/static asset").toBeTruthy();
  const answer = await request(`${nginx.httpsUrl}${asset}`, { ca: nginx.ca, headers: { "accept-encoding": "br" } });
  expect(answer.status).toBe(200);
  expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(answer.headers["content-encoding"]).toBe("br");
});

test("a POST over 16 kB is refused by nginx with 413 before it reaches Next.js", async () => {
  const answer = await request(`${nginx.httpsUrl}/consultation`, {
    ca: nginx.ca,
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `notes=${"x".repeat(17 * 1024)}`,
  });
  expect(answer.status).toBe(413);
  expect(answer.body.toString()).toContain("nginx");
});

test("the form works through nginx, and the rate limit counts the forwarded client address", async ({ browser }) => {
  // A person with a browser: the request arrives by email.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await openForm(page, nginx.httpsUrl);
  await fillForm(page);
  await form(page).submit.click();
  const reference = await confirmationReference(page);
  await until(
    () => smtp.messages.length,
    (n) => n === 1,
  );
  expect(smtp.messages[0]?.parsed.text).toContain(reference);
  await context.close();

  // Two more from 127.0.0.1 use up its budget of 3 (a lie in X-Forwarded-For does not help: nginx
  // appends the real address and the app takes the right-most one)…
  const post = async (localAddress: string, headers: Record<string, string> = {}) => {
    const origin = nginx.httpsUrl;
    const shown = await request(`${origin}/consultation`, { ca: nginx.ca, localAddress });
    const html = shown.body.toString();
    // The form page's signed "form shown" token comes as a cookie, sent back as a browser would.
    const setCookie = [shown.headers["set-cookie"] ?? []].flat();
    const cookie = setCookie.map((header: string) => header.split(";")[0]).join("; ");
    const parsed = parseForm(html);
    if (!parsed) throw new Error("no form through nginx");
    const body = await formBody(parsed, samplePerson(1));
    const answer = await request(`${origin}/consultation`, {
      ca: nginx.ca,
      method: "POST",
      localAddress,
      headers: { "content-type": body.contentType, origin, cookie, ...headers },
      body: body.body,
    });
    return answer.body.toString();
  };
  expect(await post("127.0.0.1")).toContain("Thank you</h2>");
  expect(await post("127.0.0.1", { "x-forwarded-for": "203.0.113.50" })).toContain("Thank you</h2>");
  expect(await post("127.0.0.1", { "x-forwarded-for": "203.0.113.51" })).toContain(
    "several requests from your connection",
  );
  // …while another client, forwarded by nginx as 127.0.0.2, has its own.
  expect(await post("127.0.0.2")).toContain("Thank you</h2>");
});
