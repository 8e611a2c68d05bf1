import { visit } from "unist-util-visit";
import type { ContentEntry } from "./collection";
import { describeImageProblem, lookUpImage } from "./images";
import { lintEntry, type EntryKind } from "./lint/lint";
import { compileMdx, MdxSyntaxError, type CompiledMdx } from "./mdx";
import { publicDir as defaultPublicDir } from "./paths";
import { sortProblems, type ContentProblem } from "./problems";
import type { ArticleFrontmatter, TeamMemberFrontmatter } from "./schemas";

export type { EntryKind } from "./lint/lint";

export interface EntryCheckContext {
  kind: EntryKind;
  /** Where /images/… paths are looked up. */
  publicDir?: string;
  /** Ids of the clinicians in content/team/, to check an article's reviewedBy. */
  teamIds?: ReadonlySet<string>;
  /** Today as YYYY-MM-DD, to tell whether a medical review is more than 12 months old. */
  today?: string;
}

/** Frontmatter fields readers see, and so the claims rules read. */
const visibleFields = ["title", "description"] as const;

/**
 * Everything that can be wrong with one content file once its frontmatter is valid: the MDX,
 * its components, images, the claims and safe-messaging rules, and the article's references.
 * content:check runs this for every file; pages run it for the file they show, so the browser
 * in `npm run dev` shows the same words as content:check.
 */
export async function checkEntry(
  entry: ContentEntry<unknown>,
  context: EntryCheckContext,
): Promise<{ compiled?: CompiledMdx; problems: ContentProblem[] }> {
  const publicDir = context.publicDir ?? defaultPublicDir;
  const problems: ContentProblem[] = [...frontmatterProblems(entry, context, publicDir)];

  let compiled: CompiledMdx;
  try {
    compiled = await compileMdx(entry.body, entry.bodyStartLine, { publicDir });
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    problems.push({
      severity: "error",
      file: entry.file,
      line: error.line,
      column: error.column,
      rule: "mdx/syntax",
      message: `The text could not be read as MDX: ${error.message}`,
      fix: "Check that every <Component> on this line is closed (</Callout> or />), and that < and { are written \\< and \\{ when meant as text.",
    });
    return { problems };
  }

  problems.push(...compiled.findings.map((finding) => ({ severity: "error" as const, file: entry.file, ...finding })));
  problems.push(...bodyImageProblems(entry, compiled, publicDir));

  const frontmatter = (entry.frontmatter ?? {}) as Record<string, unknown>;
  problems.push(
    ...lintEntry({
      file: entry.file,
      kind: context.kind,
      tree: compiled.tree,
      body: entry.body,
      bodyStartLine: entry.bodyStartLine,
      fields: visibleFields.flatMap((name) => {
        const value = frontmatter[name];
        const position = entry.fields?.[name];
        return typeof value === "string" && position ? [{ name, value, position }] : [];
      }),
      frontmatterComments: entry.frontmatterComments ?? [],
    }),
  );
  return { compiled, problems: sortProblems(problems) };
}

function frontmatterProblems(entry: ContentEntry<unknown>, context: EntryCheckContext, publicDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  /** Line and column of a field's value, for problems about it. */
  const at = (field: string) => ({ line: entry.fields?.[field]?.line, column: entry.fields?.[field]?.column });
  const imageField = (field: string, src: string | undefined) => {
    if (!src) return;
    const found = lookUpImage(src, publicDir);
    if (found.status === "ok") return;
    problems.push({ severity: "error", file: entry.file, ...at(field), rule: field, ...describeImageProblem(src, found.status) });
  };

  if (context.kind === "team") {
    imageField("photo", (entry.frontmatter as TeamMemberFrontmatter).photo);
    return problems;
  }
  if (context.kind !== "article") return problems;

  const { reviewedBy, lastReviewed, image } = entry.frontmatter as ArticleFrontmatter;
  imageField("image", image);
  if (reviewedBy && context.teamIds && !context.teamIds.has(reviewedBy)) {
    problems.push({
      severity: "error",
      file: entry.file,
      ...at("reviewedBy"),
      rule: "reviewedBy",
      message: `"reviewedBy" names "${reviewedBy}", but there is no content/team/${reviewedBy}.mdx.`,
      fix: `Use one of: ${[...context.teamIds].join(", ") || "(no clinicians yet)"}, or add the clinician to content/team/.`,
    });
  }
  if (lastReviewed && context.today && isOlderThanAYear(lastReviewed, context.today)) {
    problems.push({
      severity: "warning",
      file: entry.file,
      ...at("lastReviewed"),
      rule: "lastReviewed",
      message: `The medical review of ${lastReviewed} is more than 12 months old.`,
      fix: "Ask a clinician to review the article again, then set lastReviewed to the date of the new review.",
    });
  }
  return problems;
}

/** True when `date` is more than 12 months before `today` (both YYYY-MM-DD). */
export function isOlderThanAYear(date: string, today: string): boolean {
  const aYearAgo = String(Number(today.slice(0, 4)) - 1).padStart(4, "0") + today.slice(4);
  return date < aYearAgo;
}

const imageRule = { "not-under-images": "image/path", missing: "image/missing", unsupported: "image/format", unreadable: "image/format" };

/** Markdown images: a file in public/images/, and a description for people who cannot see it. */
function bodyImageProblems(entry: ContentEntry<unknown>, compiled: CompiledMdx, publicDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(compiled.tree, "image", (node) => {
    const start = node.position?.start;
    const at = {
      severity: "error" as const,
      file: entry.file,
      line: start ? start.line + entry.bodyStartLine - 1 : undefined,
      column: start?.column,
    };
    if (!node.alt?.trim()) {
      problems.push({
        ...at,
        rule: "image/alt",
        message: `The image ${node.url} has no alt text (the words in the square brackets).`,
        fix: "Describe what the picture shows in a short sentence, e.g. ![A quiet treatment room with a reclining chair](/images/room.jpg). Only purely decorative images may go without, and articles should not have those.",
      });
    }
    const found = lookUpImage(node.url, publicDir);
    if (found.status !== "ok") problems.push({ ...at, rule: imageRule[found.status], ...describeImageProblem(node.url, found.status) });
  });
  return problems;
}
