import { existsSync } from "node:fs";

/**
 * Finds the Chromium the tests and benchmarks drive. Playwright's own download is not
 * reachable on our machines, so we use the system's browser.
 */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

export const chromiumHelp =
  "No Chromium found. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), " +
  "or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chrome/Chromium binary, " +
  "or run `npx playwright install chromium` where the internet is reachable.";

/** Flags that keep a root, offline Chromium quiet and working. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
