import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleFields, clinician, makeContentFolder, mdx } from "@/tests/support/content-folder";

let folder: ReturnType<typeof makeContentFolder>;
beforeEach(() => {
  folder = makeContentFolder();
  folder.write("team/medical-director.mdx", clinician);
});
afterEach(() => folder.remove());

/** `npm run content:check -- <args>` on the temporary folder. */
function contentCheck(...args: string[]) {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const run = spawnSync(
    tsx,
    ["scripts/content-check.ts", "--content-dir", folder.contentRoot, "--public-dir", folder.publicDir, ...args],
    { encoding: "utf8", env: { ...process.env, NODE_ENV: "test" } },
  );
  return { status: run.status, stdout: run.stdout };
}

describe("npm run content:check", () => {
  it("exits 1 and lists every error with file, line, rule, problem and fix", () => {
    const file = folder.write(
      "articles/broken.mdx",
      mdx(articleFields, "Ketamine cures depression. It is non-addictive."),
    );
    const { status, stdout } = contentCheck();
    expect(status).toBe(1);
    expect(stdout).toContain(`${file}:7:10  error  [claims/cure]\n  Problem: "cures" promises a result`);
    expect(stdout).toContain(`${file}:7:34  error  [claims/non-addictive]\n  Problem: "non-addictive" claims`);
    expect(stdout).toContain("Content check failed: 2 error(s), 0 warning(s).");
  }, 30_000);

  it("exits 0 when there are only warnings", () => {
    folder.write(
      "articles/old-review.mdx",
      mdx([...articleFields, "reviewedBy: medical-director", 'lastReviewed: "2020-01-01"']),
    );
    const { status, stdout } = contentCheck();
    expect(status).toBe(0);
    expect(stdout).toContain("warning  [lastReviewed]");
    expect(stdout).toMatch(/Content check passed: 1 warning\(s\), 0 errors/);
  }, 30_000);

  it("prints the same problems as JSON for editors with --json", () => {
    const file = folder.write(
      "articles/broken.mdx",
      mdx(articleFields, "Her brother committed suicide.\n\n<CrisisNote />"),
    );
    const { status, stdout } = contentCheck("--json");
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      errors: 1,
      warnings: 0,
      problems: [
        {
          severity: "error",
          file,
          line: 7,
          column: 13,
          rule: "safe-messaging/committed-suicide",
          message:
            '"committed suicide" describes suicide as a crime or a sin. Safe-messaging guidelines ask for "died by suicide".',
          fix: 'Write "died by suicide" instead of "committed suicide".',
        },
      ],
      // Reading levels (issue 22): none for a text under 100 words.
      readability: [],
    });
  }, 30_000);
});
