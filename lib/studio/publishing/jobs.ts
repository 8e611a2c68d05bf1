import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import {
  alive,
  audit,
  auditEnd,
  jobIds,
  keptLines,
  loadJob,
  newJobId,
  pruneJobs,
  readLock,
  releaseLock,
  removeLock,
  rewriteLock,
  studioPaths,
  takeLock,
  writeJob,
  type Job,
} from "./job-store";
import {
  authorName,
  checkCommitId,
  checkPublishRequest,
  commitFiles,
  dropIfHead,
  revertCommit,
  softResetIfHead,
  studioHistory,
  StudioGitError,
} from "./git";
import { advice, releaseOutcome, type JobOutcome } from "./outcome";

/**
 * Publish and undo, as jobs: the button returns at once with a job id, the page follows the job
 * (its lines, then its outcome) by reading it again. A job commits (or reverts), then runs
 * `npm run release` in the checkout. One job at a time: a second start while one runs gets the
 * running job's id. Jobs are files (job-store.ts), and the release writes its output to a file of
 * its own, in its own process group: a studio restart in the middle loses nothing, the restarted
 * studio picks the job up again (`settle`).
 */

export type { Job, JobKind } from "./job-store";
export type { JobOutcome } from "./outcome";

export type ReleaseCommand = { command: string; args: string[] };
export type StartResult = { id: string; started: boolean };

type Common = { checkout: string; dataDir: string; by: string; releaseCommand?: ReleaseCommand };

/** Jobs kept on disk (the audit log keeps every publish and undo regardless). */
const keptJobs = 200;

/** The jobs this process is running, by id (the lock file says the same across processes). */
const running = new Map<string, Promise<void>>();

/** Shown before the release's own lines; a restarted studio finds where they begin by it. */
const releaseStarts = "Publishing: the site is built and checked beside the live one (a minute or two)…";

export function startPublish({
  checkout,
  dataDir,
  by,
  message,
  paths,
  releaseCommand,
}: Common & { message: string; paths: string[] }): StartResult {
  // A request that can never succeed is refused here, before it becomes a job.
  const { name, subject } = checkPublishRequest({ author: by, message, paths });
  return start(
    dataDir,
    { kind: "publish", by: name, checkout, message: subject, files: [...new Set(paths)] },
    async (job) => {
      say(dataDir, job, `Saving your change (${plural(paths.length, "file")}) in the site's history…`);
      const commit = await commitFiles({ checkout, paths, author: name, message });
      update(dataDir, job, { commit });
      say(dataDir, job, `Saved as ${commit.slice(0, 7)}.`);
      return releaseCommand ?? defaultRelease(commit, name);
    },
  );
}

export function startUndo({ checkout, dataDir, by, commit, releaseCommand }: Common & { commit: string }): StartResult {
  const name = authorName(by);
  checkCommitId(commit);
  const fields = { kind: "undo" as const, by: name, checkout, message: `Undo ${commit.slice(0, 7)}`, files: [] };
  return start(dataDir, fields, async (job) => {
    say(dataDir, job, `Undoing ${commit.slice(0, 7)} in the site's history…`);
    const undo = await revertCommit({ checkout, commit, author: name });
    const [made] = await studioHistory(checkout, 1);
    update(dataDir, job, {
      commit: undo,
      reverts: made?.reverts,
      message: made?.message ?? job.message,
      files: made?.files ?? [],
    });
    say(dataDir, job, `Saved as ${undo.slice(0, 7)}.`);
    return releaseCommand ?? defaultRelease(undo, name);
  });
}

/** `npm run release` for exactly the commit just made (HEAD could move meanwhile), named after the person. */
function defaultRelease(commit: string, by: string): ReleaseCommand {
  // --by=<name>: a name starting with "-" would otherwise read as an option.
  return { command: "npm", args: ["run", "release", "--", "--ref", commit, `--by=${by}`] };
}

/**
 * The studio's environment, minus what belongs to the studio's own Next.js server: NODE_ENV
 * (`next dev` sets "development", and a build with it is not a production build), Next's internal
 * variables (__NEXT_PROCESSED_ENV would stop the release's build from reading its .env files) and
 * PORT (a slot's).
 */
export function releaseEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const studioOnly = (key: string) =>
    key === "NODE_ENV" || key === "PORT" || key === "NEXT_RUNTIME" || key === "TURBOPACK" || key.startsWith("__NEXT");
  // Next's types declare NODE_ENV always set; for a child process it is rightly absent.
  return Object.fromEntries(Object.entries(env).filter(([key]) => !studioOnly(key))) as NodeJS.ProcessEnv;
}

function start(
  dataDir: string,
  fields: Pick<Job, "kind" | "by" | "checkout" | "message" | "files">,
  save: (job: Job) => Promise<ReleaseCommand>,
): StartResult {
  settle(dataDir);
  const held = readLock(dataDir);
  if (held) return { id: held.id, started: false };
  const job: Job = { id: newJobId(), ...fields, startedAt: new Date().toISOString(), lines: [], runner: process.pid };
  if (!takeLock(dataDir, { id: job.id, runner: process.pid })) {
    return { id: readLock(dataDir)?.id ?? job.id, started: false };
  }
  writeJob(dataDir, job);
  pruneJobs(dataDir, keptJobs);
  audit(dataDir, { by: job.by, action: job.kind, job: job.id, commit: null, files: job.files, outcome: "started" });
  track(dataDir, job, run(dataDir, job, save));
  return { id: job.id, started: true };
}

function track(dataDir: string, job: Job, work: Promise<void>) {
  running.set(
    job.id,
    work
      .catch((error: unknown) => {
        // A bug here must still end the job, or the lock would hold every later publish.
        say(dataDir, job, `The studio failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!job.finishedAt) finish(dataDir, job, { ok: false, step: "studio", advice: advice.retry });
      })
      .finally(() => {
        running.delete(job.id);
        releaseLock(dataDir, job.id);
      }),
  );
}

async function run(dataDir: string, job: Job, save: (job: Job) => Promise<ReleaseCommand>): Promise<void> {
  let command: ReleaseCommand;
  try {
    command = await save(job);
  } catch (error) {
    const plain = error instanceof StudioGitError;
    if (!plain) say(dataDir, job, `git: ${error instanceof Error ? error.message : String(error)}`);
    const step = job.kind === "publish" ? "save the change" : "undo the change";
    return finish(dataDir, job, {
      ok: false,
      step,
      advice: plain ? `${(error as Error).message} Nothing changed on the live site.` : advice.retry,
    });
  }
  say(dataDir, job, releaseStarts);
  const exitCode = await release(dataDir, job, command);
  await conclude(dataDir, job, exitCode);
}

/**
 * Starts the release in its own process group, writing to a file: if the studio stops (or is
 * the old release being stopped), the release still finishes, and its output is still there.
 */
function release(dataDir: string, job: Job, { command, args }: ReleaseCommand): Promise<number | null> {
  const output = openSync(studioPaths(dataDir).output(job.id), "a");
  const child = spawn(command, args, {
    cwd: job.checkout,
    env: releaseEnvironment(process.env),
    detached: true,
    stdio: ["ignore", output, output],
  });
  closeSync(output);
  child.unref();
  if (child.pid) update(dataDir, job, { releasePid: child.pid });
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => resolve(code));
    child.on("error", (error) => {
      say(dataDir, job, `Could not start the release: ${error.message}`);
      resolve(null);
    });
  });
  return follow(dataDir, job, exited);
}

/** Copies the release's output into the job as it comes, until `done` resolves (with the exit code). */
async function follow<T>(dataDir: string, job: Job, done: Promise<T>): Promise<T> {
  const before = job.lines.slice(0, job.lines.lastIndexOf(releaseStarts) + 1);
  let shown = -1;
  const copy = () => {
    const lines = outputLines(dataDir, job.id);
    if (lines.length === shown) return;
    shown = lines.length;
    update(dataDir, job, { lines: [...before, ...lines].slice(-keptLines) });
  };
  for (;;) {
    const result = await Promise.race([done.then((value) => ({ value })), sleep(250).then(() => undefined)]);
    copy();
    if (result) return result.value;
  }
}

/** The release's output lines, blank ones left out (the studio shows them as a list). */
function outputLines(dataDir: string, id: string): string[] {
  const file = studioPaths(dataDir).output(id);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "");
}

/** The outcome from the release's output; a failed release leaves no commit behind (see git.ts). */
async function conclude(dataDir: string, job: Job, exitCode: number | null | undefined) {
  const { outcome, switched } = releaseOutcome(outputLines(dataDir, job.id), exitCode);
  if (!outcome.ok && !switched && job.commit) await takeBack(dataDir, job, job.commit);
  finish(dataDir, job, outcome);
}

async function takeBack(dataDir: string, job: Job, commit: string) {
  const { checkout } = job;
  try {
    if (job.kind === "publish") {
      const done = await softResetIfHead({ checkout, commit });
      say(
        dataDir,
        job,
        done ? "Your edits are kept as unpublished changes." : "Your edits stay saved, but unpublished.",
      );
    } else {
      const done = await dropIfHead({ checkout, commit });
      if (done) say(dataDir, job, "The undo was taken back; the change is still live.");
    }
  } catch (error) {
    say(dataDir, job, `Could not take the unpublished commit back: ${error instanceof Error ? error.message : error}`);
  }
}

function finish(dataDir: string, job: Job, outcome: JobOutcome) {
  update(dataDir, job, { outcome, finishedAt: new Date().toISOString() });
  auditEnd(dataDir, job, outcome);
}

/**
 * A job whose studio process is gone: if its release still runs, this process follows it to the
 * end; if it has ended, the outcome is read from its output; if it never started, the job ends
 * here (and a commit it made is taken back). Called before every read, so any page that looks at
 * jobs after a restart finishes what the old studio left.
 */
function settle(dataDir: string): void {
  const lock = readLock(dataDir);
  // No lock, or an unreadable one (a damaged file; takeLock never leaves one half written).
  if (!lock) return removeLock(dataDir);
  if (running.has(lock.id) || lock.runner === process.pid || alive(lock.runner)) return;
  const job = loadJob(dataDir, lock.id);
  if (!job || job.finishedAt) return releaseLock(dataDir, lock.id);
  rewriteLock(dataDir, { id: job.id, runner: process.pid });
  update(dataDir, job, { runner: process.pid });
  track(dataDir, job, adopt(dataDir, job));
}

async function adopt(dataDir: string, job: Job): Promise<void> {
  if (job.releasePid === undefined) {
    if (job.commit) await takeBack(dataDir, job, job.commit);
    return finish(dataDir, job, {
      ok: false,
      step: job.kind === "publish" ? "save the change" : "undo the change",
      advice: advice.stoppedBeforeRelease,
    });
  }
  const pid = job.releasePid;
  await follow(dataDir, job, waitUntilGone(pid));
  await conclude(dataDir, job, undefined);
}

async function waitUntilGone(pid: number): Promise<void> {
  while (alive(pid)) await sleep(500);
}

export function readJob(dataDir: string, id: string): Job | undefined {
  settle(dataDir);
  return loadJob(dataDir, id);
}

/** The latest jobs, newest first (for the publishing page's "recent" list). */
export function recentJobs(dataDir: string, limit = 20): Job[] {
  settle(dataDir);
  return jobIds(dataDir)
    .slice(0, limit)
    .map((id) => loadJob(dataDir, id))
    .filter((job): job is Job => job !== undefined);
}

/** The job running now (in this studio process or another), if any. */
export function runningJob(dataDir: string): Job | undefined {
  settle(dataDir);
  const lock = readLock(dataDir);
  const job = lock && loadJob(dataDir, lock.id);
  return job && !job.finishedAt ? job : undefined;
}

/** Resolves with the finished job; for tests and scripts. */
export async function waitForJob(dataDir: string, id: string, timeoutMs: number): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = readJob(dataDir, id);
    if (job?.finishedAt) {
      await running.get(id);
      return loadJob(dataDir, id) ?? job;
    }
    if (Date.now() > deadline) throw new Error(`job ${id} did not finish within ${timeoutMs} ms`);
    await sleep(50);
  }
}

function update(dataDir: string, job: Job, patch: Partial<Job>) {
  Object.assign(job, patch);
  writeJob(dataDir, job);
}

function say(dataDir: string, job: Job, line: string) {
  update(dataDir, job, { lines: [...job.lines, line].slice(-keptLines) });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
