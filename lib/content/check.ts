import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { loadChecker, type CheckTask } from "./check-runner";
import { clinicSchema } from "./clinic";
import { collections, type Collection } from "./content-folders";
import { contextProblems, type FileFacts } from "./context-check";
import { parseGlossary, type GlossaryEntry } from "./glossary-schema";
import type { ReadabilityFigures } from "./readability/measure";
import { siteRules } from "./rules";
import { contentDir, projectRoot, publicDir as defaultPublicDir, relativeToRoot } from "./paths";
import { sortProblems, type ContentProblem } from "./problems";
import { missingCounterparts, translationProblems, untranslatedTeamFields } from "./rules/translations";
import { missingSpanishClinicValues, topicProblems } from "./rules/spanish-values";

export interface CheckOptions {
  /** Folder holding articles/, pages/, team/, es/ and clinic.yaml (a copy can be checked in tests). */
  contentRoot?: string;
  /** Where /images/… paths are looked up. */
  publicDir?: string;
  /** Today as YYYY-MM-DD (medical reviews older than 12 months are a warning); tests fix it. */
  today?: string;
  /** Where to keep results between runs (`npm run content:check` uses `defaultCacheFile`); off when unset. */
  cacheFile?: string;
  /** Worker threads for files not in the cache; default: one per core when there are many files. */
  workers?: number;
  /** A build for the public address: placeholders in clinicians' licences are then errors. */
  publicBuild?: boolean;
}

export interface ContentReport {
  problems: ContentProblem[];
  /** Each scored file's reading level (content:check --json). */
  readability: ({ file: string } & ReadabilityFigures)[];
}

/** Outside content/ and the build output; `rm -rf node_modules/.cache` clears it. */
export const cacheDir = path.join(projectRoot, "node_modules", ".cache", "shamynds");
export const defaultCacheFile = path.join(cacheDir, "content-check.json");

/**
 * Checks every content file and returns every problem found, errors and warnings, in one list.
 * This is what `npm run content:check` prints and what makes `npm run build` fail.
 *
 * Each file's own checks (frontmatter, MDX, components, raw HTML, claims) depend only on its
 * text, so their results are cached by a hash of the text and of the checker's own code
 * (never stale: a changed file or a changed checker misses), and files not in the cache are
 * spread over worker threads. The checks against the rest of the site (images on disk, the
 * team, translations' counterparts, today's date) are cheap and run every time.
 */
export async function checkContent(options: CheckOptions = {}): Promise<ContentProblem[]> {
  return (await checkContentReport(options)).problems;
}

/** checkContent, plus the figures the checks computed on the way (reading levels). */
export async function checkContentReport(options: CheckOptions = {}): Promise<ContentReport> {
  // The folder the site serves (CONTENT_DIR when a copy is served), so what is checked is what is shown.
  const root = options.contentRoot ?? contentDir;
  const publicDir = options.publicDir ?? defaultPublicDir;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: ContentProblem[] = [...checkClinic(path.join(root, "clinic.yaml"))];
  const glossary = readGlossary(path.join(root, "glossary.yaml"));
  problems.push(...glossary.problems);

  const tasks = (Object.keys(collections) as Collection[]).flatMap((collection) =>
    readTasks(root, collection).map((task) => ({ ...task, glossary: glossary.entries })),
  );
  const checker = await loadChecker(cacheDir);
  const cache = options.cacheFile ? readCache(options.cacheFile, checker.version) : undefined;
  const keyOf = (task: CheckTask) =>
    createHash("sha256").update(`${task.collection}\0${task.file}\0${task.source}\0${glossary.text}`).digest("base64url");
  const facts = new Map<CheckTask, FileFacts>();
  const misses: CheckTask[] = [];
  for (const task of tasks) {
    const cached = cache?.[keyOf(task)];
    if (cached) facts.set(task, cached);
    else misses.push(task);
  }
  const analyzed = await checker.analyze(misses, options.workers ?? availableParallelism());
  misses.forEach((task, index) => facts.set(task, analyzed[index]!));
  if (options.cacheFile) {
    writeCache(options.cacheFile, checker.version, Object.fromEntries(tasks.map((task) => [keyOf(task), facts.get(task)!])));
  }

  const factsOf = (collection: Collection) => tasks.filter((task) => task.collection === collection).map((task) => facts.get(task)!);
  const teamIds = new Set(factsOf("team").filter((member) => member.valid).map((member) => member.slug));
  for (const task of tasks) {
    const fileFacts = facts.get(task)!;
    problems.push(...fileFacts.problems, ...contextProblems(fileFacts, { publicDir, teamIds, today }));
  }
  const slugs = (collection: Collection) => new Set(factsOf(collection).map((entry) => entry.slug));
  problems.push(
    ...translationProblems(
      { articles: factsOf("translated-article"), pages: factsOf("translated-page") },
      { teamIds, englishArticles: slugs("article"), englishPages: slugs("page") },
    ),
  );
  const published = (entry: FileFacts) => entry.valid && !entry.frontmatter.draft;
  const translationOf = (entry: FileFacts) => String(entry.frontmatter.translationOf ?? "");
  for (const missing of missingCounterparts({
    english: {
      articles: factsOf("article").map((entry) => ({ file: entry.file, slug: entry.slug, draft: !published(entry) })),
      pages: factsOf("page").map((entry) => ({ file: entry.file, slug: entry.slug })),
    },
    spanish: {
      articles: factsOf("translated-article")
        .filter((entry) => entry.valid)
        .map((entry) => ({ file: entry.file, translationOf: translationOf(entry), draft: !published(entry) })),
      pages: factsOf("translated-page")
        .filter((entry) => entry.valid)
        .map((entry) => ({ file: entry.file, translationOf: translationOf(entry) })),
    },
  })) {
    problems.push({ severity: "warning", rule: "translation/counterpart", ...missing });
  }
  problems.push(...untranslatedTeamFields(factsOf("team"), factsOf("translated-page").length > 0));
  problems.push(...topicProblems(path.join(root, "topics.yaml"), factsOf("article")));
  const allFacts = tasks.map((task) => facts.get(task)!);
  const context = { today, publicBuild: options.publicBuild ?? false };
  for (const rule of siteRules) problems.push(...rule.check(allFacts, context));
  const readability = allFacts.flatMap((fileFacts) => (fileFacts.readability ? [{ file: fileFacts.file, ...fileFacts.readability }] : []));
  return { problems: sortProblems(problems), readability };
}

function readGlossary(file: string): { entries: GlossaryEntry[]; problems: ContentProblem[]; text: string } {
  if (!existsSync(file)) return { entries: [], problems: [], text: "" };
  const text = readFileSync(file, "utf8");
  return { ...parseGlossary(text, relativeToRoot(file)), text };
}

function readTasks(root: string, collection: Collection): CheckTask[] {
  const directory = path.join(root, collections[collection].folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const absolute = path.join(directory, name);
      return { file: relativeToRoot(absolute), collection, source: readFileSync(absolute, "utf8") };
    });
}

interface CacheFile {
  version: string;
  files: Record<string, FileFacts>;
}

function readCache(file: string, version: string): Record<string, FileFacts> {
  try {
    const cache = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
    if (cache.version === version && cache.files) return cache.files;
  } catch {
    // No cache yet, or unreadable: start afresh.
  }
  return {};
}

function writeCache(file: string, version: string, files: Record<string, FileFacts>) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written beside it, then renamed: a run that stops half-way never leaves half a cache, and a
    // hard-linked copy of node_modules (bench/) never writes into the original's cache.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ version, files } satisfies CacheFile));
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
  if (result.success) return missingSpanishClinicValues(result.data, relative);
  return result.error.issues.map((issue) => ({
    severity: "error" as const,
    file: relative,
    rule: issue.path.join(".") || "clinic",
    message: `"${issue.path.join(".")}" ${issue.message}.`,
    fix: "Compare with the example values in the comments of content/clinic.yaml.",
  }));
}
