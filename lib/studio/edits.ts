import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { writeJsonAtomic } from "./store";

/**
 * Two people editing the same file. Keystatic's local mode writes whatever it is sent; it does not
 * say which version of a file the editor started from. The studio knows it from what each session
 * has read: the version of a file it last fetched (Keystatic fetches a file by its git blob hash
 * when it opens it) or last saved itself. A save of a file that has changed on disk since then
 * (someone else saved it) is refused, and the refused version is kept so both can be seen.
 */

/** Git's blob hash, the one Keystatic names files by. */
export function blobSha(contents: Buffer): string {
  return createHash("sha1").update(`blob ${contents.length}\0`).update(contents).digest("hex");
}

type Seen = Map<string, string>;
const seenBySession = new Map<string, Seen>();
const lastSaved = new Map<string, { by: string; at: string }>();

const seenOf = (sessionId: string) => {
  let seen = seenBySession.get(sessionId);
  if (!seen) seenBySession.set(sessionId, (seen = new Map()));
  return seen;
};

/** The editor opened this version of the file. */
export function rememberOpened(sessionId: string, file: string, sha: string): void {
  seenOf(sessionId).set(file, sha);
}

/** The editor listed the files (page load): versions of files it has not opened yet. */
export function rememberListed(sessionId: string, entries: { path: string; sha: string; type: string }[]): void {
  const seen = seenOf(sessionId);
  for (const entry of entries) if (entry.type === "blob" && !seen.has(entry.path)) seen.set(entry.path, entry.sha);
}

export function rememberSaved(sessionId: string, by: string, files: { path: string; contents?: Buffer }[]): void {
  const seen = seenOf(sessionId);
  const at = new Date().toISOString();
  for (const file of files) {
    if (file.contents) seen.set(file.path, blobSha(file.contents));
    else seen.delete(file.path);
    lastSaved.set(file.path, { by, at });
  }
}

export type Conflict = { path: string; savedBy?: string; savedAt?: string };

/** The files of a save that someone else changed since this session read them. */
export function conflictsOf(sessionId: string, checkout: string, paths: string[]): Conflict[] {
  const seen = seenOf(sessionId);
  const conflicts: Conflict[] = [];
  for (const file of paths) {
    const absolute = path.join(checkout, file);
    const current = existsSync(absolute) ? blobSha(readFileSync(absolute)) : undefined;
    const expected = seen.get(file);
    if (current === expected || current === undefined) continue;
    const saved = lastSaved.get(file);
    conflicts.push({ path: file, savedBy: saved?.by, savedAt: saved?.at });
  }
  return conflicts;
}

const conflictRecord = z.object({
  id: z.string(),
  path: z.string(),
  at: z.string(),
  refusedBy: z.string(),
  savedBy: z.string().optional(),
  theirs: z.string(),
  yours: z.string(),
});
export type ConflictRecord = z.infer<typeof conflictRecord>;

const conflictsDir = (dataDir: string) => path.join(dataDir, "studio", "conflicts");

/** Keeps the refused version beside the saved one, so the person sees both and nothing is lost. */
export function keepConflict(
  dataDir: string,
  checkout: string,
  conflict: Conflict,
  refusedBy: string,
  yours: Buffer,
): ConflictRecord {
  const record: ConflictRecord = {
    id: `${Date.now()}-${randomBytes(4).toString("hex")}`,
    path: conflict.path,
    at: new Date().toISOString(),
    refusedBy,
    savedBy: conflict.savedBy,
    theirs: readFileSync(path.join(checkout, conflict.path), "utf8"),
    yours: yours.toString("utf8"),
  };
  mkdirSync(conflictsDir(dataDir), { recursive: true, mode: 0o700 });
  writeJsonAtomic(path.join(conflictsDir(dataDir), `${record.id}.json`), record);
  return record;
}

export function readConflict(dataDir: string, id: string): ConflictRecord | undefined {
  if (!/^\d+-[0-9a-f]{8}$/.test(id)) return undefined;
  const file = path.join(conflictsDir(dataDir), `${id}.json`);
  if (!existsSync(file)) return undefined;
  return conflictRecord.parse(JSON.parse(readFileSync(file, "utf8")));
}

export function recentConflicts(dataDir: string, limit = 10): ConflictRecord[] {
  const dir = conflictsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit)
    .map((name) => readConflict(dataDir, name.slice(0, -".json".length)))
    .filter((record): record is ConflictRecord => Boolean(record));
}
