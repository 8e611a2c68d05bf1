import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { commitFiles, studioHistory } from "./git";
import { newJobId, studioPaths, takeLock, writeJob, type Job } from "./job-store";
import { readJob, recentJobs, releaseEnvironment, runningJob, startPublish, startUndo, waitForJob } from "./jobs";
import { advice } from "./outcome";
import { fakeRelease, testRepo } from "./test-repo";

const build = "build (content check, next build, script-free pages, server actions)";
const released = fakeRelease({
  lines: [
    "• 14:01:02 find the commit…",
    "  find the commit: done in 0.1 s",
    "  switch traffic: done in 0.2 s",
    "Live since 14:02: 20261205T140102Z-abc1234 on port 3001",
    "Done in 53.1 s.",
  ],
});
const contentProblem = fakeRelease({
  lines: [`• 14:01:05 ${build}…`],
  errors: [
    "",
    `Release stopped at "${build}": nothing was switched, the live site is unchanged.`,
    "    content/articles/a.mdx:7:1 error",
  ],
  code: 1,
});

const repos: ReturnType<typeof testRepo>[] = [];
const newRepo = () => {
  const repo = testRepo();
  repos.push(repo);
  return repo;
};
afterEach(() => repos.splice(0).forEach((repo) => repo.cleanup()));

const auditLines = (dataDir: string) =>
  readFileSync(studioPaths(dataDir).audit, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** A pid that certainly belongs to no process any more. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

describe("publish and undo jobs", () => {
  it("publishes: commits the chosen files as the person, runs the release, shows its lines and when it went live", async () => {
    const { checkout, dataDir, ...repo } = newRepo();
    repo.write("content/articles/a.mdx", "changed\n");
    repo.write("content/pages/costs.mdx", "not chosen\n");
    const { id, started } = startPublish({
      checkout,
      dataDir,
      by: "Ana Ruiz",
      message: "Clearer intro",
      paths: ["content/articles/a.mdx"],
      releaseCommand: released,
    });
    expect(started).toBe(true);
    const job = await waitForJob(dataDir, id, 10_000);

    expect(job).toMatchObject({
      kind: "publish",
      by: "Ana Ruiz",
      message: "Clearer intro",
      files: ["content/articles/a.mdx"],
    });
    expect(job.outcome).toEqual({ ok: true, liveSince: "14:02" });
    expect(job.commit).toBe(repo.head());
    expect(job.lines).toContain("Live since 14:02: 20261205T140102Z-abc1234 on port 3001");
    expect(job.lines[0]).toMatch(/^Saving your change \(1 file\)/);
    expect(repo.git("log", "-1", "--format=%an|%B").trim()).toBe("Ana Ruiz|Clearer intro\n\nStudio-Change: publish");
    expect(repo.git("show", "--name-only", "--format=", job.commit!).trim()).toBe("content/articles/a.mdx");
    expect(repo.status()).toBe(" M content/pages/costs.mdx");

    const [latest] = await studioHistory(checkout);
    expect(latest).toMatchObject({
      commit: job.commit,
      author: "Ana Ruiz",
      files: ["content/articles/a.mdx"],
      undone: false,
    });
    // Kept on disk: a reload (or a restarted studio) reads the same job.
    expect(JSON.parse(readFileSync(studioPaths(dataDir).job(id), "utf8"))).toMatchObject({ id, outcome: job.outcome });
    expect(recentJobs(dataDir, 5).map((recent) => recent.id)).toEqual([id]);
    expect(runningJob(dataDir)).toBeUndefined();

    expect(auditLines(dataDir)).toEqual([
      expect.objectContaining({
        by: "Ana Ruiz",
        action: "publish",
        job: id,
        commit: null,
        files: ["content/articles/a.mdx"],
        outcome: "started",
      }),
      expect.objectContaining({
        by: "Ana Ruiz",
        action: "publish",
        job: id,
        commit: job.commit,
        files: ["content/articles/a.mdx"],
        outcome: "live",
      }),
    ]);
  });

  it("a failed release names the step and what to do, and leaves the edits unpublished (no commit left behind)", async () => {
    const { checkout, dataDir, ...repo } = newRepo();
    const base = repo.head();
    repo.write("content/articles/a.mdx", "changed\n");
    repo.write("content/articles/b.mdx", "new\n");
    const before = repo.status();
    const { id } = startPublish({
      checkout,
      dataDir,
      by: "Ana",
      message: "Two articles",
      paths: ["content/articles/a.mdx", "content/articles/b.mdx"],
      releaseCommand: contentProblem,
    });
    const job = await waitForJob(dataDir, id, 10_000);

    expect(job.outcome).toEqual({ ok: false, step: build, advice: advice.contentCheck });
    expect(job.lines).toContain("    content/articles/a.mdx:7:1 error");
    expect(job.lines.at(-1)).toBe("Your edits are kept as unpublished changes.");
    expect(repo.head()).toBe(base);
    expect(repo.status()).toBe(before);
    expect(await studioHistory(checkout)).toEqual([]);
    expect(auditLines(dataDir).at(-1)).toMatchObject({
      action: "publish",
      outcome: "failed",
      step: build,
      commit: job.commit,
    });
  });

  it("a publish with nothing to commit fails before any release, saying why", async () => {
    const { checkout, dataDir } = newRepo();
    const { id } = startPublish({
      checkout,
      dataDir,
      by: "Ana",
      message: "m",
      paths: ["content/articles/a.mdx"],
      releaseCommand: released,
    });
    const job = await waitForJob(dataDir, id, 10_000);
    expect(job.outcome).toMatchObject({ ok: false, step: "save the change" });
    expect(job.outcome && !job.outcome.ok && job.outcome.advice).toMatch(/no unpublished change/);
    expect(job.lines.join("\n")).not.toContain("Live since");
    expect(() =>
      startPublish({ checkout, dataDir, by: "Ana", message: "m", paths: ["package.json"], releaseCommand: released }),
    ).toThrow(/only publishes content and images/);
    expect(() => startUndo({ checkout, dataDir, by: "Ana", commit: "--all" })).toThrow(/not a change in the history/);
  });

  it("undoes a change with a revert commit, released the same way; history marks the original undone", async () => {
    const { checkout, dataDir, ...repo } = newRepo();
    repo.write("content/pages/costs.mdx", "new prices\n");
    const original = await commitFiles({
      checkout,
      paths: ["content/pages/costs.mdx"],
      author: "Ana",
      message: "Prices",
    });

    const { id } = startUndo({ checkout, dataDir, by: "Ben", commit: original, releaseCommand: released });
    const job = await waitForJob(dataDir, id, 10_000);

    expect(job).toMatchObject({
      kind: "undo",
      by: "Ben",
      reverts: original,
      files: ["content/pages/costs.mdx"],
      message: 'Undo "Prices"',
    });
    expect(job.outcome).toEqual({ ok: true, liveSince: "14:02" });
    expect(repo.git("log", "-1", "--format=%an|%B").trim()).toBe(
      `Ben|Undo "Prices"\n\nStudio-Change: undo\nReverts: ${original}`,
    );
    expect(repo.git("show", "HEAD:content/pages/costs.mdx")).toContain("Prices.");
    const history = await studioHistory(checkout);
    expect(history.map((item) => [item.kind, item.undone])).toEqual([
      ["undo", false],
      ["publish", true],
    ]);
    expect(auditLines(dataDir).map((line) => [line.action, line.by, line.outcome, line.reverts])).toEqual([
      ["undo", "Ben", "started", undefined],
      ["undo", "Ben", "live", original],
    ]);
  });

  it("a failed undo is taken back whole: the change stays as it is live", async () => {
    const { checkout, dataDir, ...repo } = newRepo();
    repo.write("content/pages/costs.mdx", "new prices\n");
    const original = await commitFiles({
      checkout,
      paths: ["content/pages/costs.mdx"],
      author: "Ana",
      message: "Prices",
    });
    const { id } = startUndo({ checkout, dataDir, by: "Ben", commit: original, releaseCommand: contentProblem });
    const job = await waitForJob(dataDir, id, 10_000);
    expect(job.outcome).toMatchObject({ ok: false, step: build });
    expect(repo.head()).toBe(original);
    expect(repo.status()).toBe("");
  });

  it("runs one job at a time: a second start while one runs gets the running job", async () => {
    const { checkout, dataDir, ...repo } = newRepo();
    repo.write("content/articles/a.mdx", "changed\n");
    repo.write("content/pages/costs.mdx", "changed\n");
    const slow = fakeRelease({ lines: ["Live since 09:30: r on port 3000"], delayMs: 600 });
    const first = startPublish({
      checkout,
      dataDir,
      by: "Ana",
      message: "a",
      paths: ["content/articles/a.mdx"],
      releaseCommand: slow,
    });
    const second = startPublish({
      checkout,
      dataDir,
      by: "Ben",
      message: "b",
      paths: ["content/pages/costs.mdx"],
      releaseCommand: slow,
    });
    const undo = startUndo({ checkout, dataDir, by: "Ben", commit: repo.head(), releaseCommand: slow });
    expect(second).toEqual({ id: first.id, started: false });
    expect(undo).toEqual({ id: first.id, started: false });
    expect(runningJob(dataDir)?.id).toBe(first.id);

    await waitForJob(dataDir, first.id, 10_000);
    expect(runningJob(dataDir)).toBeUndefined();
    expect(existsSync(studioPaths(dataDir).lock)).toBe(false);
    expect(recentJobs(dataDir, 10)).toHaveLength(1);
    expect(repo.status()).toBe(" M content/pages/costs.mdx");
  });

  it("after a studio restart, finishes a job whose release ended meanwhile (from the release's own output)", async () => {
    const { checkout, dataDir, ...repo } = newRepo();
    const base = repo.head();
    repo.write("content/articles/a.mdx", "changed\n");
    const commit = await commitFiles({ checkout, paths: ["content/articles/a.mdx"], author: "Ana", message: "m" });
    const job: Job = {
      id: newJobId(),
      kind: "publish",
      by: "Ana",
      checkout,
      message: "m",
      files: ["content/articles/a.mdx"],
      commit,
      startedAt: new Date().toISOString(),
      lines: ["Saving…"],
      runner: deadPid()!,
      releasePid: deadPid()!,
    };
    writeJob(dataDir, job);
    takeLock(dataDir, { id: job.id, runner: job.runner });
    writeFileSync(
      studioPaths(dataDir).output(job.id),
      `• 14:01:05 ${build}…\n\nRelease stopped at "${build}": nothing was switched, the live site is unchanged.\n`,
    );

    expect(readJob(dataDir, job.id)?.finishedAt).toBeUndefined();
    const finished = await waitForJob(dataDir, job.id, 10_000);
    expect(finished.outcome).toEqual({ ok: false, step: build, advice: advice.contentCheck });
    expect(repo.head()).toBe(base);
    expect(repo.status()).toBe(" M content/articles/a.mdx");
    expect(existsSync(studioPaths(dataDir).lock)).toBe(false);
  });

  it("after a studio restart, follows a release that is still running to its end", async () => {
    const { checkout, dataDir, ...repo } = newRepo();
    repo.write("content/articles/a.mdx", "changed\n");
    const commit = await commitFiles({ checkout, paths: ["content/articles/a.mdx"], author: "Ana", message: "m" });
    const id = newJobId();
    mkdirSync(studioPaths(dataDir).jobs, { recursive: true });
    // The release the old studio started: its own process group, writing to its own file.
    const output = openSync(studioPaths(dataDir).output(id), "a");
    const { command, args } = fakeRelease({
      lines: ["  switch traffic: done in 0.1 s", "Live since 09:30: r on port 3000"],
      delayMs: 500,
    });
    const orphan = spawn(command, args, { detached: true, stdio: ["ignore", output, output] });
    closeSync(output);
    const job: Job = {
      id,
      kind: "publish",
      by: "Ana",
      checkout,
      message: "m",
      files: ["content/articles/a.mdx"],
      commit,
      startedAt: new Date().toISOString(),
      lines: [],
      runner: deadPid()!,
      releasePid: orphan.pid!,
    };
    writeJob(dataDir, job);
    takeLock(dataDir, { id, runner: job.runner });

    expect(runningJob(dataDir)?.id).toBe(id);
    const finished = await waitForJob(dataDir, id, 10_000);
    expect(finished.outcome).toEqual({ ok: true, liveSince: "09:30" });
    expect(finished.lines).toContain("Live since 09:30: r on port 3000");
    expect(repo.head()).toBe(commit);
  });

  it("after a studio restart, ends a job that stopped before its release started", async () => {
    const { dataDir, checkout } = newRepo();
    const job: Job = {
      id: newJobId(),
      kind: "publish",
      by: "Ana",
      checkout,
      message: "m",
      files: [],
      startedAt: new Date().toISOString(),
      lines: [],
      runner: deadPid()!,
    };
    writeJob(dataDir, job);
    takeLock(dataDir, { id: job.id, runner: job.runner });
    // Nothing to follow: the first look at the jobs ends it.
    expect(runningJob(dataDir)).toBeUndefined();
    const finished = await waitForJob(dataDir, job.id, 10_000);
    expect(finished.outcome).toEqual({ ok: false, step: "save the change", advice: advice.stoppedBeforeRelease });
    expect(auditLines(dataDir)).toEqual([expect.objectContaining({ job: job.id, outcome: "failed" })]);
  });

  it("runs the release without the studio server's own variables", () => {
    const env = releaseEnvironment({
      NODE_ENV: "development",
      PORT: "3100",
      __NEXT_PROCESSED_ENV: "true",
      DATA_DIR: "/srv/data",
      PATH: "/bin",
    } as NodeJS.ProcessEnv);
    expect(env).toEqual({ DATA_DIR: "/srv/data", PATH: "/bin" });
  });
});
