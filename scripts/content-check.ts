/**
 * `npm run content:check [-- --json] [-- --content-dir <path>] [-- --public-dir <path>]`:
 * checks every file in content/ (or another folder laid out the same way) and prints each
 * problem with its file, line, what is wrong and how to fix it. Exit code 1 when there are
 * errors, 0 when there are only warnings.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { checkContentReport, defaultCacheFile } from "../lib/content/check";
import { notPublicReason } from "../lib/launch/public-address";
import { formatProblem } from "../lib/content/problems";

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    "content-dir": { type: "string" },
    "public-dir": { type: "string" },
    "no-cache": { type: "boolean", default: false },
  },
});

const started = performance.now();
const { problems, readability } = await checkContentReport({
  // A build for the public address (the build runs this with its SITE_URL): placeholders in licences are errors.
  publicBuild: !notPublicReason(process.env.SITE_URL ?? "http://localhost:3000"),
  cacheFile: values["no-cache"] ? undefined : defaultCacheFile,
  contentRoot: values["content-dir"] ? path.resolve(values["content-dir"]) : undefined,
  publicDir: values["public-dir"] ? path.resolve(values["public-dir"]) : undefined,
});
const errors = problems.filter((problem) => problem.severity === "error");
const warnings = problems.filter((problem) => problem.severity === "warning");

if (values.json) {
  console.log(JSON.stringify({ errors: errors.length, warnings: warnings.length, problems, readability }, null, 2));
} else {
  for (const problem of problems) console.log(`${formatProblem(problem)}\n`);
  if (readability.length > 0) {
    // Every scored file's reading level, not only those above the target (CONTENT.md, section 14).
    console.log(
      "Reading levels (English: Flesch-Kincaid grade, target 8 or lower; Spanish: INFLESZ, target 55 or higher):",
    );
    for (const figures of readability) {
      const score = figures.language === "en" ? `grade ${figures.score}` : `INFLESZ ${figures.score}`;
      console.log(`  ${figures.file}  ${score}  ${figures.meetsTarget ? "meets the target" : "misses the target"}`);
    }
    console.log("");
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    errors.length === 0
      ? `Content check passed: ${warnings.length} warning(s), 0 errors (${seconds} s).`
      : `Content check failed: ${errors.length} error(s), ${warnings.length} warning(s). Fix the errors above, then run npm run content:check again.`,
  );
}
process.exitCode = errors.length > 0 ? 1 : 0;
