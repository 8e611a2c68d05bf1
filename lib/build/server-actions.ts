import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The server actions a build knows, read from Next.js's build output
 * (.next/server/server-reference-manifest.json: `{ node: { <id>: { exportedName, … } } }` in
 * Next 16) and written where the proxy reads it at run time: a form posted with an id that is not
 * in this list came from a release that no longer runs (lib/consultation/stale-form.ts).
 */
export type KnownActions = { consultation: string; ids: string[] };

export const knownActionsFile = "shamynds-server-actions.json";
const consultationExport = "requestConsultation";

export class ServerActionsBuildError extends Error {}

type ManifestEntry = { exportedName?: unknown; workers?: Record<string, { exportedName?: unknown }> };

export function readKnownActions(distDir: string): KnownActions {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const expected = `expected ${file} (Next.js build output) with { node: { <action id>: { exportedName } } }`;
  if (!existsSync(file)) throw new ServerActionsBuildError(`Server actions: ${expected}; the file is missing.`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node?: Record<string, ManifestEntry> };
  if (!manifest.node || typeof manifest.node !== "object") {
    throw new ServerActionsBuildError(`Server actions: ${expected}; found no "node" object.`);
  }
  const ids = Object.keys(manifest.node);
  const exportNames = (entry: ManifestEntry) => [
    entry.exportedName,
    ...Object.values(entry.workers ?? {}).map((worker) => worker.exportedName),
  ];
  const consultation = ids.filter((id) => exportNames(manifest.node![id]!).includes(consultationExport));
  if (consultation.length !== 1) {
    throw new ServerActionsBuildError(
      `Server actions: ${expected}; found ${consultation.length} entries named ${consultationExport} among ${ids.length} actions.`,
    );
  }
  return { consultation: consultation[0]!, ids };
}

/** Run after `next build`: checks the manifest's shape and writes what the proxy needs. */
export function recordKnownActions(distDir: string): KnownActions {
  const known = readKnownActions(distDir);
  writeFileSync(path.join(distDir, knownActionsFile), `${JSON.stringify(known)}\n`);
  return known;
}
