import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** VmRSS of one process in bytes, or 0 when it is gone. */
export function rssOf(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const clockTicks = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time (user + system) used so far by a process, or by it and its descendants, in ms.
 * Unlike wall-clock throughput it barely changes when other programs share the cores.
 */
export function cpuTimeMs(pid, { tree = false } = {}) {
  let ticks = 0;
  for (const one of tree ? processTree(pid) : [pid]) {
    try {
      const stat = readFileSync(`/proc/${one}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // Fields 14 and 15 of stat (utime, stime), counted from the state field (3).
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Ended while we looked.
    }
  }
  return (ticks * 1000) / clockTicks;
}

/** The pid and every descendant of it, found through the parent pid of each /proc entry. */
export function processTree(rootPid) {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) may contain spaces and parentheses: parse after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift();
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Samples memory every `intervalMs` until stopped: `tree` sums VmRSS over the process and all its
 * descendants (a build forks workers), otherwise the one process. Returns peak and last sample.
 */
export function sampleRss(pid, { tree = false, intervalMs = 200 } = {}) {
  let peak = 0;
  let samples = 0;
  const take = () => {
    const pids = tree ? processTree(pid) : [pid];
    const total = pids.reduce((sum, one) => sum + rssOf(one), 0);
    samples += 1;
    if (total > peak) peak = total;
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    get peak() {
      return peak;
    },
    stop() {
      clearInterval(timer);
      take();
      return { peakBytes: peak, samples };
    },
  };
}

/**
 * Starts a command in its own process group so that it and everything it forks can be ended
 * together by the group's id (the child's pid), never by name.
 */
export function startGroup(command, args, { cwd, env, logPrefix, quiet = false } = {}) {
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk) => {
    const text = chunk.toString();
    output += text;
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
    if (!quiet) process.stderr.write(logPrefix ? text.replace(/^(?=.)/gm, logPrefix) : text);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  running.add(child.pid);
  installExitHandlers();
  const exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }));
    child.on("error", (error) => resolve({ code: -1, signal: null, error }));
  });
  return {
    child,
    pid: child.pid,
    exited,
    output: () => output,
    /** SIGTERM to the group, then SIGKILL after `graceMs` if anything is still there. */
    async stop(graceMs = 5000) {
      killGroup(child.pid, "SIGTERM");
      await Promise.race([exited, sleep(graceMs)]);
      // Children of the group may outlive the leader: always make sure the whole group is gone.
      killGroup(child.pid, "SIGKILL");
      await exited;
      running.delete(child.pid);
    },
  };
}

export function killGroup(pgid, signal) {
  if (!pgid) return;
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/** Runs a command to completion in its own group, with a time limit and RSS sampling of its tree. */
export async function runMeasured(command, args, { cwd, env, timeoutMs, quiet = true, logPrefix } = {}) {
  const started = performance.now();
  const proc = startGroup(command, args, { cwd, env, quiet, logPrefix });
  const rss = sampleRss(proc.pid, { tree: true, intervalMs: 250 });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(proc.pid, "SIGTERM");
    setTimeout(() => killGroup(proc.pid, "SIGKILL"), 5000).unref();
  }, timeoutMs);
  const { code, signal } = await proc.exited;
  clearTimeout(timer);
  // Leftover grandchildren (e.g. a build worker) must not survive the measurement.
  killGroup(proc.pid, "SIGKILL");
  running.delete(proc.pid);
  const { peakBytes } = rss.stop();
  return {
    code,
    signal,
    timedOut,
    wallMs: performance.now() - started,
    peakRssBytes: peakBytes,
    output: proc.output(),
  };
}

/** Groups started by this script; killed when it exits, even on Ctrl-C or an exception. */
const running = new Set();
let handlersInstalled = false;

function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const stopAll = () => {
    for (const pgid of running) killGroup(pgid, "SIGKILL");
    running.clear();
  };
  process.on("exit", stopAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      stopAll();
      process.exit(130);
    });
  }
}
