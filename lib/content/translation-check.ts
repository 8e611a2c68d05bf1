import path from "node:path";
import { loadCollection, type ContentEntry } from "./collection";
import { checkEntry } from "./entry-check";
import type { ContentProblem } from "./problems";
import { homePageName, translatedArticleSchema, translatedHomeSchema } from "./translations";

interface TranslationCheckContext {
  /** The content folder (content/, or a copy in tests); Spanish files are in its es/ folder. */
  root: string;
  publicDir: string;
  today: string;
  teamIds: ReadonlySet<string>;
  /** File names (without .mdx) of the English articles and pages, which translationOf must name. */
  englishArticles: ReadonlySet<string>;
  englishPages: ReadonlySet<string>;
}

type Translation = ContentEntry<{ translationOf: string; translationReviewedBy?: string }>;

/**
 * content/es/: the same frontmatter, components, claims and safe-messaging checks as English
 * (the Spanish rules are lib/content/lint/rules-es.ts), plus what only a translation has: the
 * English file it translates must exist, once, and its reviewer must be on the team.
 */
export async function checkTranslations(context: TranslationCheckContext): Promise<ContentProblem[]> {
  const spanishRoot = path.join(context.root, "es");
  const articles = loadCollection(path.join(spanishRoot, "articles"), translatedArticleSchema);
  const pages = loadCollection(path.join(spanishRoot, "pages"), translatedHomeSchema);
  const problems: ContentProblem[] = [...articles.problems, ...pages.problems];

  const groups = [
    { kind: "article" as const, entries: articles.entries as Translation[], english: context.englishArticles, folder: "content/articles" },
    {
      kind: "page" as const,
      entries: pages.entries as Translation[],
      english: new Set([...context.englishPages, homePageName]),
      folder: "content/pages",
    },
  ];
  for (const { kind, entries, english, folder } of groups) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const at = (field: string) => ({ line: entry.fields?.[field]?.line, column: entry.fields?.[field]?.column });
      const { translationOf, translationReviewedBy } = entry.frontmatter;
      if (!english.has(translationOf)) {
        problems.push({
          severity: "error",
          file: entry.file,
          ...at("translationOf"),
          rule: "translationOf",
          message: `"translationOf" names "${translationOf}", but there is no ${folder}/${translationOf}.mdx.`,
          fix: `Write the English file's name without .mdx, one of: ${[...english].sort().join(", ")}.`,
        });
      }
      const earlier = seen.get(translationOf);
      if (earlier) {
        problems.push({
          severity: "error",
          file: entry.file,
          ...at("translationOf"),
          rule: "translationOf",
          message: `${earlier} already translates "${translationOf}": a page has one Spanish version.`,
          fix: "Keep one of the two files and delete the other.",
        });
      } else seen.set(translationOf, entry.file);
      if (translationReviewedBy && !context.teamIds.has(translationReviewedBy)) {
        problems.push({
          severity: "error",
          file: entry.file,
          ...at("translationReviewedBy"),
          rule: "translationReviewedBy",
          message: `"translationReviewedBy" names "${translationReviewedBy}", but there is no content/team/${translationReviewedBy}.mdx.`,
          fix: `Use one of: ${[...context.teamIds].join(", ") || "(no team members yet)"}.`,
        });
      }
      const checked = await checkEntry(entry, {
        kind,
        publicDir: context.publicDir,
        teamIds: context.teamIds,
        today: context.today,
      });
      problems.push(...checked.problems);
    }
  }
  return problems;
}
