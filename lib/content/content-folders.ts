import type { z } from "zod";
import type { EntryKind } from "./rules/claims/lint";
import type { ContentProblem } from "./problems";
import {
  articleFrontmatterSchema,
  pageFrontmatterSchema,
  teamMemberSchema,
  translatedArticleSchema,
  translatedHomeSchema,
} from "./schemas";

/**
 * What a content file is, by its folder: the frontmatter it must have and, through `kind`, which
 * rules apply. Translations (content/es/) are checked as the English files they translate.
 */
export const collections = {
  article: { folder: "articles", kind: "article", language: "en", schema: articleFrontmatterSchema },
  page: { folder: "pages", kind: "page", language: "en", schema: pageFrontmatterSchema },
  team: { folder: "team", kind: "team", language: "en", schema: teamMemberSchema },
  "translated-article": { folder: "es/articles", kind: "article", language: "es", schema: translatedArticleSchema },
  "translated-page": { folder: "es/pages", kind: "page", language: "es", schema: translatedHomeSchema },
} as const satisfies Record<string, { folder: string; kind: EntryKind; language: "en" | "es"; schema: z.ZodType<unknown> }>;

export type Collection = keyof typeof collections;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A content file's name is its web address: the problem when it cannot be one. */
export function fileNameProblem(file: string): ContentProblem | undefined {
  const name = file.slice(file.lastIndexOf("/") + 1);
  if (slugPattern.test(name.replace(/\.mdx$/, ""))) return undefined;
  return {
    severity: "error",
    file,
    rule: "file-name",
    message: `The file name "${name}" cannot be used as a web address.`,
    fix: "Rename the file using only lowercase letters, digits and single dashes, e.g. what-to-expect.mdx.",
  };
}
