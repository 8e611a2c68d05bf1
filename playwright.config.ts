import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import { chromiumArgs, chromiumHelp, findChromium } from "./tests/support/chromium";
import { e2ePreviewSecret } from "./tests/support/preview";

// An unusual fixed port, so we never test another program's server by accident.
const port = Number(process.env.E2E_PORT ?? 39417);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = findChromium();
if (!executablePath && !existsSync(process.env.PLAYWRIGHT_BROWSERS_PATH ?? "/nonexistent")) {
  console.warn(chromiumHelp);
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "off",
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } }],
  webServer: {
    // The production build, started so that the PID Playwright holds is the server's own.
    command: `npm run build && node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { SITE_URL: "http://localhost:3000", DATA_DIR: ".data/e2e", PREVIEW_SECRET: e2ePreviewSecret },
  },
});
