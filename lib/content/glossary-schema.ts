import { parseDocument, LineCounter, isSeq, isMap, isScalar } from "yaml";
import { z } from "zod";
import type { ContentProblem } from "./problems";

/**
 * The glossary: one file, content/glossary.yaml, with both languages side by side, so a term and
 * its translation are reviewed together. Read by /glossary and /es/glosario, by the articles (the
 * first use of a term links to its entry) and by the glossary rule of content:check.
 */
const sense = z.strictObject({
  term: z.string().trim().min(1).max(80),
  /** Other spellings that link to the same entry (e.g. "NMDA receptors", "Spravato"). */
  also: z.array(z.string().trim().min(1).max(80)).optional(),
  definition: z.string().trim().min(1).max(600),
});

export const glossaryEntrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase words joined by dashes, e.g. nmda-receptor" }),
    en: sense.optional(),
    es: sense.optional(),
  })
  .refine((entry) => entry.en || entry.es, { error: "needs an en: or an es: part (or both)" });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryLanguage = "en" | "es";

/** Every way the entry's term is written in one language, longest first (so "NMDA receptors" wins over "NMDA"). */
export function spellings(entry: GlossaryEntry, language: GlossaryLanguage): string[] {
  const part = entry[language];
  if (!part) return [];
  return [part.term, ...(part.also ?? [])].sort((a, b) => b.length - a.length);
}

/** A pattern that finds a spelling as a whole word (letters with accents count as letters). */
export function spellingPattern(spelling: string): RegExp {
  const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, "iu");
}

/** Reads and validates the glossary's text; problems name the line of each bad entry. */
export function parseGlossary(text: string, file: string): { entries: GlossaryEntry[]; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: ContentProblem[] = document.errors.map((error) => ({
    severity: "error" as const,
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    rule: "glossary/yaml",
    message: `The glossary could not be read: ${error.message.split("\n")[0]}`,
    fix: "Put definitions that contain a colon (:) in double quotes.",
  }));
  if (problems.length > 0) return { entries: [], problems };
  const lineOf = (index: number) => {
    const node = isSeq(document.contents) ? document.contents.items[index] : undefined;
    const offset = isMap(node) && isScalar(node.items[0]?.key) ? node.items[0].key.range?.[0] : undefined;
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const data: unknown = document.toJS() ?? [];
  if (!Array.isArray(data)) {
    return {
      entries: [],
      problems: [{ severity: "error", file, line: 1, rule: "glossary", message: "The glossary must be a list of entries.", fix: "Start each entry with - id: …" }],
    };
  }
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  data.forEach((item, index) => {
    const result = glossaryEntrySchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          severity: "error",
          file,
          line: lineOf(index),
          rule: "glossary",
          message: `Entry ${index + 1}: "${issue.path.join(".") || "entry"}" ${issue.message}.`,
          fix: "Each entry has an id and an en: and/or es: part with term: and definition: (see CONTENT.md).",
        });
      }
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push({ severity: "error", file, line: lineOf(index), rule: "glossary", message: `The id "${result.data.id}" is used twice.`, fix: "Give each entry its own id." });
      return;
    }
    seen.add(result.data.id);
    entries.push(result.data);
  });
  return { entries, problems };
}
