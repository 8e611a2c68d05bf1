import matter from "gray-matter";
import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument, Scalar, type Document } from "yaml";
import type { z } from "zod";
import { fieldFixes } from "./schemas";
import type { ContentProblem } from "./problems";

export interface ParsedFile<T> {
  data: T | undefined;
  body: string;
  /** 1-based line of the source where the body starts (MDX line numbers are shifted by this). */
  bodyStartLine: number;
  problems: ContentProblem[];
  /** Where each top-level field's value starts, for messages about words inside it. */
  fields: Record<string, FieldPosition>;
  /** The frontmatter's `# comment` lines (for content-check-ignore directives). */
  comments: FrontmatterComment[];
  /** The frontmatter as read, even when it is not valid (the body is still checked then). */
  raw?: Record<string, unknown>;
}

export interface FieldPosition {
  line: number;
  column: number;
}

export interface FrontmatterComment {
  line: number;
  /** The text after the #, trimmed. */
  text: string;
}

// gray-matter only splits the file; the YAML itself goes through the `yaml` package because
// it reports the line and column of each mistake, which staff need to find it.
const splitOnly = { engines: { yaml: () => ({}) } } as const;

/**
 * A file's frontmatter as plain data, for tools that only read a field or two (launch:check).
 * YAML 1.2, as the site reads it: `date: 2026-11-20` is the text "2026-11-20" (the studio writes
 * dates without quotes), where gray-matter's own parser would make it a Date. Empty or invalid
 * frontmatter gives {}.
 */
export function frontmatterData(source: string): Record<string, unknown> {
  try {
    const data: unknown = parse(matter(source, splitOnly).matter);
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The YAML starts on line 2 of the file (line 1 is the opening ---). */
const yamlFirstLine = 2;

/** Splits, parses and validates a file's frontmatter, collecting every problem with its line. */
export function parseFrontmatter<T>(
  source: string,
  file: string,
  schema: z.ZodType<T>,
): ParsedFile<T> {
  const problems: ContentProblem[] = [];
  const split = matter(source, splitOnly);
  const rawYaml = split.matter;
  const body = split.content;
  const bodyStartLine = source.slice(0, source.length - body.length).split("\n").length;

  if (!rawYaml.trim()) {
    problems.push({
      severity: "error",
      file,
      line: 1,
      rule: "frontmatter",
      message: "The file has no frontmatter (the block between two --- lines at the very top).",
      fix: 'Start the file with a line ---, then lines like title: "…", description: "…", date: "2026-03-14", then another ---.',
    });
    return { data: undefined, body, bodyStartLine, problems, fields: {}, comments: [] };
  }

  const lineCounter = new LineCounter();
  const yaml = rawYaml.replace(/^\r?\n/, "");
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const comments = yaml.split("\n").flatMap((text, index) =>
    /^\s*#/.test(text) ? [{ line: index + yamlFirstLine, text: text.trim().slice(1).trim() }] : [],
  );
  for (const error of document.errors) {
    const position = lineCounter.linePos(error.pos[0]);
    const detail = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    problems.push({
      severity: "error",
      file,
      line: position.line + yamlFirstLine - 1,
      column: position.col,
      rule: "frontmatter/yaml",
      message: `The frontmatter could not be read: ${yamlMessage(error.code)} (YAML: ${detail}.)`,
      fix: yamlFix(error.code),
    });
  }
  if (problems.length > 0) {
    // The other fields are still checked, in the same run: the lines YAML could not read are
    // left out (kept blank, so line numbers stay) and the rest is read again. A field that was on
    // one of those lines is not reported missing: its real problem is already listed.
    const errorLines = new Set(document.errors.map((error) => lineCounter.linePos(error.pos[0]).line));
    const rest = yaml
      .split("\n")
      .map((text, index) => (errorLines.has(index + 1) ? "" : text))
      .join("\n");
    const restCounter = new LineCounter();
    const restDocument = parseDocument(rest, { lineCounter: restCounter, prettyErrors: false });
    if (restDocument.errors.length > 0) return { data: undefined, body, bodyStartLine, problems, fields: {}, comments };
    const others = validateFields(restDocument, restCounter, schema, file, { reportMissing: false });
    problems.push(...others.problems);
    return { data: undefined, body, bodyStartLine, problems, fields: others.fields, comments, raw: others.raw };
  }
  const validated = validateFields(document, lineCounter, schema, file, { reportMissing: true });
  problems.push(...validated.problems);
  return { data: validated.data, body, bodyStartLine, problems, fields: validated.fields, comments, raw: validated.raw };
}

/** Checks the frontmatter's fields against the schema: every wrong, missing or unknown field. */
function validateFields<T>(
  document: Document,
  lineCounter: LineCounter,
  schema: z.ZodType<T>,
  file: string,
  { reportMissing }: { reportMissing: boolean },
): { data: T | undefined; problems: ContentProblem[]; fields: Record<string, FieldPosition>; raw: Record<string, unknown> } {
  const problems: ContentProblem[] = [];
  const fields: Record<string, FieldPosition> = {};
  if (isMap(document.contents)) {
    const record = (name: string, node: unknown) => {
      if (isScalar(node) && node.range) {
        const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
        const position = lineCounter.linePos(node.range[0] + (quoted ? 1 : 0));
        fields[name] = { line: position.line + yamlFirstLine - 1, column: position.col };
      } else if (isSeq(node)) {
        // List items as "keyPoints.0", "references.1.doi": rules point at the item they mean.
        node.items.forEach((item, index) => record(`${name}.${index}`, item));
      } else if (isMap(node)) {
        const first = node.items[0];
        const offset = first && isScalar(first.key) ? first.key.range?.[0] : undefined;
        // A top-level map (hero) keeps pointing at its name, as before; list items at their first field.
        if (offset !== undefined && name.includes(".")) {
          const position = lineCounter.linePos(offset);
          fields[name] = { line: position.line + yamlFirstLine - 1, column: position.col };
        }
        for (const pair of node.items) if (isScalar(pair.key)) record(`${name}.${String(pair.key.value)}`, pair.value);
      }
    };
    for (const pair of document.contents.items) {
      if (!isScalar(pair.key)) continue;
      record(String(pair.key.value), pair.value);
    }
  }

  /** Where a field's name starts (for unknown fields) or, failing that, undefined. */
  const keyPosition = (field: string): FieldPosition | undefined => {
    if (!isMap(document.contents)) return undefined;
    const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === field);
    const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (offset === undefined) return undefined;
    const position = lineCounter.linePos(offset);
    return { line: position.line + yamlFirstLine - 1, column: position.col };
  };

  const js: unknown = document.toJS() ?? {};
  const raw = typeof js === "object" && js !== null && !Array.isArray(js) ? (js as Record<string, unknown>) : {};
  const result = schema.safeParse(js);
  if (result.success) return { data: result.data, problems, fields, raw };

  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({
          severity: "error",
          file,
          ...keyPosition(key),
          rule: key,
          message: `"${key}" is not a field this kind of file understands.`,
          fix: `Check the spelling; the allowed fields are listed in CONTENT.md. ${suggestField(key)}`.trim(),
        });
      }
      continue;
    }
    const field = String(issue.path[0] ?? "frontmatter");
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    if (missing && !reportMissing) continue;
    // Point at the value when it is a plain one; at the field's name for lists and the like.
    const at = fields[field] ?? keyPosition(field) ?? (missing ? { line: yamlFirstLine } : {});
    problems.push({
      severity: "error",
      file,
      ...at,
      rule: field,
      message: missing ? `The required field "${field}" is missing.` : `"${field}" ${issue.message}.`,
      fix: fieldFixes[field] ?? "See CONTENT.md for the allowed fields and their format.",
    });
  }
  return { data: undefined, problems, fields, raw };
}

function yamlMessage(code: string): string {
  switch (code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "a value contains a colon (:) or runs over several lines, so it looks like the start of another field";
    case "DUPLICATE_KEY":
      return "the same field appears twice";
    case "MISSING_CHAR":
      return "a quote or bracket is opened but not closed";
    case "BAD_INDENT":
      return "a line is indented wrongly, or a list in [ ] is not closed";
    case "TAB_AS_INDENT":
      return "a line starts with a tab";
    default:
      return "this line is not in the form name: value";
  }
}

function yamlFix(code: string): string {
  switch (code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return 'A value contains a colon (:) or runs over several lines. Put the whole value in double quotes, e.g. title: "Ketamine: what to know".';
    case "DUPLICATE_KEY":
      return "The same field appears twice. Keep one of the two lines.";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "A list or quote is not closed. Check for a missing ] or \" on that line.";
    case "TAB_AS_INDENT":
      return "Use spaces, not tabs, at the start of lines in the frontmatter.";
    default:
      return 'Check the line: each line should be name: value. Put values with special characters (: # " [ ]) in double quotes.';
  }
}

function suggestField(key: string): string {
  const known = Object.keys(fieldFixes);
  const close = known.find((candidate) => editDistance(candidate.toLowerCase(), key.toLowerCase()) <= 2);
  return close ? `Did you mean "${close}"?` : "";
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
