import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { ContentProblem } from "@/lib/content/problems";
import { sortProblems } from "@/lib/content/problems";

const run = promisify(execFile);

export type CheckResult = { errors: number; warnings: number; problems: ContentProblem[] };

/**
 * The site's own content check (`npm run content:check`, the one every build runs), over the
 * studio's checkout as it is now, unpublished edits included. It runs as a separate process, as
 * in a build, with its cache: only the files that changed are read again. SITE_URL is this
 * process's, so placeholders count as errors when the site is built for its public address.
 */
export async function checkStudioContent(checkout: string): Promise<CheckResult> {
  const tsx = path.join(checkout, "node_modules", ".bin", "tsx");
  const { stdout } = await run(tsx, ["scripts/content-check.ts", "--json"], {
    cwd: checkout,
    maxBuffer: 32 * 1024 * 1024,
    env: process.env,
  }).catch((error: { stdout?: string; code?: number; message: string }) => {
    // Exit code 1 means "errors found": the JSON is still on stdout.
    if (error.code === 1 && error.stdout) return { stdout: error.stdout };
    throw new Error(`The content check could not run: ${error.message}`);
  });
  const report = JSON.parse(stdout) as CheckResult;
  return { ...report, problems: sortProblems(report.problems) };
}

/** Problems grouped by file, the changed files first: what staff just edited leads. */
export function problemsByFile(problems: ContentProblem[], changed: readonly string[]): [string, ContentProblem[]][] {
  const groups = new Map<string, ContentProblem[]>();
  for (const problem of problems) groups.set(problem.file, [...(groups.get(problem.file) ?? []), problem]);
  const first = (file: string) => (changed.includes(file) ? 0 : 1);
  return [...groups.entries()].sort(([a], [b]) => first(a) - first(b) || a.localeCompare(b));
}
