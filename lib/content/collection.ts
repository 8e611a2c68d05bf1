import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { parseFrontmatter } from "./frontmatter";
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
      entries.push({ slug, file, frontmatter: parsed.data, body: parsed.body, bodyStartLine: parsed.bodyStartLine });
    }
  }
  return { entries, problems };
}

/** For the site itself: content with errors must never render; fail with every problem listed. */
export function requireValid<T>(result: LoadResult<T>): ContentEntry<T>[] {
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new ContentError(errors);
  return result.entries;
}
