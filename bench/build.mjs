/**
 * `npm run bench:build [-- --full] [-- --sizes=10,100] [-- --check-only] [-- --baseline=<commit>]`:
 * production build time and memory with N synthetic articles (N = 10, 100, 1,000; 10,000 with
 * --full), each in a fresh temporary copy of the project, plus `content:check` alone (cold, and
 * warm after one file changed) for the same N; with --baseline, the same check of that commit
 * on the same articles in the same run. See bench/README.md.
 */
import { appendFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { runMeasured } from "./lib/proc.mjs";
import {
  budget,
  MB,
  option,
  printBudgets,
  printMachine,
  printTable,
  projectRoot,
  seconds,
  writeResult,
} from "./lib/report.mjs";
import { baselineCheckout, benchTmp, buildEnv, copyProject } from "./lib/site.mjs";
import { writeSyntheticArticles } from "./lib/synthetic-articles.mjs";

const full = option("full", false);
const sizes = String(option("sizes", full ? "10,100,1000,10000" : "10,100,1000"))
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const keep = option("keep", false);
const checkOnly = option("check-only", false);
const baselineCommit = option("baseline", "");
// Generous time limits: a run that hits one is reported as failed, never left running.
const timeLimitMs = (n) => Math.max(10 * 60_000, n * 240);

printMachine();
const dir = benchTmp("build");
const baselineDir = benchTmp("build-baseline");
const baseline = baselineCommit ? await baselineCheckout(baselineCommit) : null;
const runs = [];
try {
  for (const n of sizes) {
    console.log(`\nN = ${n}: copying the project to ${dir} and writing ${n} articles …`);
    const { words, check, warm } = await measureCheck(dir, n, projectRoot);
    const base = baseline
      ? await measureCheck(baselineDir, n, baseline.dir, `baseline ${baseline.full.slice(0, 7)}`)
      : null;
    if (checkOnly) {
      runs.push({
        n,
        wordsPerArticle: Math.round(words / n),
        ok: true,
        ...checkFields(check, warm),
        baseline: base && checkFields(base.check, base.warm),
      });
      continue;
    }
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
      ...checkFields(check, warm),
      baseline: base && checkFields(base.check, base.warm),
      buildMs: build.wallMs,
      buildPeakRssBytes: build.peakRssBytes,
      phases: phasesOf(build.output),
      output: build.output.slice(-20_000),
    });
  }
} finally {
  if (!keep) for (const folder of [dir, baselineDir]) rmSync(folder, { recursive: true, force: true });
}

/** content:check of a fresh copy of `root` with n synthetic articles: cold, then after one file changed. */
async function measureCheck(folder, n, root, label = "this tree") {
  copyProject(folder, { root });
  rmSync(path.join(folder, ".next"), { recursive: true, force: true });
  const { words } = writeSyntheticArticles(folder, n);
  // Cold: no cache from an earlier run (it lives in node_modules/.cache, kept between copies).
  rmSync(path.join(folder, "node_modules", ".cache", "shamynds"), { recursive: true, force: true });
  const options = { cwd: folder, env: buildEnv(), timeoutMs: timeLimitMs(n) };
  const check = await runMeasured("npm", ["run", "content:check"], options);
  // Warm: what staff wait for after saving one file.
  const changed = path.join(
    folder,
    "content",
    "articles",
    readdirSync(path.join(folder, "content", "articles")).sort()[0],
  );
  appendFileSync(changed, "\nOne more sentence after an edit.\n");
  const warm = await runMeasured("npm", ["run", "content:check"], options);
  console.log(
    `  content:check (${label}) cold: ${seconds(check.wallMs)} s, peak ${MB(check.peakRssBytes)} MB, exit ${check.code}; ` +
      `warm (one file changed): ${seconds(warm.wallMs)} s, exit ${warm.code}`,
  );
  return { words, check, warm };
}

function checkFields(check, warm) {
  return {
    checkMs: check.wallMs,
    checkPeakRssBytes: check.peakRssBytes,
    checkOk: check.code === 0,
    checkWarmMs: warm.wallMs,
    checkWarmOk: warm.code === 0,
  };
}

printTable(
  `content:check with N synthetic articles (+ the real content): cold (no cache), warm (one file changed)${
    baseline ? `, next to ${baseline.full.slice(0, 7)} on the same articles` : ""
  }`,
  runs.map((run) => ({
    N: run.n,
    "cold s": seconds(run.checkMs),
    "warm s": seconds(run.checkWarmMs),
    "peak MB": MB(run.checkPeakRssBytes),
    "ms/article": Math.round((run.checkMs / run.n) * 10) / 10,
    ...(run.baseline && {
      "baseline cold s": seconds(run.baseline.checkMs),
      "baseline warm s": seconds(run.baseline.checkWarmMs),
      "cold ÷ baseline": Math.round((run.checkMs / run.baseline.checkMs) * 100) / 100,
    }),
  })),
);
if (!checkOnly) {
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
        "prerender ms/page": prerenderPerPage(run),
      };
    }),
  );
}

const budgets = [];
const at = (n) => runs.find((run) => run.n === n);
if (at(1000))
  budgets.push(
    ...(checkOnly
      ? []
      : [
          budget("N=1,000: build wall time (s)", at(1000).ok ? seconds(at(1000).buildMs) : null, {
            atMost: 120,
            unit: "s",
          }),
        ]),
  );
if (at(1000)) {
  budgets.push(
    budget("N=1,000: content:check cold (s)", at(1000).checkOk ? seconds(at(1000).checkMs) : null, {
      atMost: 8,
      unit: "s",
    }),
    budget(
      "N=1,000: content:check warm, one file changed (s)",
      at(1000).checkWarmOk ? seconds(at(1000).checkWarmMs) : null,
      {
        atMost: 2,
        unit: "s",
      },
    ),
  );
}
if (!checkOnly && at(10000)) {
  budgets.push(
    budget("N=10,000: build wall time (s)", at(10000).ok ? seconds(at(10000).buildMs) : null, {
      atMost: 900,
      unit: "s",
    }),
    budget("N=10,000: peak RSS of the build tree (MB)", MB(at(10000).buildPeakRssBytes), { atMost: 4096, unit: "MB" }),
  );
}
// "About linear": what each article costs must not grow with N. The whole-build marginal cost is
// too noisy between small N (fixed costs of ~1 min vary by ±30 s on shared cores), so compare the
// per-page prerender time and the per-article content:check time of the largest N with N = 100
// (where fixed start-up costs still inflate the per-item figure: the check only catches growth).
const base = at(100);
const largest = runs.at(-1);
if (!checkOnly && base && largest && largest.n >= 1000 && base.ok && largest.ok) {
  const ratio = (a, b) => (a != null && b ? a / b : null);
  budgets.push(
    budget(
      `prerender ms/page, N=${largest.n.toLocaleString("en-US")} ÷ N=100 (linear ≤ 1)`,
      ratio(prerenderPerPage(largest), prerenderPerPage(base)),
      {
        atMost: 2,
      },
    ),
    budget(
      `content:check ms/article, N=${largest.n.toLocaleString("en-US")} ÷ N=100`,
      ratio(largest.checkMs / largest.n, base.checkMs / base.n),
      {
        atMost: 2,
      },
    ),
  );
}
const big = [at(100), at(1000), at(10000)];
if (!checkOnly && big.every((run) => run?.ok)) {
  const cost = (from, to) => (to.buildMs - from.buildMs) / (to.n - from.n);
  budgets.push(
    budget("marginal build ms/article, 1,000→10,000 ÷ 100→1,000", cost(big[1], big[2]) / cost(big[0], big[1]), {
      atMost: 2,
    }),
  );
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

function prerenderPerPage(run) {
  const { prerenderS, staticPages } = run.phases;
  return prerenderS != null && staticPages ? Math.round((prerenderS * 1000) / staticPages) : null;
}

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
