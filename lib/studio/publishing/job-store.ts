import { randomBytes } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { z } from "zod";
import { writeJsonAtomic } from "../store";
import type { JobOutcome } from "./outcome";

/**
 * Where publish and undo jobs are kept: one JSON file each under <dataDir>/studio/jobs/ (a page
 * reload or a studio restart still shows them), the release's raw output beside it, one lock for
 * "a job is running", and the audit log. Nothing here holds page content or patient data.
 */

const outcomeSchema = z.union([
  z.object({ ok: z.literal(true), liveSince: z.string() }),
  z.object({ ok: z.literal(false), step: z.string(), advice: z.string() }),
]);

const jobSchema = z.object({
  id: z.string(),
  kind: z.enum(["publish", "undo"]),
  by: z.string(),
  /** The git checkout the change was committed to (and released from). */
  checkout: z.string(),
  message: z.string(),
  files: z.array(z.string()),
  commit: z.string().optional(),
  /** For an undo: the change it reverts. */
  reverts: z.string().optional(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  lines: z.array(z.string()),
  outcome: outcomeSchema.optional(),
  /** The studio process running the job, and the release it started (to tell a live job from an orphan). */
  runner: z.number(),
  releasePid: z.number().optional(),
});
export type Job = z.infer<typeof jobSchema>;
export type JobKind = Job["kind"];

/** The output shown for a job; the release prints a few dozen lines, a failed build more. */
export const keptLines = 400;

const idPattern = /^\d{8}T\d{9}Z-[0-9a-f]{6}$/;

/** Time first, so file names sort by start; the random part keeps two starts in one millisecond apart. */
export function newJobId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, "")}-${randomBytes(3).toString("hex")}`;
}

export const isJobId = (id: string) => idPattern.test(id);

export function studioPaths(dataDir: string) {
  const root = path.join(dataDir, "studio");
  const jobs = path.join(root, "jobs");
  return {
    jobs,
    job: (id: string) => path.join(jobs, `${id}.json`),
    /** The release's stdout and stderr, written by the release itself: it outlives the studio. */
    output: (id: string) => path.join(jobs, `${id}.log`),
    lock: path.join(jobs, "running.lock"),
    audit: path.join(root, "audit.log"),
  };
}

/** Written to a temporary name and renamed: a reader never sees half a job. */
export function writeJob(dataDir: string, job: Job): void {
  writeJsonAtomic(studioPaths(dataDir).job(job.id), { ...job, lines: job.lines.slice(-keptLines) });
}

export function loadJob(dataDir: string, id: string): Job | undefined {
  if (!isJobId(id)) return undefined;
  const file = studioPaths(dataDir).job(id);
  if (!existsSync(file)) return undefined;
  const parsed = jobSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return parsed.success ? parsed.data : undefined;
}

/** Job ids, newest first. */
export function jobIds(dataDir: string): string[] {
  const dir = studioPaths(dataDir).jobs;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .filter(isJobId)
    .sort()
    .reverse();
}

/** Removes all but the newest `keep` jobs (and their release output). */
export function pruneJobs(dataDir: string, keep: number): void {
  const paths = studioPaths(dataDir);
  for (const id of jobIds(dataDir).slice(keep)) {
    rmSync(paths.job(id), { force: true });
    rmSync(paths.output(id), { force: true });
  }
}

export type AuditEntry = {
  at: string;
  by: string;
  action: JobKind;
  job: string;
  commit: string | null;
  files: string[];
  outcome: "started" | "live" | "failed";
  step?: string;
  reverts?: string;
};

/** One JSON line per start and end of a publish or undo: who, what files, what happened. */
export function audit(dataDir: string, entry: Omit<AuditEntry, "at">): void {
  const file = studioPaths(dataDir).audit;
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`);
}

export function auditEnd(dataDir: string, job: Job, outcome: JobOutcome): void {
  audit(dataDir, {
    by: job.by,
    action: job.kind,
    job: job.id,
    commit: job.commit ?? null,
    files: job.files,
    outcome: outcome.ok ? "live" : "failed",
    ...(outcome.ok ? {} : { step: outcome.step }),
    ...(job.reverts ? { reverts: job.reverts } : {}),
  });
}

export type Lock = { id: string; runner: number };

/**
 * The running job, by lock file. Written whole under a temporary name, then hard-linked into
 * place: the link fails if the lock exists, so two starts (or two processes) cannot both win,
 * and no one ever reads a lock that is created but still empty.
 */
export function takeLock(dataDir: string, lock: Lock): boolean {
  const file = studioPaths(dataDir).lock;
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(3).toString("hex")}.tmp`;
  writeFileSync(temporary, JSON.stringify(lock));
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

export function readLock(dataDir: string): Lock | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(studioPaths(dataDir).lock, "utf8"));
    const parsed = z.object({ id: z.string(), runner: z.number() }).safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces the lock's runner (a restarted studio adopting a release still running). */
export function rewriteLock(dataDir: string, lock: Lock): void {
  const file = studioPaths(dataDir).lock;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(lock));
  renameSync(temporary, file);
}

export function releaseLock(dataDir: string, id: string): void {
  if (readLock(dataDir)?.id === id) removeLock(dataDir);
}

export function removeLock(dataDir: string): void {
  rmSync(studioPaths(dataDir).lock, { force: true });
}

export function alive(pid: number | undefined): boolean {
  if (pid === undefined || !Number.isInteger(pid) || pid <= 1) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
