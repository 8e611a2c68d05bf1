/**
 * Runs after `next build`: records the SHA-256 hash of each inline script of every prerendered
 * HTML page into .next/csp-manifest.json, which proxy.ts turns into that page's CSP. This is
 * what lets articles stay static while the policy forbids 'unsafe-inline'.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScripts, routeOfHtmlFile, scriptHash } from "../lib/security/csp";
import type { CspManifest } from "../lib/security/csp-manifest";
import { cspManifestPath } from "../lib/security/csp-manifest";

const nextDir = path.join(process.cwd(), ".next");
const appDir = path.join(nextDir, "server", "app");

function* htmlFiles(directory: string, prefix = ""): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* htmlFiles(path.join(directory, entry.name), relative);
    else if (entry.name.endsWith(".html")) yield relative;
  }
}

const manifest: CspManifest = { buildId: readFileSync(path.join(nextDir, "BUILD_ID"), "utf8").trim(), routes: {} };
let scriptCount = 0;
for (const file of htmlFiles(appDir)) {
  const scripts = inlineScripts(readFileSync(path.join(appDir, file), "utf8"));
  const hashes = [...new Set(await Promise.all(scripts.map(scriptHash)))];
  scriptCount += hashes.length;
  manifest.routes[routeOfHtmlFile(file)] = hashes;
}
writeFileSync(cspManifestPath, JSON.stringify(manifest));
console.log(
  `CSP manifest: ${Object.keys(manifest.routes).length} prerendered pages, ${scriptCount} inline script hashes → ${path.relative(process.cwd(), cspManifestPath)}`,
);
