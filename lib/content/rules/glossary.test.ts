import { describe, expect, it } from "vitest";
import { parseGlossary, type GlossaryEntry } from "../glossary-schema";
import { glossaryRule } from "./glossary";
import { ruleInput, where } from "./test-input";

const glossary: GlossaryEntry[] = [
  { id: "esketamine", en: { term: "esketamine", definition: "d" }, es: { term: "esketamina", definition: "d" } },
  { id: "rems", en: { term: "REMS", definition: "d" } },
];
const article = (body: string) => ["---", 'title: "T"', 'description: "D"', 'date: "2026-03-14"', "---", "", body, ""].join("\n");

describe("glossary rule", () => {
  it("warns about a term whose entry has no part in the article's language", () => {
    const problems = glossaryRule.check(ruleInput(article("Spravato se da bajo el programa REMS."), { language: "es", glossary }));
    expect(where(problems)).toEqual(["7:33 warning [glossary/missing-language]"]);
    expect(problems[0]?.fix).toBe('Add an es: part (term and definition) to the entry "rems" in content/glossary.yaml.');
  });

  it("says nothing when every term used has an entry in the language", () => {
    expect(glossaryRule.check(ruleInput(article("Esketamine is sold as Spravato. REMS applies."), { glossary }))).toEqual([]);
  });
});

describe("the glossary file", () => {
  it("names the line of a bad entry and of a repeated id", () => {
    const text = ["- id: esketamine", "  en:", "    term: esketamine", "    definition: A medicine.", "- id: Bad Id", "  en:", "    term: x", "    definition: y", "- id: esketamine", "  es:", "    term: e", "    definition: d", ""].join("\n");
    const { entries, problems } = parseGlossary(text, "content/glossary.yaml");
    expect(entries.map((entry) => entry.id)).toEqual(["esketamine"]);
    expect(problems.map((p) => `${p.line} ${p.rule}`)).toEqual(["5 glossary", "9 glossary"]);
  });
});
