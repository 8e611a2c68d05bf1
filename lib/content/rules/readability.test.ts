import { describe, expect, it } from "vitest";
import { readabilityOf, readabilityRule } from "./readability";
import { ruleInput, where } from "./test-input";

const page = (body: string) => ["---", 'title: "T"', 'description: "D"', "---", "", body, ""].join("\n");
const plain = Array.from({ length: 30 }, () => "We are open on most days. Call us to ask.").join(" ");
const dense =
  "Ketamine's pharmacological characteristics, particularly its noncompetitive antagonism of N-methyl-D-aspartate receptors, precipitate multifaceted neurobiological adaptations. ".repeat(
    8,
  );

describe("readability rule", () => {
  it("passes plain English and reports its figures", () => {
    const input = ruleInput(page(plain), { kind: "page" });
    expect(readabilityRule.check(input)).toEqual([]);
    expect(readabilityOf(input)?.figures).toMatchObject({ language: "en", measure: "flesch-kincaid-grade", meetsTarget: true });
  });

  it("warns above grade 8, naming the hardest sentences with their lines", () => {
    const problems = readabilityRule.check(ruleInput(page(`${plain}\n\n${dense}`), { kind: "page" }));
    expect(where(problems)).toEqual(["8:1 warning [readability/grade]"]);
    expect(problems[0]?.message).toMatch(/^Reading level: Flesch-Kincaid grade [\d.]+ \(target 8 or lower\)\. Hardest sentences: line 8 \(/);
  });

  it("scores Spanish by INFLESZ (target 55), never by the English grade", () => {
    const spanish = Array.from({ length: 30 }, () => "La clínica abre casi todos los días. Llame para preguntar.").join(" ");
    const input = ruleInput(page(spanish), { kind: "page", language: "es" });
    expect(readabilityOf(input)?.figures).toMatchObject({ language: "es", measure: "inflesz", target: 55, meetsTarget: true });
    const hard = ruleInput(page("La farmacodinámica antidepresiva experimental de la ketamina intravenosa permanece insuficientemente caracterizada. ".repeat(12)), {
      kind: "page",
      language: "es",
    });
    expect(readabilityRule.check(hard)[0]?.message).toMatch(/^Reading ease: INFLESZ [\d.-]+, "(muy|algo) difícil" \(target 55 or higher\)/);
  });

  it("does not score texts under 100 words or team bios", () => {
    expect(readabilityOf(ruleInput(page(dense.slice(0, 200)), { kind: "page" }))).toBeUndefined();
  });
});
