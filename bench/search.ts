/**
 * `npm run bench:search [-- --articles=1000 --connections=10 --duration=10 --skip-large --rebuild]`:
 * requests per second and latency of the search route (`/search?q=…` and `/es/buscar?q=…`, a mix
 * of queries) next to a prerendered page (`/`) in the same run, on `next start` of today's content
 * and of today's content plus N synthetic articles; the index's size and build time (from the
 * build's "Search index:" line), and the pure search function's own time per query on each index.
 * Goal: search p99 ≤ 20 ms on 2 cores, one connection. Run with tsx: it loads lib/search to time the function.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { loadIndex } from "../lib/search/index";
import { normalizeQuery } from "../lib/search/query";
import { search } from "../lib/search/search";
import { cpuTimeMs } from "./lib/proc.mjs";
import { budget, option, percentile, printBudgets, printMachine, printTable, writeResult } from "./lib/report.mjs";
import { benchTmp, buildEnv, copyProject, preparedSite, sourceFingerprint, startNext } from "./lib/site.mjs";
import { writeSyntheticArticles } from "./lib/synthetic-articles.mjs";

const extraArticles = Number(option("articles", 1000));
const connections = Number(option("connections", 10));
const duration = Number(option("duration", 10));
const warmupSeconds = Number(option("warmup", 3));
const skipLarge = Boolean(option("skip-large", false));
const rebuild = Boolean(option("rebuild", false));

/** What people might type: common words, two-word questions, a typo, a prefix, a crisis, nothing found, 200 characters. */
const queries = {
  en: [
    "ketamine",
    "side effects",
    "cost insurance",
    "what to expect",
    "spravato esketamine",
    "depression anxiety ptsd",
    "ketamine suicidal thoughts",
    "referral records",
    "insurence",
    "keta",
    "treatments",
    "zzqxv wplmt",
    `ketamine ${"therapy session ".repeat(12)}`,
  ],
  es: ["depresion", "ketamina efectos secundarios", "qué esperar", "sesiones", "quiero morir"],
};
const searchRequests = [
  ...queries.en.map((q) => ({ method: "GET", path: `/search?q=${encodeURIComponent(q)}` })),
  ...queries.es.map((q) => ({ method: "GET", path: `/es/buscar?q=${encodeURIComponent(q)}` })),
];

type Row = Record<string, string | number | null>;
const rows: Row[] = [];
const functionRows: Row[] = [];
const indexRows: Row[] = [];

printMachine();
const sites = [{ name: "today's content", dir: await preparedSite({ rebuild }), articles: 0 }];
if (!skipLarge) sites.push({ name: `+${extraArticles} articles`, dir: await largeSite(), articles: extraArticles });

for (const site of sites) {
  indexRows.push(...indexFacts(site.name, site.dir));
  functionRows.push(...timeSearchFunction(site.name, site.dir));
  const next = await startNext(site.dir);
  try {
    for (const response of await Promise.all(searchRequests.slice(0, 3).map((r) => fetch(next.url + r.path)))) {
      if (response.status !== 200) throw new Error(`${response.url} answered ${response.status}`);
      await response.arrayBuffer();
    }
    rows.push(await load(site.name, "/ (prerendered)", next.url, [{ method: "GET", path: "/" }], next.pid));
    rows.push(await load(site.name, "search (mix)", next.url, searchRequests, next.pid));
    rows.push(await load(site.name, "search, 1 connection", next.url, searchRequests, next.pid, 1));
  } finally {
    await next.stop();
  }
}

printTable("Search index (written by npm run build)", indexRows);
printTable("The search function alone (lib/search/search.ts, in this process, each query 200 times)", functionRows);
printTable(
  `next start: ${connections} connections (or 1), ${duration} s each after a ${warmupSeconds} s warm-up; search = ${searchRequests.length} queries in turn`,
  rows,
);

// The goal is the latency one person sees (one connection): under load every request also waits
// for the ones before it, so the loaded rows' p99 is mostly queueing (10 ÷ req/s), for any route.
const budgets = [];
for (const site of sites) {
  const alone = rows.find((r) => r.content === site.name && r.what === "search, 1 connection")!;
  const loaded = rows.find((r) => r.content === site.name && r.what === "search (mix)")!;
  budgets.push(
    budget(`${site.name}: search p99, one connection`, Number(alone["p99 ms"]), {
      atMost: 20,
      atLeast: undefined,
      unit: "ms",
    }),
  );
  budgets.push(
    budget(`${site.name}: search errors`, Number(alone.errors) + Number(loaded.errors), {
      atMost: 0,
      atLeast: undefined,
    }),
  );
}
printBudgets(budgets);
writeResult("search", {
  method:
    `autocannon in this process, ${connections} connections (and 1) × ${duration} s after a ${warmupSeconds} s warm-up, ` +
    `no compression; the search rows cycle through ${searchRequests.length} queries (English and Spanish). ` +
    "cpuMsPerRequest = utime+stime of next start's process tree during the run ÷ requests. " +
    "Index facts from the build's own output (scripts/search-index.ts). The function rows time search() on the built index in this process.",
  connections,
  durationSeconds: duration,
  indexRows,
  functionRows,
  rows,
  budgets,
});
process.exitCode = budgets.every((line) => line.result !== "FAIL") ? 0 : 1;

/** Today's sources plus N synthetic articles, built once and reused while the sources are unchanged. */
async function largeSite(): Promise<string> {
  const dir = benchTmp(`search-${extraArticles}`);
  const stamp = `${sourceFingerprint()}:${extraArticles}`;
  const stampFile = path.join(dir, ".bench-search-stamp");
  if (
    !rebuild &&
    existsSync(path.join(dir, ".next", "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === stamp
  ) {
    console.log(`Using the build with +${extraArticles} articles in ${dir}.`);
    return dir;
  }
  console.log(`Building today's sources with +${extraArticles} articles in ${dir} (npm run build) …`);
  copyProject(dir);
  writeSyntheticArticles(dir, extraArticles);
  const started = performance.now();
  const build = spawnSync("npm", ["run", "build"], {
    cwd: dir,
    env: buildEnv(),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 40 * 60_000,
  });
  const output = `${build.stdout}${build.stderr}`;
  if (build.status !== 0) {
    console.error(output.slice(-6000));
    throw new Error(`npm run build with +${extraArticles} articles failed in ${dir}`);
  }
  writeFileSync(stampFile, stamp);
  console.log(`Built in ${Math.round((performance.now() - started) / 1000)} s.`);
  return dir;
}

/**
 * Documents, size and build time of each language's index: the build's own step run again in the
 * built folder (it rewrites the same files), so today's content and +N are timed alike.
 */
function indexFacts(content: string, dir: string): Row[] {
  const step = (cold: boolean) => {
    // Cold: every file parsed (a first build); warm: the documents of unchanged files reused.
    if (cold) rmSync(path.join(dir, "node_modules", ".cache", "shamynds", "search-documents.json"), { force: true });
    const run = spawnSync(
      process.execPath,
      [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/search-index.ts"],
      { cwd: dir, env: buildEnv({ NODE_ENV: "production" }), encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`scripts/search-index.ts failed in ${dir}:\n${run.stdout}${run.stderr}`);
    console.log(`${content}, ${cold ? "cold" : "warm"}: ${run.stdout.trim()}`);
    return run.stdout;
  };
  const cold = step(true);
  const warm = step(false);
  const ms = (log: string, language: string) => {
    const line = new RegExp(`${language}: \\d+ documents, \\d+ kB, (\\d+) ms`).exec(log);
    return line ? Number(line[1]) : null;
  };
  return (["en", "es"] as const).map((language) => {
    const file = path.join(dir, ".next", "search-index", `${language}.json`);
    const data = JSON.parse(readFileSync(file, "utf8")) as { documents: unknown[] };
    return {
      content,
      language,
      documents: data.documents.length,
      "kB on disk": Math.round(statSync(file).size / 1024),
      "cold build ms": ms(cold, language),
      "warm build ms": ms(warm, language),
    };
  });
}

function timeSearchFunction(content: string, dir: string): Row[] {
  return (["en", "es"] as const).map((language) => {
    const file = path.join(dir, ".next", "search-index", `${language}.json`);
    const started = performance.now();
    const index = loadIndex(readFileSync(file, "utf8"), language, file);
    const loadMs = performance.now() - started;
    const times: number[] = [];
    for (let round = 0; round < 200; round++) {
      for (const query of queries[language]) {
        const begun = performance.now();
        search(index, normalizeQuery(query));
        times.push(performance.now() - begun);
      }
    }
    times.sort((a, b) => a - b);
    return {
      content,
      language,
      "load ms": Math.round(loadMs),
      "p50 ms": round(percentile(times, 50)),
      "p99 ms": round(percentile(times, 99)),
      "max ms": round(times.at(-1) ?? null),
    };
  });
}

async function load(
  content: string,
  what: string,
  origin: string,
  requests: object[],
  pid: number | undefined,
  count = connections,
) {
  const run = (seconds: number, conns: number) =>
    new Promise<{
      requests: { average: number; total: number };
      latency: { p50: number; p99: number };
      errors: number;
      non2xx: number;
    }>((resolve, reject) =>
      autocannon(
        { url: origin, requests, connections: conns, duration: seconds, timeout: 10 },
        (error: unknown, result: never) => (error ? reject(error) : resolve(result)),
      ),
    );
  if (warmupSeconds > 0) await run(warmupSeconds, Math.min(count, 10));
  const cpuBefore = pid ? cpuTimeMs(pid, { tree: true }) : 0;
  const result = await run(duration, count);
  const cpuMs = pid ? cpuTimeMs(pid, { tree: true }) - cpuBefore : 0;
  return {
    content,
    what,
    connections: count,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    errors: result.errors + result.non2xx,
    "CPU ms/req": round(result.requests.total > 0 ? cpuMs / result.requests.total : null),
  };
}

function round(value: number | null | undefined): number | null {
  return value == null ? null : Math.round(value * 100) / 100;
}
