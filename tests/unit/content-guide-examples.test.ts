import { readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { MdxSyntaxError, parseMdx } from "@/lib/content/mdx";
import { commentText, parseDirective } from "@/lib/content/rules/claims/ignore";

/**
 * Staff copy the examples of CONTENT.md into their files, so every ```yaml, ```yml and ```mdx
 * block must work as written: YAML parses; an MDX block's frontmatter (between leading ---
 * lines) parses as YAML and its body goes through the site's own MDX parser without findings.
 */

const guide = readFileSync(path.join(import.meta.dirname, "..", "..", "CONTENT.md"), "utf8");

/** Written just before a block that shows a mistake on purpose. */
const wrongMarker = /^<!--\s*example:\s*wrong\b[\s\S]*-->$/;

/**
 * The blocks CONTENT.md marks as deliberately wrong, by their first line. Keep this list short:
 * a marker not listed here (or listed but gone) fails the test, so nothing is skipped by accident.
 */
const deliberatelyWrong: string[] = [];

interface Example {
  lang: "yaml" | "mdx";
  /** Line of CONTENT.md the code starts on (the line after the opening fence). */
  line: number;
  code: string;
  markedWrong: boolean;
}

/** The YAML and MDX code blocks of a Markdown file, including those indented in list items. */
function extractExamples(markdown: string): Example[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const examples: Example[] = [];
  visit(tree, "code", (node, index, parent) => {
    const lang = node.lang?.toLowerCase();
    if (lang !== "yaml" && lang !== "yml" && lang !== "mdx") return;
    const before = index === undefined ? undefined : parent?.children[index - 1];
    examples.push({
      lang: lang === "mdx" ? "mdx" : "yaml",
      line: node.position!.start.line + 1,
      code: node.value,
      markedWrong: before?.type === "html" && wrongMarker.test(before.value.trim()),
    });
  });
  return examples;
}

/** What is wrong with an example, each as "line: problem" with lines of the Markdown file. */
function problemsIn(example: Example): string[] {
  const at = (offset: number, message: string) => `line ${example.line + offset}: ${message}`;
  const problems = ignoreCommentProblems(example).map(({ offset, message }) => at(offset, message));
  if (example.lang === "yaml") return [...problems, ...yamlProblems(example.code).map(([o, m]) => at(o, m))];

  const frontmatter = /^---\n([\s\S]*?\n)?---(?:\n|$)/.exec(example.code);
  if (frontmatter) {
    problems.push(...yamlProblems(frontmatter[1] ?? "").map(([offset, message]) => at(offset + 1, message)));
  } else {
    // Frontmatter fields outside --- lines are text in an .mdx file, and Prettier formats an
    // ```mdx block as Markdown, which strips their indentation (how the home page's hero broke).
    const field = /^([A-Za-z][\w-]*):(?:\s|$)/.exec(example.code);
    if (field) {
      problems.push(
        at(0, `starts with the frontmatter field "${field[1]}:" outside --- lines: fence it as \`\`\`yaml instead.`),
      );
    }
  }
  const body = frontmatter ? example.code.slice(frontmatter[0].length) : example.code;
  const bodyOffset = frontmatter ? frontmatter[0].split("\n").length - 1 : 0;
  try {
    for (const finding of parseMdx(body).findings) {
      problems.push(at(bodyOffset + (finding.line ?? 1) - 1, `[${finding.rule}] ${finding.message}`));
    }
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    problems.push(at(bodyOffset + (error.line ?? 1) - 1, `not valid MDX: ${error.message}`));
  }
  return problems;
}

/** YAML errors and warnings as [line offset in the YAML, message]. */
function yamlProblems(yaml: string): [number, string][] {
  const document = parseDocument(yaml, { prettyErrors: true });
  return [...document.errors, ...document.warnings].map((error) => [
    (error.linePos?.[0].line ?? 1) - 1,
    `not valid YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
  ]);
}

/**
 * A content-check-ignore comment silences the line right after it (lib/content/rules/claims/
 * ignore.ts), so in an example it must name a real rule, give a reason, and be followed directly
 * by the words it is about.
 */
function ignoreCommentProblems(example: Example): { offset: number; message: string }[] {
  const lines = example.code.split("\n");
  return lines.flatMap((line, offset) => {
    const text = /^\s*#(.*)$/.exec(line)?.[1] ?? commentText(/^\s*\{(.*)\}\s*$/.exec(line)?.[1] ?? "");
    if (text === undefined || !/^\s*content-check-ignore\b/.test(text)) return [];
    const { problem } = parseDirective(text, { file: "CONTENT.md", line: example.line + offset });
    const problems = problem ? [{ offset, message: problem.message }] : [];
    if (!lines[offset + 1]?.trim()) {
      problems.push({
        offset,
        message: "the content-check-ignore comment must be directly followed by the line it silences.",
      });
    }
    return problems;
  });
}

const examples = extractExamples(guide);
const checked = examples.filter((example) => !example.markedWrong);
const title = (example: Example) => `CONTENT.md:${example.line} \`\`\`${example.lang}: ${example.code.split("\n")[0]}`;

describe("the examples in CONTENT.md", () => {
  it("are found: YAML and MDX blocks", () => {
    expect(checked.filter((example) => example.lang === "yaml").length).toBeGreaterThanOrEqual(5);
    expect(checked.filter((example) => example.lang === "mdx").length).toBeGreaterThanOrEqual(10);
  });

  it("skip only the blocks listed as deliberately wrong", () => {
    const skipped = examples.filter((example) => example.markedWrong).map((example) => example.code.split("\n")[0]);
    expect(skipped).toEqual(deliberatelyWrong);
  });

  it.each(checked.map((example) => [title(example), example] as const))("%s works as written", (_title, example) => {
    expect(problemsIn(example)).toEqual([]);
  });
});

describe("the examples check", () => {
  const markdown = (...lines: string[]) => lines.join("\n") + "\n";

  it("finds blocks indented in list items and their lines, and sees the wrong-example marker", () => {
    const found = extractExamples(
      markdown(
        "1. Write this:",
        "",
        "   ```yaml",
        "   hero:",
        '     heading: "Welcome"',
        "   ```",
        "",
        "<!-- example: wrong -->",
        "",
        "```mdx",
        "<Calout />",
        "```",
        "",
        "```sh",
        "npm run dev",
        "```",
      ),
    );
    expect(found).toEqual([
      { lang: "yaml", line: 4, code: 'hero:\n  heading: "Welcome"', markedWrong: false },
      { lang: "mdx", line: 11, code: "<Calout />", markedWrong: true },
    ]);
  });

  it("reports broken YAML, frontmatter, MDX and ignore comments with their lines", () => {
    const [flattened, frontmatter, mdx, ignore, bareFields] = extractExamples(
      markdown(
        "```yaml",
        "primaryCta:",
        "label: Call",
        "secondaryCta:",
        "label: Costs",
        "```",
        "```mdx",
        "---",
        "title: Ketamine: what to know",
        "---",
        "",
        "Text.",
        "```",
        "```mdx",
        "<Callout>",
        "",
        "Never closed.",
        "```",
        "```mdx",
        "---",
        "# content-check-ignore claims/cure: the title names the study",
        "",
        'title: "The ketamine cure"',
        "---",
        "```",
        "```mdx",
        "hero:",
        '  heading: "Welcome"',
        "```",
      ),
    );
    expect(problemsIn(flattened!)).toEqual([expect.stringMatching(/^line 4: not valid YAML: Map keys must be unique/)]);
    expect(problemsIn(frontmatter!)).toEqual([expect.stringMatching(/^line 9: not valid YAML: Nested mappings/)]);
    expect(problemsIn(mdx!)).toEqual([expect.stringMatching(/^line 15: not valid MDX: .*Callout/)]);
    expect(problemsIn(ignore!)).toEqual([
      "line 21: the content-check-ignore comment must be directly followed by the line it silences.",
    ]);
    expect(problemsIn(bareFields!)).toEqual([
      'line 27: starts with the frontmatter field "hero:" outside --- lines: fence it as ```yaml instead.',
    ]);
  });
});
