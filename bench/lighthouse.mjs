// Lighthouse budget for every page type: `npm run bench:lighthouse`.
//
// Runs Lighthouse's default mobile audit (simulated Slow 4G, 4× CPU slowdown) three times on each
// page type against `next start` of the existing production build (built first with `npm run build`
// when .next is missing), prints the medians and checks them against the budget:
// every category 100, LCP ≤ 1.2 s, TBT ≤ 50 ms, CLS 0. Writes bench/results/lighthouse.json.
//
// Options:
//   --runs=3        runs per page (the median is reported)
//   --build         run `npm run build` first even when .next exists
//   --fresh         build the current sources in a temporary copy instead (bench/lib/site.mjs);
//                   that copy also has /bench-empty (an empty page in the root layout), audited as
//                   the framework's floor to compare with
//   --only=/path    audit one path only
//   --baseline=c58a632  also audit the same pages on a build of that commit (the main branch before
//                   content pages became documents), as a same-run baseline without budgets
//   --without-scripts  also audit the article's own HTML with every script removed (served with
//                   the same CSS and fonts, bench/lib/without-scripts.mjs): the score of the same
//                   page without the framework's JavaScript, to compare with
import { existsSync, readFileSync, statSync } from "node:fs";
import { get } from "node:http";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumHelp, findChromium } from "./lib/chromium.mjs";
import { runMeasured } from "./lib/proc.mjs";
import { budget, kB, option, printBudgets, printMachine, printTable, projectRoot, writeResult } from "./lib/report.mjs";
import { baselineSite, buildEnv, preparedSite, startNext } from "./lib/site.mjs";
import { startWithoutScripts, withoutScriptsPrefix } from "./lib/without-scripts.mjs";

const pages = [
  { name: "home", path: "/" },
  { name: "articles index", path: "/articles" },
  { name: "article", path: "/articles/why-does-ketamine-therapy-work" },
  { name: "consultation", path: "/consultation" },
];
const categories = ["performance", "accessibility", "best-practices", "seo"];
const limits = { lcpMs: 1200, tbtMs: 50, cls: 0 };
// The seed article is the page people arrive on from search: its largest paint has a tighter budget.
const lcpLimit = (name) => (name === "article" ? 1000 : limits.lcpMs);

const runs = Number(option("runs", 3));
const only = option("only");
const chromePath = findChromium();
if (!chromePath) {
  console.error(chromiumHelp);
  process.exit(1);
}

printMachine();
// Lighthouse simulates a slow phone by multiplying the CPU time it observes: on a busy machine every
// task looks longer, and TBT/LCP with it (printMachine warns at the start; warn again at the end).
const busy = () => os.loadavg()[0] > os.availableParallelism();
const dir = option("fresh") ? await preparedSite({ rebuild: Boolean(option("build")) }) : await existingBuild();
const server = await startNext(dir);
console.log(`next start on ${server.url} (${path.relative(process.cwd(), dir) || "."}), Chromium ${chromePath}`);

let withoutScripts = null;
const baselineCommit = option("baseline");
const baseline = baselineCommit ? await startNext(await baselineSite(baselineCommit)) : null;
try {
  // With --fresh the build has /bench-empty (the root layout around an empty page): audit it too, as the
  // framework's floor to compare with; it has no budget of its own.
  const floorPage = { name: "empty page (floor)", path: "/bench-empty", floor: true };
  const selected = only ? pages.filter((page) => page.path === only) : option("fresh") ? [...pages, floorPage] : pages;
  if (selected.length === 0) throw new Error(`--only=${only} is none of ${pages.map((page) => page.path).join(", ")}`);
  if (option("without-scripts")) withoutScripts = await startWithoutScripts(server.url);
  if (withoutScripts) {
    const article = pages.find((page) => page.name === "article");
    selected.push({
      name: "article without scripts",
      path: withoutScriptsPrefix + article.path,
      origin: withoutScripts.url,
      floor: true,
    });
  }

  if (baseline) {
    for (const page of pages.filter((candidate) => !only || candidate.path === only)) {
      selected.push({ ...page, name: `${page.name} (${baselineCommit})`, origin: baseline.url, floor: true });
    }
  }

  // Warm the server (first renders, file system caches) so no run pays for start-up.
  for (const page of selected) await (await fetch((page.origin ?? server.url) + page.path)).arrayBuffer();

  const results = [];
  for (const page of selected) {
    const samples = [];
    for (let run = 1; run <= runs; run += 1) {
      process.stderr.write(`Lighthouse ${page.path} run ${run}/${runs} …\n`);
      const sample = await auditWithRetry((page.origin ?? server.url) + page.path);
      process.stderr.write(
        `  perf ${sample.performance} · LCP ${Math.round(sample.lcpMs)} ms · TBT ${Math.round(sample.tbtMs)} ms\n`,
      );
      samples.push(sample);
    }
    results.push({
      ...page,
      median: medianOf(samples),
      runs: samples.map((sample) => ({ ...sample, failing: sample.failing.map((item) => item.id) })),
      failing: samples.at(-1).failing,
    });
  }

  const floor = option("fresh") ? await scriptBytes(server.url, "/bench-empty") : null;
  const rows = await Promise.all(
    results.map(async ({ name, path: pagePath, origin, median }) => ({
      page: name,
      perf: median.performance,
      a11y: median.accessibility,
      bp: median["best-practices"],
      seo: median.seo,
      "LCP ms": Math.round(median.lcpMs),
      "TBT ms": Math.round(median.tbtMs),
      "TBT est. idle": median.tbtCpuEstMs == null ? null : Math.round(median.tbtCpuEstMs),
      CLS: median.cls,
      "total kB": kB(median.totalBytes),
      "JS kB": kB(median.scriptBytes),
      "JS kB (gzip, fetched)": kB((await scriptBytes(origin ?? server.url, pagePath)) ?? 0),
    })),
  );
  printTable(`Lighthouse ${lighthouseVersion()} mobile, median of ${runs} run(s)`, rows);
  if (floor !== null) console.log(`\nFramework floor (/bench-empty): ${kB(floor)} kB of gzip JavaScript.`);

  for (const { path: pagePath, failing } of results) {
    if (failing.length > 0) {
      console.log(`\nBelow 100 on ${pagePath} (last run):`);
      for (const item of failing)
        console.log(
          `  [${item.category}] ${item.id}: ${item.title}${item.displayValue ? ` (${item.displayValue})` : ""}`,
        );
    }
  }

  const budgets = results
    .filter((page) => !page.floor)
    .flatMap(({ name, median }) => [
      ...categories.map((category) => budget(`${name}: ${category}`, median[category], { atLeast: 100 })),
      budget(`${name}: LCP`, median.lcpMs, { atMost: lcpLimit(name), unit: "ms" }),
      budget(`${name}: TBT`, median.tbtMs, { atMost: limits.tbtMs, unit: "ms" }),
      budget(`${name}: CLS`, median.cls, { atMost: limits.cls }),
    ]);
  printBudgets(budgets);
  if (busy()) console.warn("\nWarning: the machine was busy during the runs (see load1 per run in the JSON).");
  writeResult("lighthouse", {
    runs,
    frameworkFloorScriptBytes: floor,
    pages: results,
    budgets,
  });
  if (budgets.some((line) => line.result !== "PASS")) process.exitCode = 1;
} finally {
  await withoutScripts?.stop();
  await baseline?.stop();
  await server.stop();
}

/** The project's own production build; built first when there is none (or with --build). */
async function existingBuild() {
  const buildId = path.join(projectRoot, ".next", "BUILD_ID");
  if (option("build") || !existsSync(buildId)) {
    console.log("Building (npm run build) …");
    const result = await runMeasured("npm", ["run", "build"], {
      cwd: projectRoot,
      env: buildEnv(),
      timeoutMs: 15 * 60_000,
    });
    if (result.code !== 0) {
      console.error(result.output.slice(-6000));
      throw new Error("npm run build failed.");
    }
  } else {
    console.log(`Using the existing build from ${statSync(buildId).mtime.toISOString()} (--build to rebuild).`);
  }
  return projectRoot;
}

/**
 * Lighthouse sometimes fails to record a trace (NO_NAVSTART, NO_FCP) on a loaded machine; such a run
 * measures nothing, so it is repeated (at most twice) instead of ending the whole bench.
 */
async function auditWithRetry(url, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await audit(url);
    } catch (error) {
      if (error?.name !== "LighthouseRuntimeError" || attempt >= attempts) throw error;
      process.stderr.write(`  ${error.message}: running it again\n`);
    }
  }
}

/** A run in which Lighthouse recorded nothing usable (its `runtimeError`). */
function runtimeError(url, { code, message }) {
  const error = new Error(`${url}: ${code} ${message}`);
  error.name = "LighthouseRuntimeError";
  return error;
}

/** One Lighthouse run in a fresh Chromium: category scores (0–100) and the metrics of the budget. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: chromiumArgs,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw runtimeError(url, lhr.runtimeError);
    const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
    const summary = lhr.audits["resource-summary"]?.details?.items ?? [];
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const failing = categories.flatMap((category) =>
      lhr.categories[category].auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => ({
          category,
          id: ref.id,
          title: lhr.audits[ref.id].title,
          displayValue: lhr.audits[ref.id].displayValue,
        })),
    );
    return {
      ...scores,
      fcpMs: numeric("first-contentful-paint"),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      siMs: numeric("speed-index"),
      totalBytes: numeric("total-byte-weight"),
      load1: os.loadavg()[0],
      ...cpuTimeBlocking(result.artifacts?.Trace, url, lhr.configSettings.throttling.cpuSlowdownMultiplier),
      scriptBytes: summary.find((item) => item.resourceType === "script")?.transferSize ?? 0,
      failing,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Lighthouse times tasks by the wall clock, so on a shared, busy machine every task looks several
 * times longer than it is. The trace also records each task's thread CPU time, which contention
 * barely changes: from it, estimate what TBT would be on an idle machine of this CPU
 * (Σ max(0, cpu × slowdown − 50 ms) over the page's main-thread tasks). A diagnostic only; the
 * budget uses Lighthouse's own TBT.
 */
function cpuTimeBlocking(trace, url, slowdown) {
  const events = trace?.traceEvents;
  if (!events) return { tbtCpuEstMs: null, longestTaskCpuMs: null };
  // The page's main thread: where its HTML is parsed.
  const start = events.find((e) => e.name === "ParseHTML" && e.args?.beginData?.url === url);
  if (!start) return { tbtCpuEstMs: null, longestTaskCpuMs: null };
  const tasks = events.filter(
    (e) =>
      e.name === "RunTask" &&
      e.pid === start.pid &&
      e.tid === start.tid &&
      e.ts >= start.ts - 1e5 &&
      typeof e.tdur === "number",
  );
  return {
    tbtCpuEstMs: tasks.reduce((sum, task) => sum + Math.max(0, (task.tdur / 1000) * slowdown - 50), 0),
    longestTaskCpuMs: tasks.reduce((max, task) => Math.max(max, task.tdur / 1000), 0),
  };
}

function medianOf(samples) {
  const keys = Object.keys(samples[0]).filter((key) => key !== "failing");
  return Object.fromEntries(
    keys.map((key) => {
      const values = samples
        .map((sample) => sample[key])
        .filter((value) => value !== null)
        .sort((a, b) => a - b);
      return [key, values.length ? values[Math.floor((values.length - 1) / 2)] : null];
    }),
  );
}

/** Bytes of gzip JavaScript a first visit to `pagePath` downloads (every <script src>), or null if it is not there. */
async function scriptBytes(origin, pagePath) {
  const response = await fetch(origin + pagePath);
  if (!response.ok) return null;
  const html = await response.text();
  // Modern browsers skip the nomodule polyfill; count what they download.
  const sources = [
    ...new Set(
      [...html.matchAll(/<script\b[^>]*>/g)]
        .map((match) => match[0])
        .filter((tag) => !/\bnomodule\b/i.test(tag))
        .map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1])
        .filter(Boolean),
    ),
  ];
  let total = 0;
  for (const source of sources) total += await wireBytes(new URL(source, origin));
  return total;
}

/** Body bytes as sent with gzip accepted (fetch() would decompress and hide them). */
function wireBytes(url) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
      response.on("error", reject);
    }).on("error", reject);
  });
}

function lighthouseVersion() {
  const file = path.join(projectRoot, "node_modules/lighthouse/package.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : "";
}
