import type { z } from "zod";
import type { EntryKind } from "./lint/lint";
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
  article: { folder: "articles", kind: "article", schema: articleFrontmatterSchema },
  page: { folder: "pages", kind: "page", schema: pageFrontmatterSchema },
  team: { folder: "team", kind: "team", schema: teamMemberSchema },
  "translated-article": { folder: "es/articles", kind: "article", schema: translatedArticleSchema },
  "translated-page": { folder: "es/pages", kind: "page", schema: translatedHomeSchema },
} as const satisfies Record<string, { folder: string; kind: EntryKind; schema: z.ZodType<unknown> }>;

export type Collection = keyof typeof collections;
