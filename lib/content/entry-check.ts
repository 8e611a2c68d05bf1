import path from "node:path";
import { visit } from "unist-util-visit";
import type { z } from "zod";
import type { ContentEntry } from "./collection";
import { collections, fileNameProblem, type Collection } from "./content-folders";
import { parseFrontmatter, type FieldPosition, type FrontmatterComment } from "./frontmatter";
import { contextProblems, type FileFacts } from "./context-check";
import { lintEntry, type EntryKind } from "./rules/claims/lint";
import { MdxSyntaxError, parseMdx } from "./mdx";
import type { GlossaryEntry } from "./glossary-schema";
import { sortProblems, type ContentProblem } from "./problems";
import { fileRules, type FileRuleInput } from "./rules";
import { readabilityOf } from "./rules/readability";

export type { EntryKind } from "./rules/claims/lint";
export { contextProblems, type FileFacts } from "./context-check";

export interface EntryCheckContext {
  kind: EntryKind;
  /** Where /images/… paths are looked up. */
  publicDir?: string;
  /** Ids of the clinicians in content/team/, to check an article's reviewedBy. */
  teamIds?: ReadonlySet<string>;
  /** Today as YYYY-MM-DD, to tell whether a medical review is more than 12 months old. */
  today?: string;
  language?: FileRuleInput["language"];
  glossary?: GlossaryEntry[];
}


/** Frontmatter fields readers see, and so the claims rules read (each key point too). */
const visibleFields = ["title", "description"] as const;

/** Checks one file's text. `file` is the path relative to the repository root. */
export function analyzeFile(source: string, file: string, collection: Collection, glossary: GlossaryEntry[] = []): FileFacts {
  const { kind, schema, language } = collections[collection];
  const name = path.posix.basename(file);
  const slug = name.replace(/\.mdx$/, "");
  const badName = fileNameProblem(file);
  const problems: ContentProblem[] = badName ? [badName] : [];
  const parsed = parseFrontmatter<unknown>(source, file, schema as z.ZodType<unknown>);
  problems.push(...parsed.problems);
  const frontmatter = (parsed.data ?? parsed.raw ?? {}) as Record<string, unknown>;
  // The body is checked even when the frontmatter is not valid: every problem in one run.
  const body = analyzeBody({
    file,
    kind,
    body: parsed.body,
    bodyStartLine: parsed.bodyStartLine,
    frontmatter,
    fields: parsed.fields,
    frontmatterComments: parsed.comments,
    language,
    glossary,
  });
  return {
    file,
    kind,
    slug,
    valid: parsed.data !== undefined,
    frontmatter,
    fields: parsed.fields,
    problems: sortProblems([...problems, ...body.problems]),
    images: body.images,
    ...(body.readability ? { readability: body.readability } : {}),
  };
}

interface BodyInput {
  file: string;
  kind: EntryKind;
  body: string;
  bodyStartLine: number;
  frontmatter: Record<string, unknown>;
  fields: Record<string, FieldPosition>;
  frontmatterComments: FrontmatterComment[];
  language: FileRuleInput["language"];
  glossary: GlossaryEntry[];
}

/**
 * The MDX, its components, raw HTML, images' alt text, the claims and safe-messaging rules, and
 * the rule families of lib/content/rules/ that read one file.
 */
function analyzeBody(input: BodyInput): { problems: ContentProblem[]; images: FileFacts["images"]; readability?: FileFacts["readability"] } {
  const problems: ContentProblem[] = [];
  const images: FileFacts["images"] = [];
  let parsed;
  try {
    parsed = parseMdx(input.body, input.bodyStartLine);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    problems.push({
      severity: "error",
      file: input.file,
      line: error.line,
      column: error.column,
      rule: "mdx/syntax",
      message: `The text could not be read as MDX: ${error.message}`,
      fix: "Check that every <Component> on this line is closed (</Callout> or />), and that < and { are written \\< and \\{ when meant as text.",
    });
    // Without a syntax tree the claims can still be read in the title and description.
    problems.push(...lint(input, { type: "root", children: [] }));
    return { problems, images };
  }

  problems.push(...parsed.findings.map((finding) => ({ severity: "error" as const, file: input.file, ...finding })));
  visit(parsed.tree, "image", (node) => {
    const start = node.position?.start;
    const at = { line: start ? start.line + input.bodyStartLine - 1 : undefined, column: start?.column };
    images.push({ url: node.url, ...at });
    if (!node.alt?.trim()) {
      problems.push({
        severity: "error",
        file: input.file,
        ...at,
        rule: "image/alt",
        message: `The image ${node.url} has no alt text (the words in the square brackets).`,
        fix: "Describe what the picture shows in a short sentence, e.g. ![A quiet treatment room with a reclining chair](/images/room.jpg). Only purely decorative images may go without, and articles should not have those.",
      });
    }
  });
  problems.push(...lint(input, parsed.tree));
  const ruleInput: FileRuleInput = {
    file: input.file,
    kind: input.kind,
    language: input.language,
    frontmatter: input.frontmatter,
    fields: input.fields,
    tree: parsed.tree,
    body: input.body,
    bodyStartLine: input.bodyStartLine,
    glossary: input.glossary,
  };
  for (const rule of fileRules) problems.push(...rule.check(ruleInput));
  return { problems, images, readability: readabilityOf(ruleInput)?.figures };
}

function lint(input: BodyInput, tree: Parameters<typeof lintEntry>[0]["tree"]): ContentProblem[] {
  return lintEntry({
    file: input.file,
    kind: input.kind,
    tree,
    body: input.body,
    bodyStartLine: input.bodyStartLine,
    fields: [
      ...visibleFields.map((name) => ({ name, value: input.frontmatter[name] })),
      ...(Array.isArray(input.frontmatter.keyPoints) ? input.frontmatter.keyPoints : []).map((value, index) => ({ name: `keyPoints.${index}`, value })),
    ].flatMap(({ name, value }) => {
      const position = input.fields[name];
      return typeof value === "string" && position ? [{ name, value, position }] : [];
    }),
    frontmatterComments: input.frontmatterComments,
  });
}

/**
 * Everything that can be wrong with one content file whose frontmatter is already loaded (tests,
 * and pages in `npm run dev`, so the browser shows the same words as content:check).
 */
export async function checkEntry(entry: ContentEntry<unknown>, context: EntryCheckContext): Promise<{ problems: ContentProblem[] }> {
  const frontmatter = (entry.frontmatter ?? {}) as Record<string, unknown>;
  const fields = entry.fields ?? {};
  const body = analyzeBody({
    file: entry.file,
    kind: context.kind,
    body: entry.body,
    bodyStartLine: entry.bodyStartLine,
    frontmatter,
    fields,
    frontmatterComments: entry.frontmatterComments ?? [],
    language: context.language ?? "en",
    glossary: context.glossary ?? [],
  });
  const facts: FileFacts = { file: entry.file, kind: context.kind, slug: entry.slug, valid: true, frontmatter, fields, ...body };
  return { problems: sortProblems([...body.problems, ...contextProblems(facts, context)]) };
}

