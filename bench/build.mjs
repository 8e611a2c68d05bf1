/**
 * `npm run bench:build [-- --full] [-- --sizes=10,100]`: production build time and memory with N
 * synthetic articles (N = 10, 100, 1,000; 10,000 with --full), each in a fresh temporary copy of
 * the project, plus `content:check` alone for the same N. See bench/README.md.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { runMeasured } from "./lib/proc.mjs";
import { budget, MB, option, printBudgets, printMachine, printTable, seconds, writeResult } from "./lib/report.mjs";
import { benchTmp, buildEnv, copyProject } from "./lib/site.mjs";
import { writeSyntheticArticles } from "./lib/synthetic-articles.mjs";

const full = option("full", false);
const sizes = String(option("sizes", full ? "10,100,1000,10000" : "10,100,1000"))
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const keep = option("keep", false);
// Generous time limits: a run that hits one is reported as failed, never left running.
const timeLimitMs = (n) => Math.max(10 * 60_000, n * 240);

printMachine();
const dir = benchTmp("build");
const runs = [];
try {
  for (const n of sizes) {
    console.log(`\nN = ${n}: copying the project to ${dir} and writing ${n} articles …`);
    copyProject(dir);
    rmSync(path.join(dir, ".next"), { recursive: true, force: true });
    const { words } = writeSyntheticArticles(dir, n);

    const check = await runMeasured("npm", ["run", "content:check"], {
      cwd: dir,
      env: buildEnv(),
      timeoutMs: timeLimitMs(n),
    });
    console.log(`  content:check: ${seconds(check.wallMs)} s, peak ${MB(check.peakRssBytes)} MB, exit ${check.code}`);
    const build = await runMeasured("npm", ["run", "build"], {
      cwd: dir,
      env: buildEnv(),
      timeoutMs: timeLimitMs(n),
    });
    console.log(`  npm run build: ${seconds(build.wallMs)} s, peak ${MB(build.peakRssBytes)} MB, exit ${build.code}`);
    const ok = build.code === 0 && !build.timedOut;
    if (!ok) console.error(`  build failed${build.timedOut ? " (time limit)" : ""}:\n${build.output.slice(-3000)}`);
    runs.push({
      n,
      wordsPerArticle: Math.round(words / n),
      ok,
      timedOut: build.timedOut,
      checkMs: check.wallMs,
      checkPeakRssBytes: check.peakRssBytes,
      checkOk: check.code === 0,
      buildMs: build.wallMs,
      buildPeakRssBytes: build.peakRssBytes,
      phases: phasesOf(build.output),
      output: build.output.slice(-20_000),
    });
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

printTable(
  "Production build (npm run build = content:check + next build) with N synthetic articles (+ the real content)",
  runs.map((run, i) => {
    const previous = runs[i - 1];
    return {
      N: run.n,
      result: run.ok ? "ok" : run.timedOut ? "TIME LIMIT" : "FAILED",
      "build s": seconds(run.buildMs),
      "peak RSS MB": MB(run.buildPeakRssBytes),
      "ms/article": Math.round(run.buildMs / run.n),
      "marginal ms/article": previous ? Math.round((run.buildMs - previous.buildMs) / (run.n - previous.n)) : null,
      "compile s": run.phases.compileS,
      "typecheck s": run.phases.typecheckS,
      "static pages": run.phases.staticPages,
      "prerender s": run.phases.prerenderS,
      "check s": seconds(run.checkMs),
      "check MB": MB(run.checkPeakRssBytes),
      "check ms/article": Math.round((run.checkMs / run.n) * 10) / 10,
    };
  }),
);

const budgets = [];
const at = (n) => runs.find((run) => run.n === n);
if (at(1000)) budgets.push(budget("N=1,000: build wall time (s)", at(1000).ok ? seconds(at(1000).buildMs) : null, { atMost: 120, unit: "s" }));
if (at(10000)) {
  budgets.push(
    budget("N=10,000: build wall time (s)", at(10000).ok ? seconds(at(10000).buildMs) : null, { atMost: 900, unit: "s" }),
    budget("N=10,000: peak RSS of the build tree (MB)", MB(at(10000).buildPeakRssBytes), { atMost: 4096, unit: "MB" }),
  );
}
// "About linear": the cost of each added article must not grow much with N. Compare the marginal
// cost of the last step with the step before (steps of 10× with a difference large enough to measure).
const steps = runs.slice(1).map((run, i) => ({ from: runs[i], to: run }));
const measurable = steps.filter(({ from, to }) => from.ok && to.ok && to.buildMs - from.buildMs > 5000);
if (measurable.length >= 2) {
  const [before, last] = measurable.slice(-2);
  const cost = ({ from, to }) => (to.buildMs - from.buildMs) / (to.n - from.n);
  budgets.push(
    budget(`marginal cost ${last.from.n}→${last.to.n} ÷ ${before.from.n}→${before.to.n} (linear ≈ 1)`, cost(last) / cost(before), {
      atMost: 2,
    }),
  );
} else {
  console.log("\n(Linearity: fewer than two steps with a measurable difference; run with --full for a verdict.)");
}
if (budgets.length > 0) printBudgets(budgets);

writeResult("build", {
  method:
    "Each N in a fresh copy of the project (sources + hard-linked node_modules, no .next): N synthetic ~1,500-word articles " +
    "are added to content/articles (the real ones stay), then `npm run content:check` and `npm run build` are timed; peak RSS is " +
    "the sum of VmRSS over the process tree, sampled every 250 ms from /proc.",
  runs,
  budgets,
});
process.exitCode = runs.every((run) => run.ok) && budgets.every((line) => line.result !== "FAIL") ? 0 : 1;

/** Phase times printed by next build, when present. */
function phasesOf(output) {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, "");
  const secondsOf = (pattern) => {
    const match = pattern.exec(clean);
    if (!match) return null;
    return match[2] === "ms" ? Number(match[1]) / 1000 : Number(match[1]) * (match[2] === "min" ? 60 : 1);
  };
  const pagesMatch = /Generating static pages using \d+ workers? \((\d+)\/(\d+)\)/g;
  let staticPages = null;
  for (const match of clean.matchAll(pagesMatch)) staticPages = Number(match[2]);
  return {
    compileS: secondsOf(/Compiled successfully in ([\d.]+)(ms|s|min)/),
    typecheckS: secondsOf(/Finished TypeScript in ([\d.]+)(ms|s|min)/),
    prerenderS: secondsOf(/Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(ms|s|min)/),
    staticPages,
  };
}
