import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "./ports";

/**
 * A production Next.js server of our own (on the already-built .next), for tests that need their
 * own environment (SMTP_URL, DATA_DIR, limits) or must kill and restart it. The PID we hold is
 * the server's own (no npm/npx wrapper), so SIGKILL really kills it. Everything it prints is
 * kept for assertions (e.g. that no personal data is ever logged).
 */
export type NextServer = {
  port: number;
  /** The server process's id (outbox claims are owned by `<host>:<pid>:<random>`). */
  pid: number;
  url: string;
  /** stdout and stderr so far, interleaved. */
  output: () => string;
  /** Graceful stop (SIGTERM), then SIGKILL if it lingers. */
  stop: () => Promise<void>;
  /** Crash on purpose: SIGKILL, no cleanup of any kind. */
  kill: () => Promise<void>;
};

const projectRoot = path.resolve(import.meta.dirname, "../..");

export async function startNextServer(env: Record<string, string>, port?: number): Promise<NextServer> {
  const serverPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${serverPort}`;
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(serverPort), "-H", "127.0.0.1"],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        // The store and the drain endpoint are the test's choice, never the outer shell's.
        DATABASE_URL: "",
        CRON_SECRET: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited early:\n${output}`);
    }
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`next start did not answer within 30 s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const signal = async (child: ChildProcess, name: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(name);
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  };

  return {
    port: serverPort,
    pid: child.pid ?? 0,
    url,
    output: () => output,
    stop: () => signal(child, "SIGTERM", 5_000),
    kill: () => signal(child, "SIGKILL", 0),
  };
}
