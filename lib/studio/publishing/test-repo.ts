import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * For the tests beside this file: a throwaway git checkout shaped like the site's (two content
 * files, one commit by a developer), and small helpers to edit and inspect it.
 */
export function testRepo() {
  const checkout = mkdtempSync(path.join(tmpdir(), "studio-publishing-"));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Developer", "-c", "user.email=dev@example.invalid", ...args], {
      cwd: checkout,
      encoding: "utf8",
    });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true });
    writeFileSync(path.join(checkout, file), text);
  };
  const remove = (file: string) => rmSync(path.join(checkout, file));
  git("init", "-q");
  write("content/articles/a.mdx", "---\ntitle: A\n---\n\nFirst line.\nSecond line.\nThird line.\n");
  write("content/pages/costs.mdx", "---\ntitle: Costs\n---\n\nPrices.\n");
  write("package.json", "{}\n");
  git("add", ".");
  git("commit", "-q", "-m", "Initial content");
  return {
    checkout,
    dataDir: path.join(checkout, ".data"),
    git,
    write,
    remove,
    head: () => git("rev-parse", "HEAD").trim(),
    status: () => git("status", "--porcelain=v1", "--untracked-files=all", "--", "content", "public").trimEnd(),
    cleanup: () => rmSync(checkout, { recursive: true, force: true }),
  };
}

/** A stand-in for `npm run release`: prints `lines` (stdout) and `errors` (stderr), exits with `code`. */
export function fakeRelease({
  lines,
  errors = [],
  code = 0,
  delayMs = 0,
}: {
  lines: string[];
  errors?: string[];
  code?: number;
  delayMs?: number;
}) {
  const script = `setTimeout(() => { console.log(${JSON.stringify(lines.join("\n"))}); ${
    errors.length ? `console.error(${JSON.stringify(errors.join("\n"))});` : ""
  } process.exit(${code}); }, ${delayMs});`;
  return { command: process.execPath, args: ["-e", script] };
}
