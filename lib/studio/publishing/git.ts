import { execFile } from "node:child_process";

/**
 * The studio's few git operations, over the `git` CLI (no shell: names and messages typed by
 * staff are arguments, never command text). Every call runs in the studio's checkout, the same
 * one `npm run release` builds from.
 */

export type FileChange = { path: string; change: "added" | "changed" | "deleted" };

export type StudioCommit = {
  commit: string;
  author: string;
  /** Author date, ISO 8601. */
  at: string;
  /** The first line of the message. */
  message: string;
  files: string[];
  kind: "publish" | "undo";
  /** For an undo: the commit it reverts. */
  reverts?: string;
  /** A later undo (itself not undone) reverts this change. */
  undone: boolean;
};

/** The folders staff edit; nothing else is ever committed by the studio. */
export const editableFolders = ["content", "public/images"] as const;

/** The studio commits as itself: the machine may have no git identity, and staff have no email here. */
const studioEmail = "studio@shamynds.invalid";
const identity = ["-c", "user.name=ShaMynds studio", "-c", `user.email=${studioEmail}`, "-c", "commit.gpgsign=false"];

/** Thrown with a sentence staff can read (the UI shows `message` as is). */
export class StudioGitError extends Error {
  override name = "StudioGitError";
}

function git(checkout: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      [...identity, ...args],
      {
        cwd: checkout,
        maxBuffer: 64 * 1024 * 1024,
        // Pathspecs are file names, never globs (a file may be called "[draft].mdx"); never prompt.
        env: { ...process.env, GIT_LITERAL_PATHSPECS: "1", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

const succeeds = (checkout: string, args: string[]) =>
  git(checkout, args).then(
    () => true,
    () => false,
  );

/** A path the studio may commit: under content/ or public/images/, no way out of them. */
export function isEditablePath(file: string): boolean {
  if (file.split("/").some((part) => part === ".." || part === "." || part === "")) return false;
  return editableFolders.some((folder) => file.startsWith(`${folder}/`));
}

/** `git status --porcelain=v1 -z` entries: "XY path", and for a rename or copy "XY new" then "old". */
export function parseStatus(output: string): FileChange[] {
  const fields = output.split("\0");
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i]!;
    if (entry.length < 4) continue;
    const [x, y, file] = [entry[0]!, entry[1]!, entry.slice(3)];
    if (x === "R" || x === "C") {
      const from = fields[++i];
      changes.push({ path: file, change: "added" });
      if (x === "R" && from) changes.push({ path: from, change: "deleted" });
    } else if (x === "A" && y === "D") {
      continue; // added, then deleted again: nothing differs from the last commit
    } else if (x === "?" || x === "A") {
      changes.push({ path: file, change: "added" });
    } else if (x === "D" || y === "D") {
      changes.push({ path: file, change: "deleted" });
    } else {
      changes.push({ path: file, change: "changed" });
    }
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

/** The unpublished (uncommitted) changes under content/ and public/images/. */
export async function changedFiles(checkout: string): Promise<FileChange[]> {
  const output = await git(checkout, [
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--",
    ...editableFolders,
  ]);
  return parseStatus(output).filter((change) => isEditablePath(change.path));
}

/** A name as it may appear in a commit's author field (git forbids <, > and line breaks there). */
export function authorName(name: string): string {
  const clean = name
    .replace(/[<>\p{Cc}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  if (!clean) throw new StudioGitError("Say who you are before publishing (your name is kept with the change).");
  return clean;
}

/** One line, so the subject is what history shows; trailers are added after it. */
const oneLine = (message: string) => message.replace(/\s+/g, " ").trim().slice(0, 200);

/** Undo takes a commit id from history (hex), never a ref or anything git could read as an option. */
export function checkCommitId(commit: string): void {
  if (!/^[0-9a-f]{7,40}$/i.test(commit))
    throw new StudioGitError(`"${commit.slice(0, 40)}" is not a change in the history.`);
}

/** What a publish needs before git is asked anything: a name, a message, files the studio may commit. */
export function checkPublishRequest({ author, message, paths }: { author: string; message: string; paths: string[] }) {
  const name = authorName(author);
  const subject = oneLine(message);
  if (!subject) throw new StudioGitError("Write a short message saying what you changed.");
  if (paths.length === 0) throw new StudioGitError("Choose at least one change to publish.");
  const outside = paths.filter((file) => !isEditablePath(file));
  if (outside.length > 0) {
    throw new StudioGitError(`The studio only publishes content and images, not ${outside.join(", ")}.`);
  }
  return { name, subject };
}

async function headCommit(checkout: string): Promise<string> {
  return (await git(checkout, ["rev-parse", "HEAD"])).trim();
}

/**
 * Commits exactly `paths` (each must have an unpublished change) as `author`, with the trailer
 * `Studio-Change: publish` that history and undo look for. `--only` leaves anything else a
 * developer may have staged out of the commit. Hooks are skipped: the release's content check is
 * the studio's gate, and a developer's hook (lint, tests) is nothing staff could act on.
 */
export async function commitFiles({
  checkout,
  paths,
  author,
  message,
}: {
  checkout: string;
  paths: string[];
  author: string;
  message: string;
}): Promise<string> {
  const { name, subject } = checkPublishRequest({ author, message, paths });
  const changed = new Set((await changedFiles(checkout)).map((change) => change.path));
  const unchanged = paths.filter((file) => !changed.has(file));
  if (unchanged.length > 0) {
    throw new StudioGitError(`Nothing to publish in ${unchanged.join(", ")}: it has no unpublished change.`);
  }
  const files = [...new Set(paths)];
  await git(checkout, ["add", "-A", "--", ...files]);
  await git(checkout, [
    "commit",
    "--only",
    "--no-verify",
    `--author=${name} <${studioEmail}>`,
    "-m",
    subject,
    "-m",
    "Studio-Change: publish",
    "--",
    ...files,
  ]);
  return headCommit(checkout);
}

/** The files a commit touches (both sides of a rename). */
async function filesOf(checkout: string, commit: string): Promise<string[]> {
  const output = await git(checkout, [
    "diff-tree",
    "--root",
    "--no-commit-id",
    "--name-only",
    "--no-renames",
    "-r",
    "-z",
    commit,
  ]);
  return output.split("\0").filter(Boolean);
}

/**
 * Makes a commit that reverts `commit` (a studio change), as `author`, with the trailers
 * `Studio-Change: undo` and `Reverts: <sha>`. Refuses when a file it touches has unpublished
 * edits (the revert would mix them in or lose them) and when it conflicts with later changes;
 * the checkout is left as it was in both cases.
 */
export async function revertCommit({
  checkout,
  commit,
  author,
}: {
  checkout: string;
  commit: string;
  author: string;
}): Promise<string> {
  const name = authorName(author);
  checkCommitId(commit);
  const sha = (await git(checkout, ["rev-parse", "--verify", "--quiet", `${commit}^{commit}`]).catch(() => "")).trim();
  if (!sha) throw new StudioGitError(`There is no change ${commit.slice(0, 12)} in the site's history.`);
  const history = await studioHistory(checkout, 500);
  const entry = history.find((item) => item.commit === sha);
  const kind = entry?.kind ?? (await trailer(checkout, sha, "Studio-Change"));
  if (kind !== "publish" && kind !== "undo") {
    throw new StudioGitError("Only changes published from the studio can be undone here; ask the developer.");
  }
  if (entry?.undone) throw new StudioGitError("This change has already been undone.");

  const files = await filesOf(checkout, sha);
  const pending = new Set((await changedFiles(checkout)).map((change) => change.path));
  const busy = files.filter((file) => pending.has(file));
  if (busy.length > 0) {
    throw new StudioGitError(
      `${busy.join(", ")} ${busy.length === 1 ? "has" : "have"} unpublished changes. Publish or discard them first, then undo.`,
    );
  }
  // The revert is staged and then committed whole: anything else staged would slip into it.
  if (!(await succeeds(checkout, ["diff", "--cached", "--quiet"]))) {
    throw new StudioGitError("The site's files are in the middle of another change; ask the developer.");
  }

  const subject = (await git(checkout, ["log", "-1", "--format=%s", sha])).trim();
  try {
    await git(checkout, ["revert", "--no-commit", sha]);
  } catch (error) {
    const conflicted = (await git(checkout, ["ls-files", "--unmerged"])).trim() !== "";
    // Put every file back as it was; --abort needs the revert state, reset --merge does not.
    if (!(await succeeds(checkout, ["revert", "--abort"])) && conflicted) await git(checkout, ["reset", "--merge"]);
    if (!conflicted) throw error;
    throw new StudioGitError(
      `This change cannot be undone automatically: a later change edited the same part of ${files.join(", ")}. ` +
        "Edit the page by hand instead.",
    );
  }
  if (await succeeds(checkout, ["diff", "--cached", "--quiet"])) {
    await succeeds(checkout, ["revert", "--abort"]);
    throw new StudioGitError("Nothing to undo: the pages already look as they did before this change.");
  }
  await git(checkout, [
    "commit",
    "--no-verify",
    `--author=${name} <${studioEmail}>`,
    "-m",
    oneLine(`Undo "${subject}"`),
    "-m",
    `Studio-Change: undo\nReverts: ${sha}`,
  ]);
  return headCommit(checkout);
}

async function trailer(checkout: string, commit: string, key: string): Promise<string> {
  const output = await git(checkout, ["log", "-1", `--format=%(trailers:key=${key},valueonly)`, commit]);
  return output.trim().split("\n")[0] ?? "";
}

const record = "\x1e";

/**
 * Studio changes (commits with a `Studio-Change:` trailer), newest first. Undos are always newer
 * than what they revert, so the `undone` marks are right within any newest-first prefix.
 */
export async function studioHistory(checkout: string, limit = 30): Promise<StudioCommit[]> {
  const output = await git(checkout, [
    "log",
    `--max-count=${limit}`,
    "-E",
    "--grep=^Studio-Change: (publish|undo)$",
    "-z",
    "--name-only",
    "--no-renames",
    `--format=${record}%H%x00%an%x00%aI%x00%s%x00%(trailers:key=Studio-Change,valueonly)%x00%(trailers:key=Reverts,valueonly)%x00`,
  ]).catch((error: Error) => {
    // A checkout with no commit yet has no history.
    if (/does not have any commits/.test(error.message)) return "";
    throw error;
  });
  const commits: StudioCommit[] = [];
  for (const chunk of output.split(record).slice(1)) {
    const [commit = "", author = "", at = "", message = "", kind = "", reverts = "", ...names] = chunk.split("\0");
    const studioKind = kind.trim().split("\n")[0];
    if (studioKind !== "publish" && studioKind !== "undo") continue;
    const reverted = reverts.trim().split("\n")[0];
    commits.push({
      commit,
      author,
      at: new Date(at).toISOString(),
      message,
      files: names.map((name) => name.replace(/^\n/, "")).filter(Boolean),
      kind: studioKind,
      ...(studioKind === "undo" && reverted ? { reverts: reverted } : {}),
      undone: false,
    });
  }
  // Newest first: when a commit is reached, every undo that could revert it has been decided,
  // so an undo that was itself undone no longer counts.
  const undoneByLater = new Set<string>();
  for (const item of commits) {
    item.undone = undoneByLater.has(item.commit);
    if (item.reverts && !item.undone) undoneByLater.add(item.reverts);
  }
  return commits;
}

/**
 * A publish whose release failed must not leave its commit behind: the next release (anyone's)
 * would put it live unannounced, and the person would see their edits as "published" while the
 * site does not show them. If HEAD is still `commit` (no one committed since), it is taken back
 * with `reset --soft`, and its files unstaged, so they are unpublished changes again, exactly as
 * before Publish. If HEAD moved, nothing is touched (returns false).
 */
export async function softResetIfHead({ checkout, commit }: { checkout: string; commit: string }): Promise<boolean> {
  if ((await headCommit(checkout)) !== commit) return false;
  const files = await filesOf(checkout, commit);
  await git(checkout, ["reset", "--soft", "HEAD~1"]);
  if (files.length > 0) await git(checkout, ["reset", "-q", "HEAD", "--", ...files]);
  return true;
}

/**
 * An undo whose release failed is dropped whole (`reset --keep`): its changes were made by the
 * studio, not typed by anyone, and leaving them as unpublished edits would make the next publish
 * undo the change silently. --keep refuses rather than lose an edit made meanwhile.
 */
export async function dropIfHead({ checkout, commit }: { checkout: string; commit: string }): Promise<boolean> {
  if ((await headCommit(checkout)) !== commit) return false;
  await git(checkout, ["reset", "--keep", "HEAD~1"]);
  return true;
}
