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

/** One side's files, as both the content check and launch:check read them. */
export interface CounterpartFiles {
  english: { articles: { file: string; slug: string; draft?: boolean }[]; pages: { file: string; slug: string }[] };
  spanish: {
    articles: { file: string; translationOf: string; draft?: boolean }[];
    pages: { file: string; translationOf: string }[];
  };
}

export interface MissingCounterpart {
  file: string;
  message: string;
  fix: string;
}

/**
 * Pages and articles that exist in one language only: a published English file without a Spanish
 * version (its Spanish readers' language switch leads to the Spanish home page instead), and a
 * published Spanish article whose English original is a draft (so it has no counterpart).
 * Warnings, not errors: a new English article may go live before its translation. A site with no
 * Spanish content at all (content/es/ empty) is an English-only site: nothing is reported.
 */
export function missingCounterparts({ english, spanish }: CounterpartFiles): MissingCounterpart[] {
  if (spanish.articles.length === 0 && spanish.pages.length === 0) return [];
  const translatedArticles = new Set(spanish.articles.map((article) => article.translationOf));
  const translatedPages = new Set(spanish.pages.map((page) => page.translationOf));
  const missing: MissingCounterpart[] = [];
  for (const article of english.articles) {
    if (article.draft || translatedArticles.has(article.slug)) continue;
    missing.push({
      file: article.file,
      message: "This article has no Spanish version yet: Spanish readers cannot read it.",
      fix: `Add content/es/articles/<spanish-name>.mdx with translationOf: ${article.slug} (CONTENT.md, "Spanish pages").`,
    });
  }
  for (const { file, slug: page } of english.pages) {
    if (translatedPages.has(page)) continue;
    missing.push({
      file,
      message: "This page has no Spanish version yet: its language switch leads to the Spanish home page instead.",
      fix: `Add content/es/pages/<nombre>.mdx with translationOf: ${page} (CONTENT.md, "Spanish pages").`,
    });
  }
  const englishDrafts = new Set(english.articles.filter((article) => article.draft).map((article) => article.slug));
  for (const article of spanish.articles) {
    if (article.draft || !englishDrafts.has(article.translationOf)) continue;
    missing.push({
      file: article.file,
      message: `Its English original (${article.translationOf}) is still a draft, so this published article has no English page.`,
      fix: "Publish the English article too (draft: false), or make this one a draft until it is.",
    });
  }
  return missing;
}

/** Spanish values the team pages show: a clinician's role and bio on the Spanish about page. */
export function untranslatedTeamFields(team: FileFacts[], hasSpanishPages: boolean): ContentProblem[] {
  if (!hasSpanishPages) return [];
  return team.flatMap((member) => {
    if (!member.valid) return [];
    const missing = ["roleEs", "bioEs"].filter((field) => !member.frontmatter[field]);
    if (missing.length === 0) return [];
    return [
      {
        severity: "warning" as const,
        file: member.file,
        line: member.fields.role?.line,
        rule: "translation/team",
        message: `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing: the Spanish team page shows this clinician's ${missing.length === 2 ? "role and bio" : missing[0] === "roleEs" ? "role" : "bio"} in English.`,
        fix: 'Add the Spanish text, e.g. roleEs: "Director médico" and bioEs: "<the bio in Spanish>".',
      },
    ];
  });
}
