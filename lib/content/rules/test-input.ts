import type { z } from "zod";
import type { FileFacts } from "../context-check";
import { parseFrontmatter } from "../frontmatter";
import type { GlossaryEntry } from "../glossary-schema";
import { parseMdx } from "../mdx";
import { articleFrontmatterSchema, pageFrontmatterSchema, teamMemberSchema } from "../schemas";
import type { FileRuleInput } from "./rule";

/** Test support: a file's text as a rule sees it (frontmatter validated, body parsed), with its path. */
export function ruleInput(
  source: string,
  options: { kind?: FileRuleInput["kind"]; language?: FileRuleInput["language"]; glossary?: GlossaryEntry[]; file?: string } = {},
): FileRuleInput {
  const kind = options.kind ?? "article";
  const file = options.file ?? "content/articles/example.mdx";
  const schema = { article: articleFrontmatterSchema, page: pageFrontmatterSchema, team: teamMemberSchema }[kind] as z.ZodType<unknown>;
  const parsed = parseFrontmatter(source, file, schema);
  if (parsed.problems.length > 0) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
  return {
    file,
    kind,
    language: options.language ?? "en",
    frontmatter: parsed.data as Record<string, unknown>,
    fields: parsed.fields,
    tree: parseMdx(parsed.body, parsed.bodyStartLine).tree,
    body: parsed.body,
    bodyStartLine: parsed.bodyStartLine,
    glossary: options.glossary ?? [],
  };
}

/** Test support: the facts content:check keeps of a file, for site rules. */
export function facts(input: FileRuleInput, slug = input.file.replace(/^.*\/|\.mdx$/g, "")): FileFacts {
  return { file: input.file, kind: input.kind, slug, valid: true, frontmatter: input.frontmatter, fields: input.fields, problems: [], images: [] };
}

/** "line:column severity [rule]" of each problem. */
export const where = (problems: { line?: number; column?: number; severity: string; rule: string }[]) =>
  problems.map((p) => `${p.line ?? "-"}:${p.column ?? "-"} ${p.severity} [${p.rule}]`);
