import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "./frontmatter";
import { formatProblem } from "./problems";
import { articleFrontmatterSchema } from "./schemas";

const file = "content/articles/example.mdx";
const article = (frontmatter: string) => `---\n${frontmatter}\n---\n\nThe body.\n`;
const valid = ['title: "Ketamine: what to know"', 'description: "How ketamine acts on the brain."', 'date: "2026-03-14"'];

/** Everything a staff member would read for this file, as content:check prints it. */
function report(source: string): string[] {
  return parseFrontmatter(source, file, articleFrontmatterSchema).problems.map(formatProblem);
}

describe("parseFrontmatter (articles)", () => {
  it("reads a valid article, with where its body and each value start", () => {
    const parsed = parseFrontmatter(article([...valid, "tags: [depression, anxiety]", "draft: true"].join("\n")), file, articleFrontmatterSchema);
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({
      title: "Ketamine: what to know",
      description: "How ketamine acts on the brain.",
      date: "2026-03-14",
      tags: ["depression", "anxiety"],
      draft: true,
    });
    expect(parsed.body).toBe("\nThe body.\n");
    // Lines 1–7 are the frontmatter; the body (starting with an empty line) begins on line 8.
    expect(parsed.bodyStartLine).toBe(8);
    // Line 2 is `title: "…"`: the value starts after the opening quote, in column 9.
    expect(parsed.fields.title).toEqual({ line: 2, column: 9 });
  });

  it("explains an unquoted colon, with line and column", () => {
    expect(report(article(["title: Ketamine: what to know", ...valid.slice(1)].join("\n")))).toEqual([
      `${file}:2:8  error  [frontmatter/yaml]
  Problem: The frontmatter could not be read: a value contains a colon (:) or runs over several lines, so it looks like the start of another field (YAML: Nested mappings are not allowed in compact mappings.)
  Fix: A value contains a colon (:) or runs over several lines. Put the whole value in double quotes, e.g. title: "Ketamine: what to know".`,
    ]);
  });

  it("names a missing description", () => {
    expect(report(article([valid[0], valid[2]].join("\n")))).toEqual([
      `${file}:2  error  [description]
  Problem: The required field "description" is missing.
  Fix: Add one or two plain sentences of at most 160 characters, e.g. description: "How ketamine acts on the brain, and what research says so far."`,
    ]);
  });

  it("rejects a date that does not exist (2026-13-45)", () => {
    expect(report(article([...valid.slice(0, 2), 'date: "2026-13-45"'].join("\n")))).toEqual([
      `${file}:4:8  error  [date]
  Problem: "date" is not a real calendar date (check the month is 01–12 and the day exists in that month).
  Fix: Write the publication date in quotes as YYYY-MM-DD, e.g. date: "2026-03-14".`,
    ]);
  });

  it("rejects a description over 160 characters", () => {
    const long = `description: "${"Ketamine therapy explained. ".repeat(6).trim()}"`;
    expect(report(article([valid[0], long, valid[2]].join("\n")))).toEqual([
      `${file}:3:15  error  [description]
  Problem: "description" is too long: keep it to 160 characters or fewer (one or two sentences shown in search results and link previews).
  Fix: Add one or two plain sentences of at most 160 characters, e.g. description: "How ketamine acts on the brain, and what research says so far."`,
    ]);
  });

  it("rejects an unknown field and suggests the one meant", () => {
    expect(report(article([...valid, "authr: Jordan"].join("\n")))).toEqual([
      `${file}:5:1  error  [authr]
  Problem: "authr" is not a field this kind of file understands.
  Fix: Check the spelling; the allowed fields are listed in CONTENT.md. Did you mean "author"?`,
    ]);
  });

  it("requires lastReviewed with reviewedBy", () => {
    expect(report(article([...valid, "reviewedBy: medical-director"].join("\n")))).toEqual([
      `${file}  error  [lastReviewed]
  Problem: "lastReviewed" is missing: an article with reviewedBy must also say when it was reviewed.
  Fix: Write the date of the medical review in quotes as YYYY-MM-DD, e.g. lastReviewed: "2026-03-14".`,
    ]);
  });

  it("reports every mistake of a file at once", () => {
    const problems = parseFrontmatter(
      article(['title: ""', 'date: "2026-02-30"', "draft: yes please"].join("\n")),
      file,
      articleFrontmatterSchema,
    ).problems;
    expect(problems.map((problem) => `${problem.line} ${problem.rule}`)).toEqual([
      "2 title",
      "2 description",
      "3 date",
      "4 draft",
    ]);
  });

  it("keeps the frontmatter's # comments with their lines (for ignore directives)", () => {
    const parsed = parseFrontmatter(
      article(["# content-check-ignore claims/cure: the title quotes a study", ...valid].join("\n")),
      file,
      articleFrontmatterSchema,
    );
    expect(parsed.comments).toEqual([{ line: 2, text: "content-check-ignore claims/cure: the title quotes a study" }]);
  });
});
