import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { parseFrontmatter, type FieldPosition, type FrontmatterComment } from "./frontmatter";
import { relativeToRoot } from "./paths";
import { ContentError, type ContentProblem } from "./problems";

export interface ContentEntry<T> {
  /** File name without .mdx; the URL segment. */
  slug: string;
  /** Path relative to the repository root, for messages. */
  file: string;
  frontmatter: T;
  body: string;
  bodyStartLine: number;
  /** Where each frontmatter value starts (so a word in the title can be pointed at). */
  fields?: Record<string, FieldPosition>;
  /** `# comment` lines of the frontmatter, where content-check-ignore directives for it live. */
  frontmatterComments?: FrontmatterComment[];
}

export interface LoadResult<T> {
  entries: ContentEntry<T>[];
  problems: ContentProblem[];
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads every .mdx file of a folder and validates its frontmatter, collecting all problems. */
export function loadCollection<T>(directory: string, schema: z.ZodType<T>): LoadResult<T> {
  const entries: ContentEntry<T>[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(directory)) return { entries, problems };

  for (const name of readdirSync(directory).sort()) {
    if (!name.endsWith(".mdx")) continue;
    const absolute = path.join(directory, name);
    const file = relativeToRoot(absolute);
    const slug = name.slice(0, -".mdx".length);
    if (!slugPattern.test(slug)) {
      problems.push({
        severity: "error",
        file,
        rule: "file-name",
        message: `The file name "${name}" cannot be used as a web address.`,
        fix: "Rename the file using only lowercase letters, digits and single dashes, e.g. what-to-expect.mdx.",
      });
      continue;
    }
    const parsed = parseFrontmatter(readFileSync(absolute, "utf8"), file, schema);
    problems.push(...parsed.problems);
    if (parsed.data !== undefined) {
      entries.push({
        slug,
        file,
        frontmatter: parsed.data,
        body: parsed.body,
        bodyStartLine: parsed.bodyStartLine,
        fields: parsed.fields,
        frontmatterComments: parsed.comments,
      });
    }
  }
  return { entries, problems };
}

/** Files skipped in `npm run dev` because of errors, by path: their own page shows the problems. */
const broken = new Map<string, ContentProblem[]>();
const warned = new Set<string>();

/**
 * For the site itself: content with errors must never render. In production (the build runs
 * content:check first) any error fails with every problem listed. In `npm run dev` a broken file
 * is skipped with a console warning, so lists and every other page keep working while staff
 * fix it, and its own page shows the problems (`brokenFileProblems`).
 */
export function requireValid<T>(result: LoadResult<T>): ContentEntry<T>[] {
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length === 0 || process.env.NODE_ENV === "production") {
    if (errors.length > 0) throw new ContentError(errors);
    return result.entries;
  }
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of errors) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  for (const [file, problems] of byFile) {
    broken.set(file, problems);
    const warning = `${file}: ${problems.length} problem(s), skipped until fixed (npm run content:check lists them).`;
    if (!warned.has(warning)) console.warn(`⚠ ${warning}`);
    warned.add(warning);
  }
  for (const entry of result.entries) broken.delete(entry.file);
  return result.entries.filter((entry) => !byFile.has(entry.file));
}

/** In `npm run dev`: the problems of a skipped file (e.g. content/articles/foo.mdx), if it is skipped. */
export function brokenFileProblems(file: string): ContentProblem[] | undefined {
  return broken.get(file);
}
