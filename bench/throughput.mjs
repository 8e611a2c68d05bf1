/**
 * `npm run bench:throughput [-- --rebuild --duration=10 --connections=50 --baseline=c58a632]`:
 * requests per second of next start on the seed article and the home page, in the same run as
 * next start of a baseline commit (default c58a632, before content pages became documents;
 * `--baseline=none` skips it) and nginx serving the same prerendered HTML (on-the-fly gzip, and
 * gzip_static). See bench/README.md.
 */
import autocannon from "autocannon";
import { findNginx, nginxHelp, startNginx } from "./lib/nginx.mjs";
import { cpuTimeMs } from "./lib/proc.mjs";
import { budget, option, printBudgets, printMachine, printTable, writeResult } from "./lib/report.mjs";
import { baselineSite, preparedSite, startNext } from "./lib/site.mjs";

const seedPath = "/articles/why-does-ketamine-therapy-work";
const targets = [
  { name: "seed article", path: seedPath },
  { name: "home", path: "/" },
];
const connections = Number(option("connections", 50));
const duration = Number(option("duration", 10));
const warmupSeconds = Number(option("warmup", 3));
const headers = { "accept-encoding": "gzip" };
const baselineCommit = option("baseline", "c58a632");

printMachine();
const dir = await preparedSite({ rebuild: option("rebuild", false) });
const rows = [];
const pages = {};

const next = await startNext(dir);
try {
  for (const target of targets) {
    const response = await fetch(next.url + target.path);
    if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}`);
    pages[target.path] = await response.text();
    rows.push(await load("next start", next.url, target, next.pid));
  }
} finally {
  await next.stop();
}

if (baselineCommit !== "none") {
  const baseline = await startNext(await baselineSite(baselineCommit));
  try {
    for (const target of targets)
      rows.push(await load(`next start ${baselineCommit}`, baseline.url, target, baseline.pid));
  } finally {
    await baseline.stop();
  }
}

const nginxBinary = findNginx();
if (nginxBinary) {
  const nginx = await startNginx(nginxBinary, pages, { workers: 2, gzipLevel: 6 });
  try {
    for (const target of targets)
      rows.push(await load("nginx gzip on the fly", nginx.urls.onTheFly, target, nginx.pid));
    for (const target of targets) rows.push(await load("nginx gzip_static", nginx.urls.static, target, nginx.pid));
  } finally {
    await nginx.stop();
  }
} else {
  console.log(`\n${nginxHelp}\nSkipping the nginx rows and the ratio budget.`);
}

const reference = (server, path) => rows.find((row) => row.server === server && row.path === path);
for (const row of rows) {
  const onTheFly = reference("nginx gzip on the fly", row.path);
  const preGzipped = reference("nginx gzip_static", row.path);
  row.vsNginxGzip = onTheFly ? row.reqPerSec / onTheFly.reqPerSec : null;
  row.vsNginxStatic = preGzipped ? row.reqPerSec / preGzipped.reqPerSec : null;
  const before = reference(`next start ${baselineCommit}`, row.path);
  row.vsBaseline = before ? row.reqPerSec / before.reqPerSec : null;
  // Requests per CPU-second relative to nginx on the fly: what the req/s ratio would be if both
  // were limited only by their own CPU time (robust when other programs share the cores).
  row.cpuVsNginxGzip =
    onTheFly?.cpuMsPerRequest && row.cpuMsPerRequest ? onTheFly.cpuMsPerRequest / row.cpuMsPerRequest : null;
}

printTable(
  `Throughput: ${connections} connections, ${duration} s each after a ${warmupSeconds} s warm-up, Accept-Encoding: gzip`,
  rows.map((row) => ({
    server: row.server,
    page: row.page,
    "req/s": Math.round(row.reqPerSec),
    "p50 ms": row.p50,
    "p99 ms": row.p99,
    errors: row.errors,
    "kB/resp": Math.round(row.bytesPerResponse / 100) / 10,
    encoding: row.encoding,
    "× baseline": round(row.vsBaseline),
    "× nginx gzip": round(row.vsNginxGzip),
    "× nginx static": round(row.vsNginxStatic),
    "CPU ms/req": round(row.cpuMsPerRequest),
    "CPU-eff × nginx gzip": round(row.cpuVsNginxGzip),
  })),
);
console.log(
  "CPU ms/req: CPU time (user+system) of the server's processes per request served; " +
    "CPU-eff × nginx gzip = nginx's CPU ms/req ÷ this row's (≈ the req/s ratio on otherwise idle cores).",
);

const budgets = [];
for (const target of targets) {
  const ours = reference("next start", target.path);
  budgets.push(budget(`${target.name}: errors at ${connections} connections`, ours.errors, { atMost: 0 }));
  if (target.path === seedPath && baselineCommit !== "none") {
    budgets.push(
      budget(`${target.name}: req/s ÷ next start of ${baselineCommit}`, round(ours.vsBaseline), { atLeast: 1.5 }),
    );
  }
  if (nginxBinary) {
    budgets.push(
      budget(`${target.name}: next req/s ÷ nginx on-the-fly gzip req/s`, round(ours.vsNginxGzip), { atLeast: 0.25 }),
    );
  } else {
    budgets.push({ budget: `${target.name}: next ÷ nginx`, actual: null, limit: "≥ 0.25", result: "SKIP (no nginx)" });
  }
}
printBudgets(budgets);

writeResult("throughput", {
  method:
    `autocannon ${connections} connections × ${duration} s per row after a ${warmupSeconds} s warm-up, ` +
    "Accept-Encoding: gzip, load generator in this process on the same machine; nginx serves the HTML fetched from next start, " +
    "2 workers, gzip_comp_level 6 on the fly (next start's level), or gzip_static files made at level 9. " +
    "cpuMsPerRequest = utime+stime of the server's process tree (from /proc) during the measured run ÷ requests.",
  connections,
  durationSeconds: duration,
  rows,
  budgets,
});
process.exitCode = budgets.every((line) => line.result !== "FAIL") ? 0 : 1;

function round(value) {
  return value == null ? null : Math.round(value * 100) / 100;
}

async function load(server, origin, target, pid) {
  const url = origin + target.path;
  const check = await fetch(url, { headers });
  await check.arrayBuffer();
  const encoding = check.headers.get("content-encoding") ?? "none";
  if (warmupSeconds > 0) await run({ url, connections: Math.min(connections, 10), duration: warmupSeconds });
  const cpuBefore = cpuTimeMs(pid, { tree: true });
  const result = await run({ url, connections, duration });
  const cpuMs = cpuTimeMs(pid, { tree: true }) - cpuBefore;
  const errors = result.errors + result.non2xx;
  const row = {
    server,
    page: target.name,
    path: target.path,
    reqPerSec: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    encoding,
    cpuMsPerRequest: result.requests.total > 0 ? cpuMs / result.requests.total : null,
  };
  console.log(`  ${server} ${target.path}: ${Math.round(row.reqPerSec)} req/s, p99 ${row.p99} ms, ${errors} errors`);
  return row;
}

function run({ url, connections: count, duration: seconds }) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: count, duration: seconds, headers, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}
