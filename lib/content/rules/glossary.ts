import { spellingPattern, spellings } from "../glossary-schema";
import type { ContentProblem } from "../problems";
import type { FileRule } from "./rule";
import { bodyBlocks } from "./text";

/**
 * Glossary: the first use of a glossary term in an article links to its entry by itself
 * (components/articles/glossary-links.ts). This rule warns when an article uses a term whose
 * entry exists only in the other language, so the link would lead nowhere in the reader's language.
 */
export const glossaryRule: FileRule = {
  family: "glossary",
  check(input) {
    if (input.kind !== "article" || input.glossary.length === 0) return [];
    const other = input.language === "en" ? "es" : "en";
    const blocks = bodyBlocks(input);
    const problems: ContentProblem[] = [];
    for (const entry of input.glossary) {
      if (entry[input.language]) continue;
      for (const spelling of spellings(entry, other)) {
        const block = blocks.find((candidate) => spellingPattern(spelling).test(candidate.text));
        if (!block) continue;
        const index = block.text.search(spellingPattern(spelling));
        problems.push({
          severity: "warning",
          file: input.file,
          ...block.positionAt(index),
          rule: "glossary/missing-language",
          message: `"${spelling}" is in the glossary (${entry.id}) but has no ${input.language === "en" ? "English" : "Spanish"} entry, so it is not linked here.`,
          fix: `Add an ${input.language}: part (term and definition) to the entry "${entry.id}" in content/glossary.yaml.`,
        });
        break;
      }
    }
    return problems;
  },
};
