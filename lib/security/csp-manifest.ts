import { readFileSync } from "node:fs";
import path from "node:path";

/** Written by scripts/csp-manifest.ts after `next build`: route → hashes of its inline scripts. */
export interface CspManifest {
  buildId: string;
  routes: Record<string, string[]>;
}

export const cspManifestPath = path.join(process.cwd(), ".next", "csp-manifest.json");

let cached: CspManifest | null | undefined;

/** Loaded once per server process; null when missing (e.g. `next dev`, or a build without the script). */
export function loadCspManifest(): CspManifest | null {
  if (cached !== undefined) return cached;
  try {
    cached = JSON.parse(readFileSync(cspManifestPath, "utf8")) as CspManifest;
  } catch {
    cached = null;
  }
  return cached;
}
