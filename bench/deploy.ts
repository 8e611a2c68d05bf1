/**
 * `npm run bench:deploy [-- --here --duration=10 --connections=50]`: requests per second of the
 * seed article through the shipped deploy/nginx/shamynds.conf (HTTPS, brotli, nginx's 1-second
 * page cache in front of next start) against the same nginx serving the same HTML as a file
 * (same TLS, same compression). Budget: ≥ 0.8× the file. `--here` uses this checkout's .next
 * instead of a fresh build in a copy. Run with tsx: it shares tests/support/nginx.ts with the e2e test.
 */
import autocannon from "autocannon";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../tests/support/ports";
import { startShippedNginx } from "../tests/support/nginx";
import { budget, option, printBudgets, printMachine, printTable, projectRoot, writeResult } from "./lib/report.mjs";
import { preparedSite, startNext } from "./lib/site.mjs";

// The bench's own self-signed certificate (made by startShippedNginx): trusted for this process only.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
const seedPath = "/articles/why-does-ketamine-therapy-work";
const connections = Number(option("connections", 50));
const duration = Number(option("duration", 10));
const headers = { "accept-encoding": "br, gzip" };

printMachine();
const dir = option("here", false) ? projectRoot : await preparedSite({ rebuild: option("rebuild", false) });
const next = await startNext(dir);
const www = mkdtempSync(path.join(os.tmpdir(), "shamynds-bench-www-"));
// nginx's workers run as "nobody" when the master is root: they must be able to read the file.
chmodSync(www, 0o755);
let nginx: Awaited<ReturnType<typeof startShippedNginx>> | undefined;
try {
  const html = await (await fetch(next.url + seedPath)).text();
  mkdirSync(path.join(www, "articles"), { recursive: true, mode: 0o755 });
  writeFileSync(path.join(www, "articles", "why-does-ketamine-therapy-work.html"), html, { mode: 0o644 });
  const filePort = await freePort();
  nginx = await startShippedNginx(next.port, {
    extraPort: filePort,
    // The reference: the same TLS and compression settings as the shipped server, HTML from a file.
    extraServer: ({ cert, key, port }) => `server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${cert};
    ssl_certificate_key ${key};
    ssl_session_cache shared:bench_tls:10m;
    root ${www};
    brotli on;
    brotli_comp_level 5;
    gzip on;
    gzip_comp_level 6;
    location / { default_type text/html; try_files $uri.html =404; }
}`,
  });
  const rows = [];
  for (const [server, origin] of [
    ["shipped config (proxy + cache)", nginx.httpsUrl],
    ["same nginx, HTML from a file", `https://127.0.0.1:${filePort}`],
  ] as const) {
    const check = await fetch(origin + seedPath, { headers });
    if (check.status !== 200) throw new Error(`${server}: ${check.status}`);
    await check.arrayBuffer();
    await autocannon({ url: origin + seedPath, headers, connections: 10, duration: 2 });
    const result = await autocannon({ url: origin + seedPath, headers, connections, duration });
    rows.push({
      server,
      encoding: check.headers.get("content-encoding") ?? "none",
      cache: check.headers.get("x-cache") ?? "",
      reqPerSec: Math.round(result.requests.average),
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
    });
    console.log(`  ${server}: ${Math.round(result.requests.average)} req/s`);
  }
  printTable("Seed article over HTTPS (br), same nginx", rows);
  const ratio = rows[0]!.reqPerSec / rows[1]!.reqPerSec;
  const budgets = [
    budget("shipped config vs file", Math.round(ratio * 100) / 100, { atMost: undefined, atLeast: 0.8, unit: "×" }),
  ];
  printBudgets(budgets);
  writeResult("deploy", { method: { connections, duration, headers }, rows, ratio, budgets });
  if (budgets.some((entry) => entry.result === "FAIL")) process.exitCode = 1;
} finally {
  await nginx?.stop();
  await next.stop();
  rmSync(www, { recursive: true, force: true });
}
