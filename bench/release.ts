/**
 * `npm run bench:release [-- --articles=1000 --skip-large]`: `npm run release` on a server's layout
 * (git checkout, two slots behind the shipped nginx, real SMTP), timed: a release of today's
 * content, the switch alone, a rollback, a release with +N synthetic articles. A poller loads the
 * seed article through nginx 20 times a second all along: the requests failed during each (goal
 * 0), and the p99 latency in the seconds around each switch next to the p99 with no release
 * running. Goals: switch ≤ 5 s, rollback ≤ 10 s, release of today's content ≤ 90 s.
 * Run with tsx: it shares tests/support/{release,nginx,smtp}.ts with the end-to-end test.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startShippedNginx, request } from "../tests/support/nginx";
import { makeReleaseSite } from "../tests/support/release";
import { TestSmtpServer } from "../tests/support/smtp";
import { budget, option, percentile, printBudgets, printMachine, printTable, writeResult } from "./lib/report.mjs";
import { writeSyntheticArticles } from "./lib/synthetic-articles.mjs";

const article = "/articles/why-does-ketamine-therapy-work";
const extraArticles = Number(option("articles", 1000));

type Sample = { at: number; ms: number; ok: boolean };

printMachine();
const smtp = await TestSmtpServer.start();
let reload = "";
const site = await makeReleaseSite({ SMTP_URL: smtp.url, TRUST_PROXY: "1" }, () => reload);
const nginx = await startShippedNginx({ releaseRoot: site.root });
reload = nginx.reloadCommand;

const samples: Sample[] = [];
let polling = true;
const poller = (async () => {
  while (polling) {
    const started = performance.now();
    const at = Date.now();
    try {
      const answer = await request(`${nginx.httpsUrl}${article}`, { ca: nginx.ca });
      samples.push({ at, ms: performance.now() - started, ok: answer.status >= 200 && answer.status < 400 });
    } catch {
      samples.push({ at, ms: performance.now() - started, ok: false });
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
})();

const stepSeconds = (output: string, step: string) => {
  const match = new RegExp(`${step}: done in ([\\d.]+) s`).exec(output);
  return match ? Number(match[1]) : null;
};
const window = (from: number, to: number) => samples.filter((sample) => sample.at >= from && sample.at <= to);
const p99 = (list: Sample[]) =>
  percentile(
    list.map((sample) => sample.ms).sort((a, b) => a - b),
    99,
  );

const rows: Record<string, unknown>[] = [];
let firstLiveAt = Number.POSITIVE_INFINITY;
async function measure(name: string, args: string[]) {
  const startedAt = Date.now();
  const run = await site.release(...args);
  if (run.code !== 0) throw new Error(`${name} failed:\n${run.output}`);
  const since = Date.parse(site.state().live!.since);
  const during = window(startedAt, Date.now());
  const aroundSwitch = window(since - 2000, since + 5000);
  rows.push({
    what: name,
    "to live (s)": Math.round(run.seconds * 10) / 10,
    "switch step (s)": stepSeconds(run.output, "switch traffic"),
    "requests meanwhile": during.length,
    failed: during.filter((sample) => !sample.ok).length,
    "p99 around the switch (ms)": Math.round(p99(aroundSwitch) ?? 0),
  });
  return run;
}

try {
  await measure("first release (nothing live)", []);
  firstLiveAt = Date.parse(site.state().live!.since) + 2000;
  // No release running: the baseline latency, same poller, same nginx.
  const quietFrom = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const quiet = window(quietFrom, Date.now());
  rows.push({
    what: "no release running (10 s)",
    "requests meanwhile": quiet.length,
    failed: quiet.filter((sample) => !sample.ok).length,
    "p99 around the switch (ms)": Math.round(p99(quiet) ?? 0),
  });

  site.commit("One sentence changed", (repo) => {
    const file = path.join(repo, "content", "articles", "why-does-ketamine-therapy-work.mdx");
    writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\nA sentence from the benchmark.\n`);
  });
  const release = await measure("release, today's content", ["--by", "bench"]);
  const rollback = await measure("rollback", ["rollback"]);
  let large: Awaited<ReturnType<typeof measure>> | undefined;
  if (!option("skip-large", false)) {
    site.commit(`${extraArticles} synthetic articles`, (repo) => writeSyntheticArticles(repo, extraArticles));
    large = await measure(`release, +${extraArticles} articles`, []);
  }
  polling = false;
  await poller;

  printTable("npm run release (same run, same machine)", rows);
  // Before the first release nothing is live: those refusals are not failures of a release.
  const failed = samples.filter((sample) => !sample.ok && sample.at >= firstLiveAt).length;
  const budgets = [
    budget("release of today's content, to live", release.seconds, { atMost: 90, atLeast: undefined, unit: "s" }),
    budget("switch", stepSeconds(release.output, "switch traffic"), { atMost: 5, atLeast: undefined, unit: "s" }),
    budget("rollback, to live", rollback.seconds, { atMost: 10, atLeast: undefined, unit: "s" }),
    budget("requests failed once a release was live", failed, { atMost: 0, atLeast: undefined }),
  ];
  printBudgets(budgets);
  writeResult("release", {
    method:
      "A copy of the project committed to a temporary git checkout; npm run release with child-process slots behind the shipped nginx (HTTPS), real SMTP. One poller GETs the seed article through nginx every 50 ms.",
    rows,
    budgets,
    largeRelease: large?.seconds ?? null,
    samples: samples.length,
  });
  process.exitCode = budgets.some((line) => line.result === "FAIL") ? 1 : 0;
} finally {
  polling = false;
  await poller;
  await nginx.stop();
  await site.stop();
  await smtp.stop();
}
