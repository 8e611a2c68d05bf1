import { existsSync } from "node:fs";

/** The system's Chromium (Playwright's own download is not reachable on our machines). */
export function findChromium() {
  const candidates = [
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((file) => file && existsSync(file));
}

export const chromiumHelp =
  "No Chromium found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) " +
  "or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chrome/Chromium binary.";

/** Flags for a root, offline, headless Chromium that never tries to reach the network by itself. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--headless=new",
];
