/**
 * A problem found in a content file, phrased for the staff member who has to fix it.
 * Every check in lib/content reports through this one shape, so `content:check`, the build
 * and the dev overlay all print the same words.
 */
export type Severity = "error" | "warning";

export interface ContentProblem {
  severity: Severity;
  /** Path relative to the repository root, e.g. content/articles/foo.mdx */
  file: string;
  line?: number;
  column?: number;
  /** The frontmatter field or the rule id, e.g. "description" or "claims/fda-approved". */
  rule: string;
  /** What is wrong, in plain English. */
  message: string;
  /** How to fix it, in plain English. */
  fix: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.line, problem.line ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  return `${where}  ${problem.severity}  [${problem.rule}]\n  Problem: ${problem.message}\n  Fix: ${problem.fix}`;
}

/** In reading order: by file, then line, then column. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Thrown when content cannot be loaded; carries every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} problem(s) in the content folder:\n\n` +
        problems.map(formatProblem).join("\n\n") +
        "\n\nRun `npm run content:check` to see this list again.",
    );
    this.name = "ContentError";
  }
}
