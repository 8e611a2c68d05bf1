import { glossaryRule } from "./glossary";
import { keyPointsRule } from "./key-points";
import { licencesRule } from "./licences";
import { readabilityRule } from "./readability";
import { referencesRule } from "./references";
import { reviewDatesRule } from "./review-dates";
import type { FileRule, SiteRule } from "./rule";

/**
 * The content check's rule families that have a module of their own. A new rule is one file in
 * this folder (a FileRule or a SiteRule, with its test beside it) and one line here.
 * (Frontmatter, MDX, raw HTML, claims and translations are checked by entry-check.ts, mdx-check.ts,
 * lint/ and translation-check.ts.)
 */
export const fileRules: readonly FileRule[] = [referencesRule, keyPointsRule, readabilityRule, glossaryRule];

export const siteRules: readonly SiteRule[] = [reviewDatesRule, licencesRule];

export type { FileRule, FileRuleInput, SiteRule, SiteRuleContext } from "./rule";
