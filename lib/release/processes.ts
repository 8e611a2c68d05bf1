import { execFileSync, spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ReleaseLayout } from "./layout";

/**
 * Starting and stopping the `next start` of a slot. Production runs each slot as the systemd unit
 * shamynds@<port>.service (deploy/shamynds@.service, working directory slots/<port>); development
 * and the tests run plain child processes that outlive the command, each in its own process group.
 */
export type SlotProcesses = {
  start(port: number, releaseDir: string, env: NodeJS.ProcessEnv): Promise<void>;
  /** Stops the slot's server (and its forked child); resolves once it has exited. */
  stop(port: number): Promise<void>;
};

export function childProcesses(layout: ReleaseLayout): SlotProcesses {
  return {
    async start(port, releaseDir, env) {
      await this.stop(port);
      mkdirSync(path.dirname(layout.logFile(port)), { recursive: true });
      mkdirSync(path.dirname(layout.pidFile(port)), { recursive: true });
      const log = openSync(layout.logFile(port), "a");
      // `node …/next start`, not `npm start`: the pid we keep is the server's own, and
      // `detached` puts it and the next-server it forks in a group of their own.
      const child = spawn(
        process.execPath,
        ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
        { cwd: releaseDir, env, detached: true, stdio: ["ignore", log, log] },
      );
      closeSync(log);
      if (!child.pid) throw new Error(`could not start next start on port ${port}`);
      writeFileSync(layout.pidFile(port), String(child.pid));
      child.unref();
    },
    async stop(port) {
      const pid = readPid(layout.pidFile(port));
      if (pid === undefined) return;
      signalGroup(pid, "SIGTERM");
      for (let waited = 0; groupAlive(pid) && waited < 15_000; waited += 100) await sleep(100);
      if (groupAlive(pid)) signalGroup(pid, "SIGKILL");
      for (let waited = 0; groupAlive(pid) && waited < 5_000; waited += 100) await sleep(100);
      rmSync(layout.pidFile(port), { force: true });
    },
  };
}

/**
 * systemd units, through `sudo -n systemctl`: the site's user may run exactly these commands
 * (deploy/sudoers.d/shamynds), nothing else as root.
 */
export function systemdProcesses(): SlotProcesses {
  const systemctl = (verb: "start" | "stop", port: number) =>
    execFileSync("sudo", ["-n", "/usr/bin/systemctl", verb, `shamynds@${port}.service`], { stdio: "pipe" });
  return {
    async start(port) {
      // The unit reads its working directory (slots/<port>) when it starts; a running one is stopped first.
      systemctl("stop", port);
      systemctl("start", port);
    },
    async stop(port) {
      systemctl("stop", port);
    },
  };
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 1 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Open TCP connections to a local port (Linux: /proc/net/tcp and tcp6, state ESTABLISHED), or
 * undefined where that cannot be read. nginx's old workers keep their connections to the old
 * slot until they have finished with them; zero means the old slot serves nobody any more.
 */
export function connectionsTo(port: number): number | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  let count = 0;
  let readable = false;
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let table: string;
    try {
      table = readFileSync(file, "utf8");
      readable = true;
    } catch {
      continue;
    }
    for (const line of table.split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === "01" && local?.endsWith(`:${hexPort}`)) count++;
    }
  }
  return readable ? count : undefined;
}
