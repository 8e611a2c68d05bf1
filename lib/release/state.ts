import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const releaseRecord = z.object({
  id: z.string(),
  commit: z.string(),
  subject: z.string(),
  /** Who ran the release (RELEASE_BY, e.g. the studio's staff member, or the system user). */
  by: z.string(),
  builtAt: z.string(),
});
export type ReleaseRecord = z.infer<typeof releaseRecord>;

const historyEntry = z.object({
  id: z.string(),
  action: z.enum(["release", "rollback"]),
  by: z.string(),
  at: z.string(),
});

const stateSchema = z.object({
  /** The live release and the slot (port) serving it. */
  live: z.object({ id: z.string(), port: z.number(), since: z.string() }).nullable(),
  /** Every release still on disk, newest first. */
  releases: z.array(releaseRecord),
  /** What went live when, newest first (kept short). */
  history: z.array(historyEntry),
});
export type ReleaseState = z.infer<typeof stateSchema>;

export const emptyState: ReleaseState = { live: null, releases: [], history: [] };

export function readState(file: string): ReleaseState {
  if (!existsSync(file)) return emptyState;
  const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a release state file: ${parsed.error.message}`);
  return parsed.data;
}

/** Written to a temporary name and renamed: a crash never leaves half a state file. */
export function writeState(file: string, state: ReleaseState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ ...state, history: state.history.slice(0, 50) }, null, 2)}\n`);
  renameSync(temporary, file);
}

export function findRelease(state: ReleaseState, id: string): ReleaseRecord | undefined {
  return state.releases.find((release) => release.id === id);
}
