import { readFileSync } from "node:fs";
import path from "node:path";
import { releaseInfoFile } from "./layout";

let cached: string | null | undefined;

/**
 * The id of the release this server runs (release.json, written into the release folder by
 * `npm run release`); null for a server started any other way. /api/health reports it, so the
 * release tool knows the answer it checks comes from the release it started.
 */
export function runningReleaseId(): string | null {
  if (cached !== undefined) return cached;
  try {
    // turbopackIgnore: read at run time from the folder the server runs in, never bundled.
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), releaseInfoFile);
    const info = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as { id?: unknown };
    cached = typeof info.id === "string" ? info.id : null;
  } catch {
    cached = null;
  }
  return cached;
}
