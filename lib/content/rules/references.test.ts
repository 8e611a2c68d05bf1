import { describe, expect, it } from "vitest";
import { citedNumbers, referenceHref, referencesRule } from "./references";
import { ruleInput, where } from "./test-input";

const berman = [
  "  - authors: \"Berman RM, Cappiello A, Anand A, et al.\"",
  '    title: "Antidepressant effects of ketamine in depressed patients"',
  '    publisher: "Biological Psychiatry"',
  "    year: 2000",
];
const article = (references: string[], body: string) =>
  ["---", 'title: "T"', 'description: "D"', 'date: "2026-03-14"', ...(references.length ? ["references:", ...references] : []), "---", "", body, ""].join("\n");

describe("references rule", () => {
  it("accepts a cited reference with a DOI, a PubMed ID or an https address", () => {
    for (const link of ['    doi: "10.1097/HRP.0000000000000183"', "    pmid: 29465478", '    url: "https://www.fda.gov/news"']) {
      expect(referencesRule.check(ruleInput(article([...berman, link], "Ketamine was first tested in 2000 [1].")))).toEqual([]);
    }
  });

  it("reports a bad DOI, PubMed ID, address and year at their lines, with the fix", () => {
    const problems = referencesRule.check(
      ruleInput(
        article(
          [
            ...berman.slice(0, 3),
            "    year: 3000",
            '    doi: "https://doi.org/10.1016/x"',
            '    pmid: "PMID: 123"',
            '    url: "http://example.org/a"',
          ],
          "Cited [1].",
        ),
      ),
    );
    expect(where(problems)).toEqual(["10:11 error [references/doi]", "11:12 error [references/pmid]", "12:11 error [references/url]", "9:11 error [references/year]"]);
    expect(problems[0]?.fix).toContain("not the https://doi.org/ address");
  });

  it("requires some way to check a reference", () => {
    expect(where(referencesRule.check(ruleInput(article(berman, "Cited [1].")))) ).toEqual(["6:5 error [references/link]"]);
  });

  it("reports a marker without a reference (error) and a reference never cited (warning)", () => {
    const input = ruleInput(article([...berman, "    pmid: 29465478"], "No marker here.\n\nBut this cites [2]."));
    const problems = referencesRule.check(input);
    expect(where(problems)).toEqual(["15:16 error [references/marker]", "6:5 warning [references/uncited]"]);
    expect(problems[0]?.message).toBe("The citation marker [2] has no reference: the article lists 1 reference(s).");
  });

  it("warns when an article makes research claims without references, in English and Spanish", () => {
    expect(where(referencesRule.check(ruleInput(article([], "Studies show that it helps."))))).toEqual(["7:1 warning [references/missing]"]);
    expect(where(referencesRule.check(ruleInput(article([], "Varios estudios muestran que ayuda."), { language: "es" })))).toEqual([
      "7:8 warning [references/missing]",
    ]);
    expect(referencesRule.check(ruleInput(article([], "It may help some people.")))).toEqual([]);
  });

  it("reads ranges and lists in markers, and links to doi.org or PubMed", () => {
    expect(citedNumbers("1, 3")).toEqual([1, 3]);
    expect(citedNumbers("2–4")).toEqual([2, 3, 4]);
    expect(referenceHref({ authors: "a", title: "t", publisher: "p", year: 2000, doi: "10.1/x" })).toBe("https://doi.org/10.1/x");
    expect(referenceHref({ authors: "a", title: "t", publisher: "p", year: 2000, pmid: 29465478 })).toBe("https://pubmed.ncbi.nlm.nih.gov/29465478/");
  });
});
