import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { isProduction } from "@/lib/env";
import { contentDir } from "./paths";
import { loadedContent } from "./loaded-content";

/**
 * The Spanish name of each article tag (content/topics.yaml). English articles carry tags; a
 * Spanish article shows its English original's tags under these names, so the two languages'
 * topic pages are always about the same articles. A tag without a Spanish name is left off the
 * Spanish side (the content check warns about it).
 */
export const topicsFileName = "topics.yaml";

export const topicsSchema = z.strictObject({
  topics: z
    .array(
      z.strictObject({
        name: z.string({ error: "must be the tag exactly as articles write it" }).trim().min(1).max(60),
        nameEs: z.string({ error: "must be the tag's name in Spanish" }).trim().min(1).max(60),
      }),
      { error: 'must be a list of { name: "depression", nameEs: "depresión" }' },
    )
    .default([]),
});

const cache = loadedContent<Map<string, string>>();

/** English tag name → Spanish name. */
export function spanishTopicNames(): Map<string, string> {
  const kept = cache.get();
  if (kept) return kept;
  const file = path.join(contentDir, topicsFileName);
  const parsed = existsSync(file) ? topicsSchema.safeParse(parse(readFileSync(file, "utf8")) ?? {}) : undefined;
  const names = new Map((parsed?.success ? parsed.data.topics : []).map((topic) => [topic.name, topic.nameEs]));
  if (isProduction) cache.keep(names);
  return names;
}
