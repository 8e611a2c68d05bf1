import type { ContentProblem } from "../../problems";
import { lintRuleIds, type LintRuleId } from "./rules";

/**
 * `{/* content-check-ignore <rule-id>: reason *\/}` in MDX, or `# content-check-ignore
 * <rule-id>: reason` in the frontmatter, silences that rule on the next line. The reason is
 * required, so the next editor knows why the words are allowed.
 */
export interface IgnoreDirective {
  rule: LintRuleId;
  /** Line of the end of the comment; it covers findings on the line after. */
  line: number;
  column?: number;
  used: boolean;
}

const directive = /^content-check-ignore\b\s*([^\s:]*)\s*(?::([\s\S]*))?$/;

/** The text of an MDX comment expression ("/* … *\/"), or undefined if it is not a comment. */
export function commentText(expression: string): string | undefined {
  const match = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(expression);
  return match ? match[1]!.trim() : undefined;
}

/**
 * Reads one comment. Returns the directive, a problem (unknown rule, missing reason), or
 * nothing when the comment is not a directive at all.
 */
export function parseDirective(
  text: string,
  where: { file: string; line: number; column?: number },
): { directive?: IgnoreDirective; problem?: ContentProblem } {
  const match = directive.exec(text.trim());
  if (!match) return {};
  const rule = match[1] ?? "";
  const reason = (match[2] ?? "").trim();
  const base = { severity: "error" as const, file: where.file, line: where.line, column: where.column, rule: "content-check-ignore" };
  if (!(lintRuleIds as string[]).includes(rule)) {
    return {
      problem: {
        ...base,
        message: rule
          ? `"${rule}" is not a rule content:check knows, so this ignore comment silences nothing.`
          : "This ignore comment does not say which rule it silences.",
        fix: `Write one of ${lintRuleIds.join(", ")} after content-check-ignore, then a colon and the reason.`,
      },
    };
  }
  if (!reason) {
    return {
      problem: {
        ...base,
        message: `The ignore comment for ${rule} gives no reason, so it silences nothing.`,
        fix: `Say why the words are right here, after a colon, e.g. {/* content-check-ignore ${rule}: quoting a false claim from a 2023 study of clinic advertising */}.`,
      },
    };
  }
  return { directive: { rule: rule as LintRuleId, line: where.line, column: where.column, used: false } };
}

/**
 * Drops the findings a directive covers: same rule, and the directive is on the line before
 * the finding or on the line before the paragraph that contains it.
 */
export function applyDirectives<T extends { rule: string; line?: number; blockStartLine?: number }>(
  findings: T[],
  directives: IgnoreDirective[],
): T[] {
  return findings.filter((finding) => {
    const covering = directives.find(
      (d) =>
        d.rule === finding.rule &&
        (d.line + 1 === finding.line || (finding.blockStartLine !== undefined && d.line + 1 === finding.blockStartLine)),
    );
    if (covering) covering.used = true;
    return !covering;
  });
}

export function unusedDirectiveProblem(file: string, directive: IgnoreDirective): ContentProblem {
  return {
    severity: "warning",
    file,
    line: directive.line,
    column: directive.column,
    rule: "content-check-ignore",
    message: `This ignore comment for ${directive.rule} silences nothing: there is no ${directive.rule} finding on the next line.`,
    fix: "Move the comment to the line just before the words it is about, or delete it.",
  };
}
