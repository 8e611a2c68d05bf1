import type { Root } from "mdast";
import type { FileFacts } from "../context-check";
import type { FieldPosition } from "../frontmatter";
import type { GlossaryEntry } from "../glossary-schema";
import type { EntryKind } from "./claims/lint";
import type { ContentProblem } from "../problems";
import type { Language } from "../readability/measure";

/**
 * The two shapes of a content-check rule (after ESLint's lib/rules/: one module per rule family,
 * each with its tests, listed once in lib/content/rules/index.ts).
 *
 * A FileRule reads one file's text: its result is cached by the file's content and it may run in
 * a worker thread, so it must depend on nothing but its input. A SiteRule looks across files or at
 * today's date and runs on every content:check.
 */
export interface FileRuleInput {
  file: string;
  kind: EntryKind;
  /** The language the file is written in (content/es/ is Spanish): rules never mix them up. */
  language: Language;
  frontmatter: Record<string, unknown>;
  /** Where each frontmatter value starts, also list items: "keyPoints.0", "references.1.doi". */
  fields: Record<string, FieldPosition>;
  /** The body's Markdown tree (positions relative to the body). */
  tree: Root;
  body: string;
  bodyStartLine: number;
  /** content/glossary.yaml, when it exists and is valid. */
  glossary: GlossaryEntry[];
}

export interface FileRule {
  /** The family's name, as the start of its rule ids ("references" → "references/doi"). */
  family: string;
  check(input: FileRuleInput): ContentProblem[];
}

export interface SiteRuleContext {
  /** Today as YYYY-MM-DD. */
  today: string;
  /** A build for the public address (SITE_URL): placeholders then count as unfilled. */
  publicBuild: boolean;
}

export interface SiteRule {
  family: string;
  check(files: FileFacts[], context: SiteRuleContext): ContentProblem[];
}
