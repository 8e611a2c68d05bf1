import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { parse } from "yaml";
import { clinicSchema } from "./clinic";
import { contextProblems, type FileFacts } from "./context-check";
import type { EntryKind } from "./lint/lint";
import { contentDir, projectRoot, publicDir as defaultPublicDir, relativeToRoot } from "./paths";
import { sortProblems, type ContentProblem } from "./problems";
import { checkTranslations } from "./translation-check";

export interface CheckOptions {
  /** Folder holding articles/, pages/, team/ and clinic.yaml (a copy can be checked in tests). */
  contentRoot?: string;
  /** Where /images/… paths are looked up. */
  publicDir?: string;
  /** Today as YYYY-MM-DD (medical reviews older than 12 months are a warning); tests fix it. */
  today?: string;
  /** Where to keep results between runs (`npm run content:check` uses `defaultCacheFile`); off when unset. */
  cacheFile?: string;
  /** Worker threads for files not in the cache; default: one per core when there are many files. */
  workers?: number;
}

/** Outside content/ and the build output; `rm -rf node_modules/.cache` clears it. */
export const defaultCacheFile = path.join(projectRoot, "node_modules", ".cache", "shamynds", "content-check.json");

/** A file for the analysis (in this thread or a worker). */
export interface CheckTask {
  absolute: string;
  file: string;
  kind: EntryKind;
  source?: string;
}

/** The content folders, by kind. A second content root (e.g. content/es/) adds entries here. */
const collections: { folder: string; kind: EntryKind }[] = [
  { folder: "articles", kind: "article" },
  { folder: "pages", kind: "page" },
  { folder: "team", kind: "team" },
];

/** Below this many files to analyze, starting workers costs more than it saves. */
const filesPerWorker = 60;

/**
 * Checks every content file and returns every problem found, errors and warnings, in one list.
 * This is what `npm run content:check` prints and what makes `npm run build` fail.
 *
 * Each file's own checks (frontmatter, MDX, components, raw HTML, claims) depend only on its
 * text, so their results are cached by a hash of the text and of the checker's own source
 * (never stale: a changed file or a changed checker misses), and files not in the cache are
 * spread over worker threads. The checks against the rest of the site (images on disk, the
 * team, today's date) are cheap and run every time.
 */
export async function checkContent(options: CheckOptions = {}): Promise<ContentProblem[]> {
  // The folder the site serves (CONTENT_DIR when a copy is served), so what is checked is what is shown.
  const root = options.contentRoot ?? contentDir;
  const publicDir = options.publicDir ?? defaultPublicDir;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: ContentProblem[] = [...checkClinic(path.join(root, "clinic.yaml"))];

  const tasks: CheckTask[] = collections.flatMap(({ folder, kind }) => {
    const directory = path.join(root, folder);
    if (!existsSync(directory)) return [];
    return readdirSync(directory)
      .filter((name) => name.endsWith(".mdx"))
      .sort()
      .map((name) => {
        const absolute = path.join(directory, name);
        return { absolute, file: relativeToRoot(absolute), kind, source: readFileSync(absolute, "utf8") };
      });
  });

  const cache = options.cacheFile ? readCache(options.cacheFile) : undefined;
  const keyOf = (task: CheckTask) => createHash("sha256").update(`${task.kind}\0${task.file}\0${task.source}`).digest("base64url");
  const facts = new Map<CheckTask, FileFacts>();
  const misses: CheckTask[] = [];
  for (const task of tasks) {
    const cached = cache?.files[keyOf(task)];
    if (cached) facts.set(task, cached);
    else misses.push(task);
  }
  const analyzed = await analyze(misses, options.workers);
  misses.forEach((task, index) => facts.set(task, analyzed[index]!));

  if (options.cacheFile) {
    writeCache(options.cacheFile, Object.fromEntries(tasks.map((task) => [keyOf(task), facts.get(task)!])));
  }

  const teamIds = new Set(tasks.filter((task) => task.kind === "team" && facts.get(task)!.valid).map((task) => facts.get(task)!.slug));
  for (const task of tasks) {
    const fileFacts = facts.get(task)!;
    problems.push(...fileFacts.problems, ...contextProblems(fileFacts, { publicDir, teamIds, today }));
  }
  // Translations (content/es/) are checked as their English counterparts are, plus what pairs them.
  const slugsOf = (kind: EntryKind) =>
    new Set(tasks.filter((task) => task.kind === kind).map((task) => path.basename(task.absolute, ".mdx")));
  problems.push(
    ...(await checkTranslations({
      root,
      publicDir,
      today,
      teamIds,
      englishArticles: slugsOf("article"),
      englishPages: slugsOf("page"),
    })),
  );
  return sortProblems(problems);
}

async function analyze(tasks: CheckTask[], requestedWorkers?: number): Promise<FileFacts[]> {
  const workers = Math.min(requestedWorkers ?? availableParallelism(), Math.floor(tasks.length / filesPerWorker));
  if (tasks.length === 0) return [];
  if (workers < 2) {
    // Loaded only when needed: a run answered from the cache never loads the Markdown parser.
    const { analyzeFile } = await import("./entry-check");
    return tasks.map((task) => analyzeFile(task.source!, task.file, task.kind));
  }

  const results: FileFacts[] = new Array(tasks.length);
  const batch = 20;
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      const worker = new Worker(new URL("./check-worker.mjs", import.meta.url));
      try {
        while (next < tasks.length) {
          const start = next;
          next += batch;
          const slice = tasks.slice(start, start + batch);
          const done = await new Promise<FileFacts[]>((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.postMessage(slice);
          });
          worker.removeAllListeners("error");
          done.forEach((fileFacts, index) => (results[start + index] = fileFacts));
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return results;
}

interface CacheFile {
  version: string;
  files: Record<string, FileFacts>;
}

/**
 * The checker's own version: a hash of its source (lib/content, without tests) and of the
 * installed versions of the packages it uses, so a changed rule or parser invalidates the cache.
 */
function checkerVersion(): string {
  const hash = createHash("sha256");
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(absolute);
      else if (/\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith(".test.ts")) hash.update(entry.name).update(readFileSync(absolute));
    }
  };
  walk(import.meta.dirname);
  const lock = path.join(projectRoot, "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest("base64url");
}

function readCache(file: string): CacheFile {
  const version = checkerVersion();
  try {
    const cache = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
    if (cache.version === version && cache.files) return cache;
  } catch {
    // No cache yet, or unreadable: start afresh.
  }
  return { version, files: {} };
}

function writeCache(file: string, files: Record<string, FileFacts>) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written beside it, then renamed: a run that stops half-way never leaves half a cache, and a
    // hard-linked copy of node_modules (bench/) never writes into the original's cache.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ version: checkerVersion(), files }));
    renameSync(partial, file);
  } catch {
    // A read-only checkout still gets a full check, just without the speed-up next time.
  }
}

function checkClinic(file: string): ContentProblem[] {
  const relative = relativeToRoot(file);
  if (!existsSync(file)) {
    return [
      {
        severity: "error",
        file: relative,
        rule: "clinic",
        message: "The clinic profile is missing.",
        fix: "Restore content/clinic.yaml from version control.",
      },
    ];
  }
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    const position = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return [
      {
        severity: "error",
        file: relative,
        line: position?.line,
        column: position?.col,
        rule: "clinic/yaml",
        message: `The clinic profile is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
        fix: "Put values containing a colon (:) or # in double quotes.",
      },
    ];
  }
  const result = clinicSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    severity: "error" as const,
    file: relative,
    rule: issue.path.join(".") || "clinic",
    message: `"${issue.path.join(".")}" ${issue.message}.`,
    fix: "Compare with the example values in the comments of content/clinic.yaml.",
  }));
}
