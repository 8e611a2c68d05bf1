import type { FileFacts } from "../context-check";
import type { ContentProblem } from "../problems";
import type { SiteRule } from "./rule";
import { fieldAt } from "./text";

/**
 * California Business and Professions Code §680.5: a physician's website that gives health
 * information shows each clinician's licence type, highest degree and board certification. The
 * content check requires the licence fields for every clinician named as a reviewer and for the
 * medical director; on a build for the public address a PLACEHOLDER counts as unfilled.
 */
export const requiredLicenceFields = ["licenseType", "licenseNumber", "licensingBoard", "licenseLookup", "highestDegree"] as const;

const isPlaceholder = (value: unknown) => typeof value === "string" && /placeholder/i.test(value);

export const isMedicalDirector = (role: unknown) => typeof role === "string" && /medical director|director(a)? médic[oa]/i.test(role);

export const licencesRule: SiteRule = {
  family: "licence",
  check(files, { publicBuild }) {
    const reviewers = new Set<string>();
    for (const facts of files) {
      for (const field of ["reviewedBy", "translationReviewedBy"]) {
        const id = facts.frontmatter[field];
        if (typeof id === "string") reviewers.add(id);
      }
    }
    return files.flatMap((facts) => {
      if (facts.kind !== "team" || !facts.valid) return [];
      const medicalDirector = isMedicalDirector(facts.frontmatter.role);
      if (!reviewers.has(facts.slug) && !medicalDirector) return [];
      const why = medicalDirector ? "the medical director" : "named as a reviewer";
      return requiredLicenceFields.flatMap((field): ContentProblem[] => {
        const value = facts.frontmatter[field];
        if (value === undefined) {
          return [
            {
              severity: "error",
              file: facts.file,
              line: 1,
              rule: `licence/${field}`,
              message: `"${field}" is missing: this clinician is ${why}, and California (B&P §680.5) requires the licence shown.`,
              fix: `Add ${field}: (see CONTENT.md, "Add a clinician"); write "[PLACEHOLDER] …" until the clinic confirms it.`,
            },
          ];
        }
        if (publicBuild && isPlaceholder(value)) {
          return [
            {
              severity: "error",
              file: facts.file,
              ...fieldAt(facts, field),
              rule: `licence/${field}`,
              message: `"${field}" is still a placeholder on a build for the public site.`,
              fix: "Write the clinician's real licence details, as the board's public lookup shows them.",
            },
          ];
        }
        return [];
      });
    });
  },
};

/** Team files that still lack a licence field or hold a placeholder (for launch:check). */
export function unfilledLicences(files: FileFacts[]): string[] {
  return licencesRule.check(files, { today: "", publicBuild: true }).map((problem) => `${problem.file}: ${problem.rule.slice("licence/".length)}`);
}
