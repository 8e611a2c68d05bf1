import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { FrontmatterComment } from "../../frontmatter";
import type { ContentProblem } from "../../problems";
import { applyDirectives, commentText, parseDirective, unusedDirectiveProblem, type IgnoreDirective } from "./ignore";
import { findClaims, suicideMentions } from "./claims";
import { english } from "./rules";
import { spanish } from "./rules-es";
import { fieldBlock, textBlocks, type Position, type TextBlock } from "./text";

export type EntryKind = "article" | "page" | "team";

export interface LintInput {
  /** Path relative to the repository root, for messages. */
  file: string;
  kind: EntryKind;
  /** The Markdown syntax tree (mdast) of the body, as parsed for compiling. */
  tree: Root;
  body: string;
  bodyStartLine: number;
  /** Frontmatter text readers see (title, description), with where each value starts. */
  fields: { name: string; value: string; position: Position }[];
  frontmatterComments: FrontmatterComment[];
}

/**
 * Both languages' rules run on every file: an English page may quote Spanish and the other way
 * round, and a claim is as wrong in either.
 */
const languages = [english, spanish];

/** A problem plus the first line of its paragraph (where an ignore comment may also stand). */
interface Finding {
  rule: string;
  line?: number;
  blockStartLine: number;
  problem: ContentProblem;
}

/**
 * Runs the claims and safe-messaging rules over the visible text of one content file and
 * returns every finding, minus those silenced by a content-check-ignore comment with a reason.
 */
export function lintEntry(input: LintInput): ContentProblem[] {
  const blocks: TextBlock[] = [
    ...input.fields.map((field) => fieldBlock(field.value, field.position)),
    ...textBlocks(input.tree, input.body, input.bodyStartLine),
  ];

  const findings: Finding[] = [];
  for (const block of blocks) {
    for (const found of findClaims(block.text, languages)) {
      const position = block.positionAt(found.index);
      findings.push({
        rule: found.rule,
        line: position.line,
        blockStartLine: block.startLine,
        problem: { severity: "error", file: input.file, ...position, rule: found.rule, message: found.message, fix: found.fix },
      });
    }
  }
  // Team bios are shown as plain text, where components cannot be used.
  if (input.kind !== "team") {
    const missing = missingCrisisNote(input, blocks);
    if (missing) findings.push(missing);
  }

  const { directives, problems } = readDirectives(input);
  const kept = applyDirectives(findings, directives).map((finding) => finding.problem);
  const unused = directives.filter((directive) => !directive.used).map((d) => unusedDirectiveProblem(input.file, d));
  return [...kept, ...problems, ...unused];
}

function missingCrisisNote(input: LintInput, blocks: TextBlock[]): Finding | undefined {
  let hasCrisisNote = false;
  visit(input.tree, (node) => {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "CrisisNote") {
      hasCrisisNote = true;
    }
  });
  if (hasCrisisNote) return undefined;

  const mentions = blocks.flatMap((block) =>
    languages.flatMap((language) => suicideMentions(block.text, language)).map((mention) => ({
      ...mention,
      ...block.positionAt(mention.index),
      blockStartLine: block.startLine,
    })),
  );
  const first = mentions.sort((a, b) => a.line - b.line || a.column - b.column)[0];
  if (!first) return undefined;
  const what = input.kind === "article" ? "article" : "page";
  const rule = "safe-messaging/crisis-note";
  return {
    rule,
    line: first.line,
    blockStartLine: first.blockStartLine,
    problem: {
      severity: "error",
      file: input.file,
      line: first.line,
      column: first.column,
      rule,
      message: `This ${what} mentions suicide ("${first.words}") but does not include <CrisisNote />, the box with the 988 Suicide & Crisis Lifeline and 911.`,
      fix: "Add a line <CrisisNote /> (with an empty line before and after it) near the first mention of suicide.",
    },
  };
}

function readDirectives(input: LintInput): { directives: IgnoreDirective[]; problems: ContentProblem[] } {
  const directives: IgnoreDirective[] = [];
  const problems: ContentProblem[] = [];
  const read = (text: string, line: number, column?: number) => {
    const parsed = parseDirective(text, { file: input.file, line, column });
    if (parsed.directive) directives.push(parsed.directive);
    if (parsed.problem) problems.push(parsed.problem);
  };

  for (const comment of input.frontmatterComments) read(comment.text, comment.line);
  visit(input.tree, (node) => {
    if (node.type !== "mdxFlowExpression" && node.type !== "mdxTextExpression") return;
    const text = commentText(node.value);
    const end = node.position?.end;
    if (text === undefined || !end) return;
    read(text, end.line + input.bodyStartLine - 1, node.position?.start.column);
  });
  return { directives, problems };
}
