/**
 * `npm run bench:weight [-- --rebuild]`: bytes a browser downloads for the main pages, per kind
 * (HTML, CSS, JS, fonts, router prefetches), against an empty page of the same build.
 * See bench/README.md for what is measured and how.
 */
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumHelp, findChromium } from "./lib/chromium.mjs";
import { budget, kB, option, printBudgets, printMachine, printTable, writeResult } from "./lib/report.mjs";
import { baselineSite, preparedSite, startNext } from "./lib/site.mjs";

const seedPath = "/articles/why-does-ketamine-therapy-work";
const pages = [
  { name: "empty page (floor)", path: "/bench-empty" },
  { name: "home", path: "/" },
  { name: "articles", path: "/articles" },
  { name: "seed article", path: seedPath },
  { name: "consultation", path: "/consultation" },
];

const executablePath = findChromium();
if (!executablePath) {
  console.error(chromiumHelp);
  process.exit(2);
}

printMachine();
const dir = await preparedSite({ rebuild: option("rebuild", false) });
const server = await startNext(dir);
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
const measured = [];
// The same pages of a baseline commit (default c58a632, before content pages became documents), same run.
const baselineCommit = option("baseline", "c58a632");
try {
  for (const target of pages) measured.push({ ...target, ...(await measure(browser, server.url, target.path)) });
  await server.stop();
  if (baselineCommit !== "none") {
    const baseline = await startNext(await baselineSite(baselineCommit));
    try {
      for (const target of pages.filter((page) => page.path !== "/bench-empty")) {
        const name = `${target.name} (${baselineCommit})`;
        measured.push({ ...target, name, baseline: true, ...(await measure(browser, baseline.url, target.path)) });
      }
    } finally {
      await baseline.stop();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

const byName = Object.fromEntries(measured.filter((page) => !page.baseline).map((page) => [page.path, page]));
const rows = measured.map((page) => ({
  page: page.name,
  status: page.status,
  "html raw": kB(page.kinds.html.raw),
  "html gz": kB(page.kinds.html.wire),
  "css raw": kB(page.kinds.css.raw),
  "css gz": kB(page.kinds.css.wire),
  "js raw": kB(page.kinds.js.raw),
  "js gz": kB(page.kinds.js.wire),
  "js files": page.kinds.js.count,
  font: kB(page.kinds.font.wire),
  "prefetch gz": kB(page.kinds.prefetch.wire),
  "total gz": kB(page.totalWire),
}));
printTable("Page weight in kB (1 kB = 1000 bytes); gz = bytes on the wire as next start sent them (gzip)", rows);

const crossCheck = measured.map((page) => ({
  page: page.name,
  "html gz6": kB(page.kinds.html.gzip6),
  "css gz6": kB(page.kinds.css.gzip6),
  "js gz6": kB(page.kinds.js.gzip6),
  encodings: [...new Set(page.resources.filter((r) => r.kind !== "font").map((r) => r.encoding ?? "none"))].join(","),
}));
printTable("Cross-check: the same bodies gzipped here at level 6", crossCheck);

const composition = measured
  .filter((page) => page.status === 200)
  .map((page) => {
    const html = page.resources.find((resource) => resource.kind === "html");
    const parts = html?.composition;
    return parts
      ? {
          page: page.name,
          "html raw": kB(html.raw),
          "markup raw": kB(parts.markupRaw),
          "inline RSC raw": kB(parts.rscRaw),
          "markup gz6": kB(parts.markupGzip6),
          "inline RSC gz6": kB(parts.rscGzip6),
        }
      : null;
  })
  .filter(Boolean);
printTable("HTML composition: markup vs. the inline RSC payload (self.__next_f.push scripts)", composition);

const seed = byName[seedPath];
const empty = byName["/bench-empty"];
const budgets = [];
if (seed?.status === 200 && empty?.status === 200) {
  budgets.push(
    budget("seed article JS (gzip kB)", kB(seed.kinds.js.wire), { atMost: 0, unit: "kB" }),
    budget("seed article HTML (gzip kB)", kB(seed.kinds.html.wire), { atMost: 10, unit: "kB" }),
    budget("seed article CSS (gzip kB)", kB(seed.kinds.css.wire), { atMost: 8, unit: "kB" }),
    budget("seed article total: HTML, CSS, fonts, images, scripts (kB)", kB(seed.totalWire), {
      atMost: 70,
      unit: "kB",
    }),
  );
} else {
  budgets.push({ budget: "seed article / empty page reachable", actual: null, limit: "200", result: "FAIL" });
}
printBudgets(budgets);
const missing = measured.filter((page) => page.status !== 200).map((page) => `${page.path} (${page.status})`);
if (missing.length > 0) console.log(`\nNot measured (not 200): ${missing.join(", ")}`);

writeResult("weight", {
  method:
    "Chromium (playwright-core) loads each page in a fresh context against next start, waits for load and network idle; " +
    "bytes per response: raw = decoded body, wire = encoded body as received (gzip from next start), gzip6 = our gzip -6 of the body. " +
    "prefetch = router prefetches (RSC payloads) fetched after load, not counted in html/js. kB = 1000 bytes.",
  pages: measured,
  budgets,
});
process.exitCode = budgets.every((line) => line.result === "PASS") ? 0 : 1;

async function measure(browser, origin, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pending = [];
  page.on("requestfinished", (request) => pending.push(describe(request)));
  let status = 0;
  try {
    const response = await page.goto(origin + path, { waitUntil: "load", timeout: 30_000 });
    status = response?.status() ?? 0;
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
    await page.waitForTimeout(500);
  } finally {
    await context.close().catch(() => {});
  }
  const resources = (await Promise.all(pending)).filter(Boolean);
  const kinds = Object.fromEntries(
    ["html", "css", "js", "font", "prefetch", "image", "other"].map((kind) => [
      kind,
      { count: 0, raw: 0, wire: 0, gzip6: 0 },
    ]),
  );
  for (const resource of resources) {
    const sum = kinds[resource.kind];
    sum.count += 1;
    sum.raw += resource.raw;
    sum.wire += resource.wire;
    sum.gzip6 += resource.gzip6;
  }
  const totalWire = resources.reduce((total, resource) => total + resource.wire, 0);
  return { status, kinds, totalWire, resources };
}

/**
 * How much of a document is the inline React Server Components payload (the
 * `self.__next_f.push(...)` scripts the client router hydrates from) rather than markup.
 */
function htmlComposition(html) {
  const scripts = html.match(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g) ?? [];
  const rsc = scripts.join("");
  const markup = html.replace(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g, "");
  const gz = (text) => gzipSync(Buffer.from(text), { level: 6 }).length;
  return {
    rscRaw: Buffer.byteLength(rsc),
    rscGzip6: gz(rsc),
    markupRaw: Buffer.byteLength(markup),
    markupGzip6: gz(markup),
  };
}

async function describe(request) {
  try {
    const response = await request.response();
    if (!response) return null;
    const [body, sizes, headers] = await Promise.all([
      response.body().catch(() => Buffer.alloc(0)),
      request.sizes(),
      response.allHeaders(),
    ]);
    const type = request.resourceType();
    const contentType = headers["content-type"] ?? "";
    let kind = "other";
    if (type === "document") kind = "html";
    else if (type === "stylesheet") kind = "css";
    else if (type === "script") kind = "js";
    else if (type === "font") kind = "font";
    else if (type === "image") kind = "image";
    else if (contentType.includes("text/x-component")) kind = "prefetch";
    return {
      url: new URL(request.url()).pathname + new URL(request.url()).search,
      kind,
      status: response.status(),
      contentType,
      encoding: headers["content-encoding"],
      raw: body.length,
      wire: sizes.responseBodySize,
      gzip6: gzipSync(body, { level: 6 }).length,
      ...(kind === "html" ? { composition: htmlComposition(body.toString("utf8")) } : {}),
    };
  } catch {
    return null;
  }
}
