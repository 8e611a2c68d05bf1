import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getClinic } from "../clinic";
import type { FileFacts } from "../context-check";
import { missingSpanishClinicValues, topicProblems } from "./spanish-values";

const article = (tags: string[]): FileFacts => ({
  file: "content/articles/a.mdx",
  kind: "article",
  slug: "a",
  valid: true,
  frontmatter: { tags },
  fields: { tags: { line: 5, column: 1 } },
  problems: [],
  images: [],
});

describe("Spanish values of the clinic's data", () => {
  it("has every Spanish value in today's clinic.yaml", () => {
    expect(missingSpanishClinicValues(getClinic(), "content/clinic.yaml")).toEqual([]);
  });

  it("names each missing Spanish value", () => {
    const clinic = structuredClone(getClinic());
    delete clinic.directions.parkingEs;
    clinic.closures = [{ date: "2027-01-15", reason: "Staff training" }];
    expect(missingSpanishClinicValues(clinic, "content/clinic.yaml").map((problem) => problem.message)).toEqual([
      '"directions.parkingEs" is missing: the Spanish pages show this text in English.',
      '"closures.1.reasonEs" is missing: the Spanish pages show this text in English.',
    ]);
  });
});

describe("content/topics.yaml", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "topics-"));
  const file = path.join(folder, "topics.yaml");

  it("warns about a tag without a Spanish name, once", () => {
    writeFileSync(file, "topics:\n  - name: depression\n    nameEs: depresión\n");
    const problems = topicProblems(file, [article(["depression", "sleep"]), article(["sleep"])]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "warning", line: 5, rule: "translation/topic" });
    expect(problems[0]!.message).toContain('"sleep"');
  });

  it("fails a file that is not a list of names", () => {
    writeFileSync(file, "topics:\n  - name: depression\n");
    expect(topicProblems(file, [])[0]).toMatchObject({ severity: "error", rule: "topics" });
  });
});
