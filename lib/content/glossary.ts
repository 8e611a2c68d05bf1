import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isProduction } from "@/lib/env";
import { parseGlossary, type GlossaryEntry, type GlossaryLanguage } from "./glossary-schema";
import { contentDir, relativeToRoot } from "./paths";
import { loadedContent } from "./loaded-content";

export type { GlossaryEntry, GlossaryLanguage } from "./glossary-schema";

export const glossaryFileName = "glossary.yaml";
/** Where the glossary pages live; an entry's anchor is its id in both languages. */
export const glossaryPaths = { en: "/glossary", es: "/es/glosario" } as const;

const cache = loadedContent<GlossaryEntry[]>();

/** The entries of content/glossary.yaml (none when the file is missing; content:check reports a broken one). */
export function getGlossary(): GlossaryEntry[] {
  const kept = cache.get();
  if (kept) return kept;
  const file = path.join(contentDir, glossaryFileName);
  const entries = existsSync(file) ? parseGlossary(readFileSync(file, "utf8"), relativeToRoot(file)).entries : [];
  if (isProduction) cache.keep(entries);
  return entries;
}

/** The entries that have the language, in alphabetical order of their term there. */
export function glossaryIn(language: GlossaryLanguage): (GlossaryEntry & Required<Pick<GlossaryEntry, typeof language>>)[] {
  return getGlossary()
    .filter((entry): entry is GlossaryEntry & Required<Pick<GlossaryEntry, typeof language>> => Boolean(entry[language]))
    .sort((a, b) => a[language]!.term.localeCompare(b[language]!.term, language));
}
