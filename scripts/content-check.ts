/**
 * `npm run content:check [-- --json]`: checks every file in content/ and prints each problem
 * with its file, line, what is wrong and how to fix it. Exit code 1 when there are errors.
 */
import { checkContent } from "../lib/content/check";
import { formatProblem } from "../lib/content/problems";

const asJson = process.argv.includes("--json");
const started = performance.now();
const problems = await checkContent();
const errors = problems.filter((problem) => problem.severity === "error");
const warnings = problems.filter((problem) => problem.severity === "warning");

if (asJson) {
  console.log(JSON.stringify({ errors: errors.length, warnings: warnings.length, problems }, null, 2));
} else {
  for (const problem of problems) console.log(`${formatProblem(problem)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    errors.length === 0
      ? `Content check passed: ${warnings.length} warning(s), 0 errors (${seconds} s).`
      : `Content check failed: ${errors.length} error(s), ${warnings.length} warning(s). Fix the errors above, then run npm run content:check again.`,
  );
}
process.exitCode = errors.length > 0 ? 1 : 0;
