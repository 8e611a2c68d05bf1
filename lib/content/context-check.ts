import type { FieldPosition } from "./frontmatter";
import { describeImageProblem, lookUpImage } from "./images";
import type { EntryKind } from "./rules/claims/lint";
import { publicDir as defaultPublicDir } from "./paths";
import type { ContentProblem } from "./problems";
import type { ReadabilityFigures } from "./readability/measure";

/*
 * The part of the content check that looks beyond one file's text. Kept apart from the text
 * checks (lib/content/entry-check.ts) so that a content:check run served from its cache does not
 * even load the Markdown parser.
 */

export interface SiteContext {
  /** Where /images/… paths are looked up. */
  publicDir?: string;
  /** Ids of the clinicians in content/team/, to check an article's reviewedBy. */
  teamIds?: ReadonlySet<string>;
  /** Today as YYYY-MM-DD, to tell whether a medical review is more than 12 months old. */
  today?: string;
}

/**
 * What one file says about itself: every problem that depends only on its text (frontmatter,
 * MDX, components, raw HTML, claims), plus what the checks against the rest of the site need
 * (its images, reviewer, review date). Plain data: content:check caches it by the file's
 * content and computes it in worker threads.
 */
export interface FileFacts {
  file: string;
  kind: EntryKind;
  slug: string;
  /** Whether the frontmatter is valid (then `frontmatter` is the validated data). */
  valid: boolean;
  frontmatter: Record<string, unknown>;
  fields: Record<string, FieldPosition>;
  problems: ContentProblem[];
  /** Markdown images of the body, to look up in public/ on every run (files come and go). */
  images: { url: string; line?: number; column?: number }[];
  /** The reading level of the text (content:check --json), when it is long enough to score. */
  readability?: ReadabilityFigures;
}

/** The checks against the rest of the site, run afresh every time: images on disk, the team, today. */
export function contextProblems(facts: FileFacts, context: SiteContext): ContentProblem[] {
  const publicDir = context.publicDir ?? defaultPublicDir;
  const problems: ContentProblem[] = [];
  const at = (field: string) => ({ line: facts.fields[field]?.line, column: facts.fields[field]?.column });
  const imageField = (field: string) => {
    const src = facts.frontmatter[field];
    if (typeof src !== "string" || !src) return;
    const found = lookUpImage(src, publicDir);
    if (found.status === "ok") return;
    problems.push({ severity: "error", file: facts.file, ...at(field), rule: field, ...describeImageProblem(src, found.status) });
  };
  for (const image of facts.images) {
    const found = lookUpImage(image.url, publicDir);
    if (found.status !== "ok") {
      problems.push({
        severity: "error",
        file: facts.file,
        line: image.line,
        column: image.column,
        rule: imageRule[found.status],
        ...describeImageProblem(image.url, found.status),
      });
    }
  }
  if (!facts.valid) return problems;
  if (facts.kind === "team") imageField("photo");
  if (facts.kind !== "article") return problems;

  // Review dates are the review rule's (lib/content/rules/review-dates.ts).
  const { reviewedBy } = facts.frontmatter as { reviewedBy?: string };
  imageField("image");
  if (reviewedBy && context.teamIds && !context.teamIds.has(reviewedBy)) {
    problems.push({
      severity: "error",
      file: facts.file,
      ...at("reviewedBy"),
      rule: "reviewedBy",
      message: `"reviewedBy" names "${reviewedBy}", but there is no content/team/${reviewedBy}.mdx.`,
      fix: `Use one of: ${[...context.teamIds].join(", ") || "(no clinicians yet)"}, or add the clinician to content/team/.`,
    });
  }
  return problems;
}


const imageRule = { "not-under-images": "image/path", missing: "image/missing", unsupported: "image/format", unreadable: "image/format" } as const;
