import { execFileSync, execSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { releaseLayout } from "@/lib/release/layout";
import { readState, type ReleaseState } from "@/lib/release/state";
import { freePort } from "./ports";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export type ReleaseSite = {
  /** RELEASE_ROOT: releases/, current, assets/, nginx/upstream.conf, state.json. */
  root: string;
  /** The site's git checkout the releases are built from (a copy of this project, committed). */
  repo: string;
  dataDir: string;
  ports: [number, number];
  /** The environment the checkout's commands run with (the studio too). */
  env: () => NodeJS.ProcessEnv;
  /** `npm run release -- <args>` in the checkout, as the site's user would run it. */
  release: (...args: string[]) => Promise<{ code: number; output: string; seconds: number }>;
  /** Changes files in the checkout and commits them. */
  commit: (message: string, change: (repo: string) => void) => void;
  state: () => ReleaseState;
  /** The end of what the slots printed (for a failing test's report). */
  logs: () => string;
  /** Stops both slots (child-process mode keeps their pids under run/). */
  stop: () => Promise<void>;
};

/**
 * A server's layout in a temporary folder: a git checkout of the project as it is now (tracked
 * and new files, node_modules as hard links), a release root beside it, and a data folder.
 * nginx's worker may run as another user, so the folders it reads are world-readable.
 */
export async function makeReleaseSite(env: Record<string, string>, reloadCommand: () => string): Promise<ReleaseSite> {
  const base = mkdtempSync(path.join(os.tmpdir(), "shamynds-release-"));
  chmodSync(base, 0o755);
  const repo = path.join(base, "repo");
  const root = path.join(base, "site");
  const dataDir = path.join(base, "data");
  mkdirSync(repo);
  mkdirSync(root, { mode: 0o755 });
  execSync(`git ls-files -co --exclude-standard -z | tar --null -T - -cf - | tar -x -C ${JSON.stringify(repo)}`, {
    cwd: projectRoot,
    stdio: "pipe",
  });
  execFileSync("cp", ["-al", path.join(projectRoot, "node_modules"), path.join(repo, "node_modules")]);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("-c", "user.name=Test", "-c", "user.email=test@example.test", "add", "-A");
  git("-c", "user.name=Test", "-c", "user.email=test@example.test", "commit", "-qm", "The site as tested");
  const ports: [number, number] = [await freePort(), await freePort()];
  // nginx needs the upstream file at start; the first release rewrites it.
  mkdirSync(path.join(root, "nginx"), { recursive: true });
  writeFileSync(path.join(root, "nginx", "upstream.conf"), `server 127.0.0.1:${ports[0]};\n`);

  const releaseEnv = () => {
    const inherited = { ...process.env };
    for (const name of ["CONTENT_DIR", "NODE_ENV", "PORT", "PREVIEW_SECRET", "DATABASE_URL"]) delete inherited[name];
    return {
      ...inherited,
      SITE_URL: "http://localhost:3000",
      DATA_DIR: dataDir,
      RELEASE_ROOT: root,
      RELEASE_PORTS: ports.join(","),
      RELEASE_PROCESS: "child",
      RELEASE_RELOAD: reloadCommand(),
      RELEASE_DRAIN_S: "2",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    };
  };
  const layout = releaseLayout(root);
  return {
    root,
    repo,
    dataDir,
    ports,
    env: releaseEnv,
    release: (...args) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/release.ts", ...args], {
          cwd: repo,
          env: releaseEnv(),
          stdio: ["ignore", "pipe", "pipe"],
        });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code: code ?? -1, output, seconds: (Date.now() - started) / 1000 }));
      }),
    commit(message, change) {
      change(repo);
      git("-c", "user.name=Test", "-c", "user.email=test@example.test", "add", "-A");
      git("-c", "user.name=Test", "-c", "user.email=test@example.test", "commit", "-qm", message);
    },
    state: () => readState(layout.state),
    logs: () =>
      ports
        .map((port) => {
          try {
            return `--- slot ${port}\n${readFileSync(layout.logFile(port), "utf8").slice(-4000)}`;
          } catch {
            return `--- slot ${port}: no log`;
          }
        })
        .join("\n"),
    async stop() {
      for (const port of ports) {
        let pid: number;
        try {
          pid = Number(readFileSync(layout.pidFile(port), "utf8"));
        } catch {
          continue;
        }
        try {
          process.kill(-pid, "SIGTERM");
        } catch {
          continue;
        }
        for (let waited = 0; waited < 10_000; waited += 100) {
          try {
            process.kill(-pid, 0);
          } catch {
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          // gone
        }
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}
