import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./ports";

export type DevServer = {
  url: string;
  stop: () => Promise<void>;
  /** What the server printed so far (stdout and stderr, the last 256 kB). */
  output: () => string;
  /**
   * Compiles these routes before a browser visits them. `next dev` compiles a route (server and
   * client chunks) on its first request; a client chunk that changes after the HTML went out
   * bumps the dev server's HMR version, and an open page that subscribes with the old one is told
   * to reload itself (RELOAD_PAGE in next/dist/server/dev/hot-reloader-turbopack.js). A reload
   * that lands while the test navigates aborts the navigation (net::ERR_ABORTED); on a busy
   * machine the window is seconds wide. Specs that drive a browser against `next dev` warm their
   * routes first, so the browser only ever meets compiled routes.
   */
  warm: (paths: string[]) => Promise<void>;
};

/**
 * `next dev` on a free port of 127.0.0.1, started as `node node_modules/next/dist/bin/next` so
 * the PID is the server's own, with its data outside the project (writes inside it would make
 * the dev server recompile and reload). Resolves once /api/health answers.
 */
export async function startDevServer(env: Record<string, string> = {}, waitSeconds = 180): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "dev", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_ENV: "development",
        NEXT_TELEMETRY_DISABLED: "1",
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "shamynds-dev-")),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let printed = "";
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    printed = (printed + text).slice(-256 * 1024);
    if (/restarting/i.test(text)) console.log(`next dev on ${url} is restarting itself: ${text.trim().slice(0, 300)}`);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const output = () => printed;
  let stopping = false;
  // A dev server that goes away mid-test (next dev restarts itself when its config or its .next
  // folder changes, or near its memory limit) shows up as aborted navigations; say so, with why.
  server.once("exit", (code, signal) => {
    if (!stopping)
      console.log(`next dev on ${url} exited unexpectedly (${code ?? signal}); its output:\n${printed.slice(-4000)}`);
  });
  // Waits until the server has really exited: another spec may start its own `next dev` next.
  const stop = async () => {
    stopping = true;
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  for (let attempt = 0; attempt < waitSeconds; attempt++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop, output, warm: (paths) => warmRoutes(url, paths) };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await stop();
  throw new Error("next dev did not start");
}

/** Two passes: the first compiles each route, the second finds them all compiled (and settled). */
async function warmRoutes(url: string, paths: string[]): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    for (const route of paths) {
      const response = await fetch(`${url}${route}`, {
        headers: { accept: "text/html" },
        signal: AbortSignal.timeout(300_000),
      });
      await response.arrayBuffer();
    }
  }
}
