import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { medicalReviewLines } from "./health-content";

const root = mkdtempSync(path.join(os.tmpdir(), "launch-health-"));
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (relative: string, frontmatter: string[]) => {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), `---\n${frontmatter.join("\n")}\n---\n\nText.\n`);
};

describe("launch:check, health information", () => {
  it("lists articles without references and overdue or due reviews, as warnings only", () => {
    write("articles/a.mdx", ['title: "A"', 'lastReviewed: "2025-01-01"']);
    write("articles/b.mdx", ['title: "B"', 'lastReviewed: "2026-11-20"', "references:", '  - title: "x"']);
    write("pages/p.mdx", ['title: "P"', 'lastReviewed: "2025-12-20"']);
    expect(medicalReviewLines(root, "2026-12-05")).toEqual([
      expect.objectContaining({ status: "warning", message: "content/articles/a.mdx: no references" }),
      expect.objectContaining({
        status: "warning",
        message: "content/articles/a.mdx: review overdue since 2026-01-01",
      }),
      expect.objectContaining({ status: "warning", message: "content/pages/p.mdx: review due on 2026-12-20" }),
    ]);
  });

  it("reads dates written without quotes, as the studio writes them", () => {
    write("articles/c.mdx", ["title: C", "lastReviewed: 2025-01-01", "references:", "  - title: x"]);
    expect(medicalReviewLines(root, "2026-12-05")).toEqual([
      expect.objectContaining({
        status: "warning",
        message: "content/articles/c.mdx: review overdue since 2026-01-01",
      }),
    ]);
  });
});
