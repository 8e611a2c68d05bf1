import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { run } from "./steps";

/** The commit's files (tracked files only, as `git archive` gives them) in a new release folder. */
export async function extractCommit(checkout: string, commit: string, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const archive = spawn("git", ["archive", "--format=tar", commit], {
    cwd: checkout,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  archive.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const archived = new Promise<void>((resolve, reject) =>
    archive.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`git archive ${commit}: ${errors}`)))),
  );
  await Promise.all([run("tar", ["-x", "-C", dir], { cwd: dir, input: archive.stdout }), archived]);
}

/**
 * node_modules for the release. When another folder (the live release, or the checkout the
 * command runs in) was installed from the same package-lock.json, its node_modules is copied as
 * hard links: a second or two and no disk, instead of a minute of `npm ci` (better-sqlite3
 * compiles from source here). Nothing writes into installed packages in place; the one folder
 * that is written (node_modules/.cache: content-check and bundler caches) is left out.
 * Otherwise `npm ci`, from npm's cache where it can.
 */
export async function installDependencies(dir: string, candidates: string[]): Promise<"linked" | "installed"> {
  const lock = readFileSync(path.join(dir, "package-lock.json"), "utf8");
  const source = candidates.find(
    (candidate) =>
      existsSync(path.join(candidate, "node_modules", ".package-lock.json")) &&
      existsSync(path.join(candidate, "package-lock.json")) &&
      readFileSync(path.join(candidate, "package-lock.json"), "utf8") === lock,
  );
  if (source) {
    await run("cp", ["-al", path.join(source, "node_modules"), path.join(dir, "node_modules")], { cwd: dir });
    rmSync(path.join(dir, "node_modules", ".cache"), { recursive: true, force: true });
    return "linked";
  }
  await run("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: dir });
  return "installed";
}

/**
 * The web/ folder nginx serves a page's assets from after a later release went live (see
 * layout.ts): the built assets as `/_next/static/…` and the content images as `/images/…`,
 * both hard links to the release's own files.
 */
export async function linkWebAssets(dir: string): Promise<void> {
  const web = path.join(dir, "web");
  const staticDir = path.join(dir, ".next", "static");
  if (!existsSync(staticDir)) {
    throw new Error(`expected the build's assets in ${staticDir} (Next.js build output); not found`);
  }
  mkdirSync(path.join(web, "_next"), { recursive: true });
  await run("cp", ["-al", staticDir, path.join(web, "_next", "static")], { cwd: dir });
  const images = path.join(dir, "public", "images");
  if (existsSync(images)) await run("cp", ["-al", images, path.join(web, "images")], { cwd: dir });
}
