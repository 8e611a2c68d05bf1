import type { FileFacts } from "../context-check";
import type { ContentProblem } from "../problems";
import { homePageSlug } from "../page-routes";

interface TranslationCheckContext {
  teamIds: ReadonlySet<string>;
  /** File names (without .mdx) of the English articles and pages, which translationOf must name. */
  englishArticles: ReadonlySet<string>;
  englishPages: ReadonlySet<string>;
}

/**
 * What only a translation (content/es/) has to get right: the English file it translates must
 * exist, and be translated once, and its reviewer must be on the team. Everything else is checked
 * as for English (lib/content/entry-check.ts, with the Spanish rules of rules/claims/rules-es.ts), from the
 * same per-file facts, so translations share content:check's cache and worker threads.
 */
export function translationProblems(
  translations: { articles: FileFacts[]; pages: FileFacts[] },
  context: TranslationCheckContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const groups = [
    { facts: translations.articles, english: context.englishArticles, folder: "content/articles" },
    { facts: translations.pages, english: new Set([...context.englishPages, homePageSlug]), folder: "content/pages" },
  ];
  for (const { facts, english, folder } of groups) {
    const seen = new Map<string, string>();
    for (const entry of facts) {
      if (!entry.valid) continue; // its frontmatter problems are already listed
      const at = (field: string) => ({ line: entry.fields[field]?.line, column: entry.fields[field]?.column });
      const { translationOf, translationReviewedBy } = entry.frontmatter as { translationOf: string; translationReviewedBy?: string };
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
    }
  }
  return problems;
}
