import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/tests/support/ports";

const root = process.cwd();

/**
 * A project copy with the real next.config.mjs, lib/ and node_modules, and a .next that holds
 * only a build id and the SITE_URL record of a build made for https://www.shamynds.com: enough
 * for the real `next start`, which loads next.config.mjs before serving anything.
 */
let copy: string;
beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), "launch-refusals-"));
  for (const entry of ["next.config.mjs", "package.json", "lib", "scripts/preflight.mjs"])
    cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"));
  mkdirSync(path.join(copy, ".next"));
  writeFileSync(path.join(copy, ".next", "BUILD_ID"), "test-build\n");
  writeFileSync(
    path.join(copy, ".next", "shamynds-build.json"),
    JSON.stringify({ siteUrl: "https://www.shamynds.com" }),
  );
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Starts `next start` and watches its port: its exit code, its output, and whether anything answered 200. */
async function nextStart(env: Record<string, string>) {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: copy,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SITE_URL: "", PREVIEW_SECRET: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let answered200 = false;
  let done = false;
  void exited.then(() => (done = true));
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  while (!done) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) });
      if (response.status === 200) answered200 = true;
    } catch {
      // not listening (or not answering): what we want
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  clearTimeout(timer);
  return { code: await exited, output, answered200, seconds: (Date.now() - started) / 1000 };
}

describe("next start refuses a bad configuration", () => {
  it("with a SITE_URL other than the build's: exit 1 within 10 s, naming both and the fix", async () => {
    const run = await nextStart({ SITE_URL: "https://staging.shamynds.com" });
    expect(run.code).toBe(1);
    expect(run.seconds).toBeLessThan(10);
    expect(run.answered200).toBe(false);
    expect(run.output).toContain(
      "This build was made for SITE_URL=https://www.shamynds.com, but SITE_URL=https://staging.shamynds.com.",
    );
    expect(run.output).toContain("Fix: rebuild with SITE_URL=https://staging.shamynds.com npm run build");
  }, 20_000);

  it("with SITE_URL unset when the build had a public one", async () => {
    const run = await nextStart({});
    expect(run.code).toBe(1);
    expect(run.answered200).toBe(false);
    expect(run.output).toContain("SITE_URL is unset (so http://localhost:3000)");
  }, 20_000);

  it("with an invalid variable: exit 1 within 10 s, naming it", async () => {
    const run = await nextStart({ SITE_URL: "https://www.shamynds.com", PREVIEW_SECRET: "short" });
    expect(run.code).toBe(1);
    expect(run.seconds).toBeLessThan(10);
    expect(run.answered200).toBe(false);
    expect(run.output).toContain("PREVIEW_SECRET: PREVIEW_SECRET must be at least 16 characters");
  }, 20_000);

  it("npm start's preflight refuses before the port is opened", () => {
    const run = spawnSync(process.execPath, ["scripts/preflight.mjs", "start"], {
      cwd: copy,
      env: { ...process.env, SITE_URL: "https://staging.shamynds.com" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Refusing to start:");
  });
});
