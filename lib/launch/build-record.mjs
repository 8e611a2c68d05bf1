// @ts-check
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Prerendered pages bake in the SITE_URL of the build (canonical links, Open Graph, sitemap,
 * robots.txt, feed). The build writes the address it used here; `next start` compares it with
 * its own SITE_URL and refuses to serve a build made for another address.
 * Plain JavaScript: next.config.mjs runs it, on servers that may have no TypeScript loader.
 */
export const buildRecordFile = "shamynds-build.json";

/**
 * @param {string} distDir the build folder (.next)
 * @param {string} siteUrl the validated SITE_URL of this build
 */
export function writeBuildRecord(distDir, siteUrl) {
  writeFileSync(path.join(distDir, buildRecordFile), `${JSON.stringify({ siteUrl }, null, 2)}\n`);
}

/**
 * Why this server must not start with this build, or undefined when it may.
 * @param {string} distDir
 * @param {string} siteUrl the server's validated SITE_URL
 * @param {boolean} siteUrlIsSet whether SITE_URL was set at all (unset = the default)
 * @returns {string | undefined}
 */
export function buildMismatch(distDir, siteUrl, siteUrlIsSet) {
  // No build at all: next start explains that itself.
  if (!existsSync(path.join(distDir, "BUILD_ID"))) return undefined;
  const file = path.join(distDir, buildRecordFile);
  if (!existsSync(file)) {
    return `This build does not record the SITE_URL it was made for (${file} is missing).\nFix: rebuild with SITE_URL=${siteUrl} npm run build`;
  }
  /** @type {{ siteUrl?: unknown }} */
  const record = JSON.parse(readFileSync(file, "utf8"));
  if (record.siteUrl === siteUrl) return undefined;
  const now = siteUrlIsSet ? `SITE_URL=${siteUrl}` : `SITE_URL is unset (so ${siteUrl})`;
  return [
    `This build was made for SITE_URL=${String(record.siteUrl)}, but ${now}.`,
    "Prerendered pages (canonical links, Open Graph, sitemap, robots.txt, feed) keep the address of the build.",
    `Fix: rebuild with SITE_URL=${siteUrl} npm run build, or start with SITE_URL=${String(record.siteUrl)}.`,
  ].join("\n");
}
