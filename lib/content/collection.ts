import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { isProduction } from "@/lib/env";
import { collections, fileNameProblem, type Collection } from "./content-folders";
import { contextProblems, type FileFacts } from "./context-check";
import { analyzeFile } from "./entry-check";
import { parseFrontmatter, type FieldPosition, type FrontmatterComment } from "./frontmatter";
import { contentDir, relativeToRoot } from "./paths";
import { ContentError, sortProblems, type ContentProblem } from "./problems";

export interface ContentEntry<T> {
  /** File name without .mdx; the URL segment. */
  slug: string;
  /** Path relative to the repository root, for messages. */
  file: string;
  frontmatter: T;
  body: string;
  bodyStartLine: number;
  /** Where each frontmatter value starts (so a word in the title can be pointed at). */
  fields?: Record<string, FieldPosition>;
  /** `# comment` lines of the frontmatter, where content-check-ignore directives for it live. */
  frontmatterComments?: FrontmatterComment[];
}

export interface LoadResult<T> {
  entries: ContentEntry<T>[];
  problems: ContentProblem[];
}

/** Reads every .mdx file of a folder and validates its frontmatter, collecting all problems. */
export function loadCollection<T>(directory: string, schema: z.ZodType<T>): LoadResult<T> {
  const entries: ContentEntry<T>[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(directory)) return { entries, problems };

  for (const name of readdirSync(directory).sort()) {
    if (!name.endsWith(".mdx")) continue;
    const absolute = path.join(directory, name);
    const file = relativeToRoot(absolute);
    const slug = name.slice(0, -".mdx".length);
    const badName = fileNameProblem(file);
    if (badName) {
      problems.push(badName);
      continue;
    }
    const parsed = parseFrontmatter(readFileSync(absolute, "utf8"), file, schema);
    problems.push(...parsed.problems);
    if (parsed.data !== undefined) {
      entries.push({
        slug,
        file,
        frontmatter: parsed.data,
        body: parsed.body,
        bodyStartLine: parsed.bodyStartLine,
        fields: parsed.fields,
        frontmatterComments: parsed.comments,
      });
    }
  }
  return { entries, problems };
}

type FrontmatterOf<C extends Collection> = z.infer<(typeof collections)[C]["schema"]>;

/** One collection of the content folder the site serves, with its frontmatter schema. */
export function loadCollectionOf<C extends Collection>(collection: C): LoadResult<FrontmatterOf<C>> {
  const { folder, schema } = collections[collection];
  return loadCollection(path.join(contentDir, folder), schema as unknown as z.ZodType<FrontmatterOf<C>>);
}

/**
 * The files of one collection (content/articles/, content/pages/, …) the site may show.
 *
 * In production content with errors must never render: the build ran content:check over every
 * file first, and any frontmatter error here still fails with every problem listed. In
 * `npm run dev`, each file gets the whole check content:check gives it (remembered until the file
 * changes), and a file with any error is skipped with a console warning: lists and every other
 * page keep working while staff fix it, and its own page shows the problems
 * (`brokenEntryProblems`, components/dev/content-problems.tsx).
 */
export function validEntries<C extends Collection>(collection: C): ContentEntry<FrontmatterOf<C>>[] {
  const directory = path.join(contentDir, collections[collection].folder);
  const result = loadCollectionOf(collection);
  if (isProduction) {
    const errors = result.problems.filter((problem) => problem.severity === "error");
    if (errors.length > 0) throw new ContentError(errors);
    return result.entries;
  }
  const broken = new Map<string, ContentProblem[]>();
  // An article's reviewer must be a team member whose own file has no errors.
  const teamIds = collections[collection].kind === "article" ? new Set(validEntries("team").map((m) => m.slug)) : undefined;
  for (const name of existsSync(directory) ? readdirSync(directory).sort() : []) {
    if (!name.endsWith(".mdx")) continue;
    const file = relativeToRoot(path.join(directory, name));
    const errors = devErrors(collection, path.join(directory, name), file, teamIds);
    if (errors.length === 0) continue;
    broken.set(name.slice(0, -".mdx".length), errors);
    const warning = `${file}: ${errors.length} problem(s), skipped until fixed (npm run content:check lists them).`;
    if (!warned.has(warning)) console.warn(`⚠ ${warning}`);
    warned.add(warning);
  }
  brokenByCollection.set(collection, broken);
  return result.entries.filter((entry) => !broken.has(entry.slug));
}

/** `npm run dev` only: the errors of a file skipped for them (e.g. page "faq"), or undefined. */
export function brokenEntryProblems(collection: Collection, slug: string): ContentProblem[] | undefined {
  if (isProduction) return undefined;
  validEntries(collection);
  return brokenByCollection.get(collection)?.get(slug);
}

/** `npm run dev` only: the files of a collection skipped for errors; their addresses still show them. */
export function brokenSlugs(collection: Collection): string[] {
  if (isProduction) return [];
  validEntries(collection);
  return [...(brokenByCollection.get(collection)?.keys() ?? [])];
}

const brokenByCollection = new Map<Collection, Map<string, ContentProblem[]>>();
const warned = new Set<string>();
/** Each file's own facts by its text: in dev only a changed file is parsed and checked again. */
const analyzed = new Map<string, { source: string; facts: FileFacts }>();

function devErrors(collection: Collection, absolute: string, file: string, teamIds?: ReadonlySet<string>): ContentProblem[] {
  const source = readFileSync(absolute, "utf8");
  let facts = analyzed.get(file)?.source === source ? analyzed.get(file)!.facts : undefined;
  if (!facts) {
    facts = analyzeFile(source, file, collection);
    analyzed.set(file, { source, facts });
  }
  // Images on disk and the team are looked at afresh each time, as content:check does.
  return sortProblems([...facts.problems, ...contextProblems(facts, { teamIds })]).filter(
    (problem) => problem.severity === "error",
  );
}
