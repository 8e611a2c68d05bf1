import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { articlesDir } from "./articles";
import { clinicFile, clinicSchema } from "./clinic";
import { loadCollection, type ContentEntry } from "./collection";
import { compileMdx, MdxSyntaxError } from "./mdx";
import { pagesDir } from "./pages";
import { projectRoot, relativeToRoot } from "./paths";
import type { ContentProblem } from "./problems";
import { articleFrontmatterSchema, pageFrontmatterSchema, teamMemberSchema, type ArticleFrontmatter } from "./schemas";
import { teamDir } from "./team";

export interface CheckOptions {
  /** Folder holding articles/, pages/, team/ and clinic.yaml (a copy can be checked in tests). */
  contentRoot?: string;
  /** Where /images/… paths are looked up. */
  publicDir?: string;
}

/**
 * Checks every content file and returns every problem found, errors and warnings, in one list.
 * This is what `npm run content:check` prints and what makes `npm run build` fail.
 */
export async function checkContent(options: CheckOptions = {}): Promise<ContentProblem[]> {
  const root = options.contentRoot ?? path.dirname(articlesDir);
  const publicDir = options.publicDir ?? path.join(projectRoot, "public");
  const problems: ContentProblem[] = [];

  problems.push(...checkClinic(path.join(root, path.basename(clinicFile))));

  const articles = loadCollection(path.join(root, path.basename(articlesDir)), articleFrontmatterSchema);
  const pages = loadCollection(path.join(root, path.basename(pagesDir)), pageFrontmatterSchema);
  const team = loadCollection(path.join(root, path.basename(teamDir)), teamMemberSchema);
  problems.push(...articles.problems, ...pages.problems, ...team.problems);

  const teamIds = new Set(team.entries.map((member) => member.slug));
  for (const article of articles.entries) problems.push(...checkArticleReferences(article, teamIds, publicDir));

  const everyBody: Pick<ContentEntry<unknown>, "file" | "body" | "bodyStartLine">[] = [
    ...articles.entries,
    ...pages.entries,
    ...team.entries,
  ];
  for (const entry of everyBody) problems.push(...(await checkBody(entry)));

  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

function checkClinic(file: string): ContentProblem[] {
  const relative = relativeToRoot(file);
  if (!existsSync(file)) {
    return [
      {
        severity: "error",
        file: relative,
        rule: "clinic",
        message: "The clinic profile is missing.",
        fix: "Restore content/clinic.yaml from version control.",
      },
    ];
  }
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    const position = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return [
      {
        severity: "error",
        file: relative,
        line: position?.line,
        column: position?.col,
        rule: "clinic/yaml",
        message: `The clinic profile is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
        fix: "Put values containing a colon (:) or # in double quotes.",
      },
    ];
  }
  const result = clinicSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    severity: "error" as const,
    file: relative,
    rule: issue.path.join(".") || "clinic",
    message: `"${issue.path.join(".")}" ${issue.message}.`,
    fix: "Compare with the example values in the comments of content/clinic.yaml.",
  }));
}

function checkArticleReferences(
  article: ContentEntry<ArticleFrontmatter>,
  teamIds: Set<string>,
  publicDir: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { reviewedBy, image } = article.frontmatter;
  if (reviewedBy && !teamIds.has(reviewedBy)) {
    problems.push({
      severity: "error",
      file: article.file,
      rule: "reviewedBy",
      message: `"reviewedBy" names "${reviewedBy}", but there is no content/team/${reviewedBy}.mdx.`,
      fix: `Use one of: ${[...teamIds].join(", ") || "(no clinicians yet)"}, or add the clinician to content/team/.`,
    });
  }
  if (image && !existsSync(path.join(publicDir, image))) {
    problems.push({
      severity: "error",
      file: article.file,
      rule: "image",
      message: `The image ${image} does not exist in public${image}.`,
      fix: "Copy the image file into public/images/ or correct the path.",
    });
  }
  return problems;
}

async function checkBody(entry: Pick<ContentEntry<unknown>, "file" | "body" | "bodyStartLine">): Promise<ContentProblem[]> {
  try {
    const compiled = await compileMdx(entry.body, entry.bodyStartLine);
    return compiled.findings.map((finding) => ({ severity: "error" as const, file: entry.file, ...finding }));
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    return [
      {
        severity: "error",
        file: entry.file,
        line: error.line,
        column: error.column,
        rule: "mdx/syntax",
        message: `The text could not be read as MDX: ${error.message}`,
        fix: "Check that every <Component> on this line is closed (</Callout> or />), and that < and { are written \\< and \\{ when meant as text.",
      },
    ];
  }
}
