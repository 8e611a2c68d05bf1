import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, runMeasured, sleep, startGroup } from "./proc.mjs";
import { projectRoot } from "./report.mjs";

/**
 * The benchmarks never build into the project's own .next (it may belong to `next dev`, to the
 * e2e tests or be stale). They build a copy of the project in a temporary folder instead, with one
 * extra route, /bench-empty (an empty <main/> inside the root layout), that is never added to
 * the real app. The copy is reused by every bench while the sources are unchanged.
 */

/** Top-level names never copied: outputs, dependencies, secrets and local data. */
const skipTopLevel = new Set([
  "node_modules",
  ".next",
  ".git",
  ".data",
  "test-results",
  "playwright-report",
  "tsconfig.tsbuildinfo",
]);

function shouldCopy(relative) {
  const parts = relative.split(path.sep);
  if (skipTopLevel.has(parts[0])) return false;
  // The benches themselves are not part of the site (and editing them must not force a rebuild).
  if (parts[0] === "bench") return false;
  // Local .env files may point at real mail servers or databases: benches pass env explicitly.
  if (parts.length === 1 && parts[0].startsWith(".env")) return false;
  return true;
}

export const emptyRoute = {
  // Inside (en): with two root layouts every page must sit under one of them.
  file: "app/(en)/bench-empty/page.tsx",
  source: `// Added by bench/ to its build copy only: the framework floor (root layout, empty page).
export const metadata = { robots: { index: false } };

export default function BenchEmptyPage() {
  return <main />;
}
`,
};

function listProjectFiles(root, relative = "", out = []) {
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const child = path.join(relative, entry.name);
    if (!shouldCopy(child)) continue;
    if (entry.isDirectory()) listProjectFiles(root, child, out);
    else if (entry.isFile()) out.push(child);
  }
  return out;
}

/** Changes whenever a source file, the dependency tree or this bench's extra route changes. */
export function sourceFingerprint(root = projectRoot) {
  const hash = createHash("sha256");
  for (const file of listProjectFiles(root).sort()) {
    const stat = statSync(path.join(root, file));
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  hash.update(nodeModulesStamp(root));
  hash.update(emptyRoute.source);
  return hash.digest("hex").slice(0, 16);
}

function nodeModulesStamp(root) {
  const lock = path.join(root, "node_modules", ".package-lock.json");
  return existsSync(lock) ? `${statSync(lock).mtimeMs}:${statSync(lock).size}` : "no-lock";
}

/**
 * Copies the project into `dest` (sources only) and gives it a node_modules: hard links to the
 * project's own files when on the same file system (fast, no extra disk), else a full copy.
 * A symlinked node_modules does not work: Turbopack refuses files outside the project root.
 */
export function copyProject(dest, { root = projectRoot } = {}) {
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(dest)) {
    if (entry !== "node_modules" && entry !== ".next") rmSync(path.join(dest, entry), { recursive: true, force: true });
  }
  for (const file of listProjectFiles(root)) {
    mkdirSync(path.join(dest, path.dirname(file)), { recursive: true });
    cpSync(path.join(root, file), path.join(dest, file), { preserveTimestamps: true });
  }
  const stampFile = path.join(dest, ".bench-node-modules");
  const stamp = nodeModulesStamp(root);
  const haveModules = existsSync(path.join(dest, "node_modules"));
  if (!haveModules || !existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
    rmSync(path.join(dest, "node_modules"), { recursive: true, force: true });
    const source = path.join(root, "node_modules");
    if (!existsSync(source)) throw new Error(`No node_modules in ${root}: run npm ci first.`);
    const real = realpathSync(source);
    try {
      execFileSync("cp", ["-al", real, path.join(dest, "node_modules")], { stdio: "pipe" });
    } catch {
      rmSync(path.join(dest, "node_modules"), { recursive: true, force: true });
      console.error("(hard links impossible here: copying node_modules, this takes a minute)");
      execFileSync("cp", ["-a", real, path.join(dest, "node_modules")], { stdio: "pipe" });
    }
    writeFileSync(stampFile, stamp);
  }
}

/** Temporary folder for a bench; BENCH_TMPDIR overrides the OS default. */
export function benchTmp(name) {
  const base = process.env.BENCH_TMPDIR || os.tmpdir();
  const id = createHash("sha256").update(projectRoot).digest("hex").slice(0, 8);
  return path.join(base, `shamynds-bench-${id}-${name}`);
}

export const buildEnv = (extra = {}) => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  ...extra,
});

/**
 * A production build of the current sources (plus /bench-empty) in a temporary copy; rebuilt
 * only when the sources changed or `rebuild` is set. Returns the copy's folder.
 */
export async function preparedSite({ rebuild = false, timeoutMs = 15 * 60_000 } = {}) {
  const dir = benchTmp("site");
  const release = await lock(`${dir}.lock`);
  try {
    const fingerprint = sourceFingerprint();
    const fingerprintFile = path.join(dir, ".bench-fingerprint");
    const fresh =
      !rebuild &&
      existsSync(path.join(dir, ".next", "BUILD_ID")) &&
      existsSync(fingerprintFile) &&
      readFileSync(fingerprintFile, "utf8") === fingerprint;
    if (fresh) {
      console.log(`Using the production build in ${dir} (sources unchanged; --rebuild to force).`);
      return dir;
    }
    console.log(`Building the current sources in ${dir} (npm run build) …`);
    rmSync(fingerprintFile, { force: true });
    copyProject(dir);
    mkdirSync(path.join(dir, path.dirname(emptyRoute.file)), { recursive: true });
    writeFileSync(path.join(dir, emptyRoute.file), emptyRoute.source);
    const result = await runMeasured("npm", ["run", "build"], { cwd: dir, env: buildEnv(), timeoutMs });
    if (result.code !== 0) {
      console.error(result.output.slice(-6000));
      throw new Error(`npm run build failed in ${dir}${result.timedOut ? " (time limit)" : ""}.`);
    }
    console.log(`Built in ${(result.wallMs / 1000).toFixed(1)} s.`);
    writeFileSync(fingerprintFile, fingerprint);
    return dir;
  } finally {
    release();
  }
}

/**
 * An earlier commit's sources with its own dependencies, for same-run baselines (e.g.
 * `--baseline=c58a632`, the main branch before content pages became documents). Exported with
 * `git archive` into a temporary folder with its own `npm ci` (its dependencies may differ), made
 * once and reused after. Returns the folder and the full commit id.
 */
export async function baselineCheckout(commit, { timeoutMs = 20 * 60_000 } = {}) {
  const full = execFileSync("git", ["rev-parse", "--verify", `${commit}^{commit}`], { cwd: projectRoot })
    .toString()
    .trim();
  const dir = benchTmp(`baseline-${full.slice(0, 12)}`);
  const release = await lock(`${dir}.lock`);
  try {
    if (existsSync(path.join(dir, ".bench-installed"))) return { dir, full };
    console.log(`Preparing the baseline ${full.slice(0, 7)} in ${dir} (git archive, npm ci) …`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync("sh", ["-c", `git archive ${full} | tar -x -C "${dir}"`], { cwd: projectRoot, stdio: "pipe" });
    await run(dir, "npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], timeoutMs);
    writeFileSync(path.join(dir, ".bench-installed"), full);
    return { dir, full };
  } finally {
    release();
  }
}

/** A production build of an earlier commit (see baselineCheckout), built once and reused after. */
export async function baselineSite(commit, { timeoutMs = 20 * 60_000 } = {}) {
  const { dir, full } = await baselineCheckout(commit, { timeoutMs });
  const release = await lock(`${dir}.lock`);
  try {
    if (existsSync(path.join(dir, ".next", "BUILD_ID")) && existsSync(path.join(dir, ".bench-built"))) {
      console.log(`Using the baseline build of ${full.slice(0, 7)} in ${dir}.`);
      return dir;
    }
    console.log(`Building the baseline ${full.slice(0, 7)} in ${dir} (npm run build) …`);
    await run(dir, "npm", ["run", "build"], timeoutMs);
    writeFileSync(path.join(dir, ".bench-built"), full);
    return dir;
  } finally {
    release();
  }
}

async function run(dir, command, args, timeoutMs) {
  const result = await runMeasured(command, args, { cwd: dir, env: buildEnv(), timeoutMs });
  if (result.code !== 0) {
    console.error(result.output.slice(-6000));
    throw new Error(`${command} ${args.join(" ")} failed for the baseline in ${dir}.`);
  }
}

/** A folder-based lock, so two benches never rebuild the same copy at once. Stale locks are taken over. */
async function lock(lockDir, waitMs = 20 * 60_000) {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      let owner = 0;
      try {
        owner = Number(readFileSync(path.join(lockDir, "pid"), "utf8"));
      } catch {
        // Being written, or left empty by a crash.
      }
      if (owner && !isAlive(owner)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockDir} (held by pid ${owner}).`);
      await sleep(1000);
    }
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `next start` of a built folder on a free port of 127.0.0.1, started as
 * `node node_modules/next/dist/bin/next start` so the pid is the server's own.
 */
export async function startNext(dir, { env = {}, readyPath = "/", timeoutMs = 60_000, quiet = true } = {}) {
  const port = await freePort();
  const server = startGroup(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: dir, env: buildEnv({ NODE_ENV: "production", ...env }), quiet, logPrefix: "[next] " },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await Promise.race([server.exited.then(() => "exited"), sleep(250).then(() => "waiting")]);
    if (state === "exited") {
      throw new Error(`next start exited before answering:\n${server.output().slice(-4000)}`);
    }
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status < 500) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`next start did not answer within ${timeoutMs / 1000} s:\n${server.output().slice(-4000)}`);
    }
  }
  return { url, port, pid: server.pid, output: server.output, stop: () => server.stop() };
}
