import { glossaryRule } from "./glossary";
import { keyPointsRule } from "./key-points";
import { licencesRule } from "./licences";
import { readabilityRule } from "./readability";
import { referencesRule } from "./references";
import { reviewDatesRule } from "./review-dates";
import type { FileRule, SiteRule } from "./rule";

/**
 * The content check's rule families, one module each (ESLint's lib/rules/ is the model), each with
 * its tests beside it. A new rule is one file in this folder (a FileRule or a SiteRule) and one
 * line in one of the two lists below.
 *
 * The families that came before this folder are here too but are called by name, because the
 * parser and the claims engine share work with them: MDX, components and raw HTML (`mdx.ts`, run
 * by the parser in lib/content/mdx.ts), claims and safe messaging (`claims/`, run with its ignore
 * comments by entry-check.ts) and translations (`translations.ts`, run by check.ts across the two
 * languages). Frontmatter fields are validated by their zod schemas (lib/content/schemas.ts).
 */
export const fileRules: readonly FileRule[] = [referencesRule, keyPointsRule, readabilityRule, glossaryRule];

export const siteRules: readonly SiteRule[] = [reviewDatesRule, licencesRule];

export type { FileRule, FileRuleInput, SiteRule, SiteRuleContext } from "./rule";
