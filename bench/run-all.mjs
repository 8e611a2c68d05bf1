/**
 * `npm run bench [-- --rebuild --full --only=weight,consult --skip=build]`: every benchmark, one
 * after the other (they must not share the two cores), then one summary of their budgets.
 * The production build they share is made once, first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { benchDir, option, printMachine, printTable, resultsDir } from "./lib/report.mjs";
import { preparedSite } from "./lib/site.mjs";

const all = [
  { name: "weight", args: [] },
  { name: "throughput", args: [] },
  // Written separately; audits the same temporary build as the others with --fresh.
  { name: "lighthouse", args: ["--fresh"] },
  { name: "consult", args: [] },
  { name: "build", args: option("full", false) ? ["--full"] : [] },
  // TypeScript (shares tests/support with the e2e test): run through tsx.
  { name: "release", args: [], typescript: true },
  { name: "studio", args: [], typescript: true },
  { name: "search", args: [], typescript: true },
];
const only = option("only", "");
const skip = String(option("skip", "")).split(",");
const selected = all
  .filter((bench) => existsSync(path.join(benchDir, `${bench.name}.${bench.typescript ? "ts" : "mjs"}`)))
  .filter((bench) => (only ? String(only).split(",").includes(bench.name) : true))
  .filter((bench) => !skip.includes(bench.name));

printMachine();
console.log(`Benchmarks: ${selected.map((bench) => bench.name).join(", ")}`);
if (selected.some((bench) => bench.name !== "build")) await preparedSite({ rebuild: option("rebuild", false) });

const summary = [];
for (const bench of selected) {
  console.log(`\n=== bench:${bench.name} ===`);
  const started = performance.now();
  const script = bench.typescript
    ? [path.join(benchDir, "..", "node_modules", "tsx", "dist", "cli.mjs"), path.join(benchDir, `${bench.name}.ts`)]
    : [path.join(benchDir, `${bench.name}.mjs`)];
  const run = spawnSync(process.execPath, [...script, ...bench.args], {
    stdio: "inherit",
  });
  const minutes = Math.round((performance.now() - started) / 6000) / 10;
  const budgets = readBudgets(bench.name, started);
  const failed = budgets.filter((line) => line.result === "FAIL").map((line) => line.budget);
  summary.push({
    bench: bench.name,
    exit: run.status ?? run.signal,
    minutes,
    budgets: budgets.length,
    passed: budgets.filter((line) => line.result === "PASS").length,
    failed: failed.length > 0 ? failed.join("; ") : "-",
  });
}
printTable("Summary", summary);
process.exitCode = summary.every((row) => row.exit === 0) ? 0 : 1;

/** The budgets a bench wrote to its result file during this run (an older file does not count). */
function readBudgets(name, startedAt) {
  try {
    const data = JSON.parse(readFileSync(path.join(resultsDir, `${name}.json`), "utf8"));
    const written = Date.parse(data.machine?.date ?? data.date ?? 0);
    if (Number.isFinite(written) && written < Date.now() - (performance.now() - startedAt) - 1000) return [];
    return Array.isArray(data.budgets) ? data.budgets : [];
  } catch {
    return [];
  }
}
