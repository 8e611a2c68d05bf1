import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { articlesDir } from "./articles";
import { clinicFile, clinicSchema } from "./clinic";
import { loadCollection, type ContentEntry } from "./collection";
import { checkEntry, type EntryKind } from "./entry-check";
import { pagesDir } from "./pages";
import { publicDir as defaultPublicDir, relativeToRoot } from "./paths";
import { sortProblems, type ContentProblem } from "./problems";
import { articleFrontmatterSchema, pageFrontmatterSchema, teamMemberSchema } from "./schemas";
import { teamDir } from "./team";
import { checkTranslations } from "./translation-check";

export interface CheckOptions {
  /** Folder holding articles/, pages/, team/ and clinic.yaml (a copy can be checked in tests). */
  contentRoot?: string;
  /** Where /images/… paths are looked up. */
  publicDir?: string;
  /** Today as YYYY-MM-DD (medical reviews older than 12 months are a warning); tests fix it. */
  today?: string;
}

/**
 * Checks every content file and returns every problem found, errors and warnings, in one list.
 * This is what `npm run content:check` prints and what makes `npm run build` fail.
 */
export async function checkContent(options: CheckOptions = {}): Promise<ContentProblem[]> {
  const root = options.contentRoot ?? path.dirname(articlesDir);
  const publicDir = options.publicDir ?? defaultPublicDir;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: ContentProblem[] = [];

  problems.push(...checkClinic(path.join(root, path.basename(clinicFile))));

  const articles = loadCollection(path.join(root, path.basename(articlesDir)), articleFrontmatterSchema);
  const pages = loadCollection(path.join(root, path.basename(pagesDir)), pageFrontmatterSchema);
  const team = loadCollection(path.join(root, path.basename(teamDir)), teamMemberSchema);
  problems.push(...articles.problems, ...pages.problems, ...team.problems);

  const teamIds = new Set(team.entries.map((member) => member.slug));
  const everyEntry: { entry: ContentEntry<unknown>; kind: EntryKind }[] = [
    ...articles.entries.map((entry) => ({ entry, kind: "article" as const })),
    ...pages.entries.map((entry) => ({ entry, kind: "page" as const })),
    ...team.entries.map((entry) => ({ entry, kind: "team" as const })),
  ];
  for (const { entry, kind } of everyEntry) {
    problems.push(...(await checkEntry(entry, { kind, publicDir, teamIds, today })).problems);
  }

  problems.push(
    ...(await checkTranslations({
      root,
      publicDir,
      today,
      teamIds,
      englishArticles: new Set(articles.entries.map((entry) => entry.slug)),
      englishPages: new Set(pages.entries.map((entry) => entry.slug)),
    })),
  );
  return sortProblems(problems);
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
