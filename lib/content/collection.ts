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

/** For the site itself: content with errors must never render; fail with every problem listed. */
export function requireValid<T>(result: LoadResult<T>): ContentEntry<T>[] {
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new ContentError(errors);
  return result.entries;
}
