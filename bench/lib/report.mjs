import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const projectRoot = path.resolve(benchDir, "..");
export const resultsDir = path.join(benchDir, "results");

/** Prints rows (objects) as an aligned text table; numbers right-aligned. */
export function printTable(title, rows, columns = Object.keys(rows[0] ?? {})) {
  if (title) console.log(`\n${title}`);
  if (rows.length === 0) {
    console.log("  (no rows)");
    return;
  }
  const cells = rows.map((row) => columns.map((column) => formatCell(row[column])));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i].length)));
  const numeric = columns.map((column) => rows.every((row) => row[column] == null || typeof row[column] === "number"));
  const line = (values) =>
    values.map((value, i) => (numeric[i] ? value.padStart(widths[i]) : value.padEnd(widths[i]))).join("  ");
  console.log(line(columns));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const values of cells) console.log(line(values));
}

function formatCell(value) {
  if (value == null) return "-";
  if (typeof value === "number") {
    if (Number.isInteger(value)) return value.toLocaleString("en-US");
    return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  }
  return String(value);
}

export const kB = (bytes) => Math.round((bytes / 1000) * 10) / 10;
/** Memory in MiB (2^20 bytes), as /proc and most tools count it. */
export const MB = (bytes) => Math.round(bytes / 2 ** 20);
export const seconds = (ms) => Math.round(ms / 100) / 10;

/** What the numbers were measured on; written into every result file. */
export function machine() {
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    memTotalGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    memFreeGB: Math.round((os.freemem() / 2 ** 30) * 10) / 10,
    loadavg: os.loadavg().map((load) => Math.round(load * 100) / 100),
    node: process.version,
  };
}

export function printMachine() {
  const m = machine();
  console.log(
    `${m.date} · ${m.nproc} cores (${m.cpu}) · ${m.memTotalGB} GB RAM, ${m.memFreeGB} GB free · load ${m.loadavg.join(" ")} · node ${m.node}`,
  );
  if (m.loadavg[0] > m.nproc * 0.75) {
    console.log(
      `Warning: the machine is busy (load ${m.loadavg[0]} on ${m.nproc} cores): expect slower, noisier numbers.`,
    );
  }
}

/** A budget line: { name, actual, limit, unit, pass }. `atMost` unless `atLeast` is given. */
export function budget(name, actual, { atMost, atLeast, unit = "" }) {
  const pass = actual != null && (atMost != null ? actual <= atMost : actual >= atLeast);
  return {
    budget: name,
    actual: actual == null ? null : Math.round(actual * 100) / 100,
    limit: `${atMost != null ? "≤" : "≥"} ${atMost ?? atLeast}${unit ? ` ${unit}` : ""}`,
    result: pass ? "PASS" : "FAIL",
  };
}

export function printBudgets(budgets) {
  printTable("Budgets", budgets, ["budget", "actual", "limit", "result"]);
}

/** Writes bench/results/<name>.json (git-ignored) and says where. */
export function writeResult(name, data) {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ bench: name, machine: machine(), ...data }, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), file) || file}`);
  return file;
}

/** Reads --name=value / --flag arguments. */
export function option(name, fallback) {
  const prefix = `--${name}=`;
  const found = process.argv.find((arg) => arg === `--${name}` || arg.startsWith(prefix));
  if (found === undefined) return fallback;
  return found === `--${name}` ? true : found.slice(prefix.length);
}

export function percentile(sortedValues, p) {
  if (sortedValues.length === 0) return null;
  const index = Math.min(sortedValues.length - 1, Math.max(0, Math.ceil((p / 100) * sortedValues.length) - 1));
  return sortedValues[index];
}
