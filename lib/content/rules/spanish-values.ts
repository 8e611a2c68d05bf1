import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Clinic } from "../clinic";
import type { FileFacts } from "../context-check";
import type { ContentProblem } from "../problems";
import { relativeToRoot } from "../paths";
import { topicsSchema } from "../topics";

/**
 * clinic.yaml's prose in Spanish (the fields ending in "Es") and the Spanish names of article
 * tags (content/topics.yaml). Missing ones are warnings: the Spanish page shows the English text,
 * marked as English, until someone adds them.
 */
export function missingSpanishClinicValues(clinic: Clinic, file: string): ContentProblem[] {
  const missing: string[] = [];
  const need = (value: unknown, spanish: unknown, field: string) => {
    if (value !== undefined && spanish === undefined) missing.push(field);
  };
  need(clinic.description, clinic.descriptionEs, "descriptionEs");
  for (const key of ["parking", "transit", "accessibleEntrance"] as const) {
    need(clinic.directions[key], clinic.directions[`${key}Es`], `directions.${key}Es`);
  }
  clinic.fees.forEach((fee, index) => {
    need(fee.name, fee.nameEs, `fees.${index + 1}.nameEs`);
    need(fee.includes, fee.includesEs, `fees.${index + 1}.includesEs`);
    // A price in dollars is shown by Intl in both languages; only words need a translation.
    if (typeof fee.price === "string" && !/^\$?\d+(?:\.\d{2})?$/.test(fee.price)) {
      need(fee.price, fee.priceEs, `fees.${index + 1}.priceEs`);
    }
  });
  for (const key of ["accepted", "superbills", "spravato"] as const) {
    need(clinic.insurance[key], clinic.insurance[`${key}Es`], `insurance.${key}Es`);
  }
  need(clinic.payment.methods, clinic.payment.methodsEs, "payment.methodsEs");
  need(clinic.payment.hsaFsa, clinic.payment.hsaFsaEs, "payment.hsaFsaEs");
  need(clinic.payment.cancellation, clinic.payment.cancellationEs, "payment.cancellationEs");
  clinic.closures.forEach((closure, index) => need(closure.reason, closure.reasonEs, `closures.${index + 1}.reasonEs`));
  return missing.map((field) => ({
    severity: "warning" as const,
    file,
    rule: "translation/clinic",
    message: `"${field}" is missing: the Spanish pages show this text in English.`,
    fix: `Add ${field.split(".").at(-1)} beside the English value, with the same text in Spanish.`,
  }));
}

/** topics.yaml must be valid, and every tag used by a published article should have a Spanish name. */
export function topicProblems(file: string, articles: FileFacts[]): ContentProblem[] {
  const shown = relativeToRoot(file);
  let names = new Map<string, string>();
  if (existsSync(file)) {
    let data: unknown;
    try {
      data = parse(readFileSync(file, "utf8")) ?? {};
    } catch (error) {
      return [
        {
          severity: "error",
          file: shown,
          rule: "topics/yaml",
          message: `The topics file is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
          fix: 'Under "topics:", each entry is two lines: "- name: depression" and "  nameEs: depresión".',
        },
      ];
    }
    const parsed = topicsSchema.safeParse(data);
    if (!parsed.success) {
      return parsed.error.issues.map((issue) => ({
        severity: "error" as const,
        file: shown,
        rule: "topics",
        message: `"${issue.path.join(".")}" ${issue.message}.`,
        fix: 'Under "topics:", each entry is two lines: "- name: depression" and "  nameEs: depresión".',
      }));
    }
    names = new Map(parsed.data.topics.map((topic) => [topic.name, topic.nameEs]));
  }
  const untranslated = new Map<string, string>();
  for (const article of articles) {
    if (!article.valid || article.frontmatter.draft) continue;
    for (const tag of (article.frontmatter.tags as string[] | undefined) ?? []) {
      if (!names.has(tag) && !untranslated.has(tag)) untranslated.set(tag, article.file);
    }
  }
  return [...untranslated].map(([tag, firstFile]) => ({
    severity: "warning" as const,
    file: firstFile,
    line: articles.find((article) => article.file === firstFile)?.fields.tags?.line,
    rule: "translation/topic",
    message: `The tag "${tag}" has no Spanish name: Spanish articles do not show it, and it has no Spanish topic page.`,
    fix: `Add it to content/topics.yaml (the studio's "Topics in Spanish"): name "${tag}" and its Spanish name.`,
  }));
}
