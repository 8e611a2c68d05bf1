import { describe, expect, it } from "vitest";
import { licencesRule } from "./licences";
import { facts, ruleInput, where } from "./test-input";

const team = (fields: string[], slug: string) =>
  facts(ruleInput(["---", 'name: "N"', 'credentials: "C"', ...fields, "---", "", "Bio.", ""].join("\n"), { kind: "team", file: `content/team/${slug}.mdx` }), slug);
const licence = [
  'highestDegree: "MD"',
  'licenseType: "Physician and Surgeon"',
  'licenseNumber: "[PLACEHOLDER] A000000"',
  'licensingBoard: "Medical Board of California"',
  'licenseLookup: "https://search.dca.ca.gov/"',
];
const reviewed = facts(ruleInput(["---", 'title: "T"', 'description: "D"', 'date: "2026-01-01"', "reviewedBy: therapist", 'lastReviewed: "2026-01-01"', "---", "", "x", ""].join("\n")));

describe("licences rule (B&P §680.5)", () => {
  it("requires every licence field of the medical director and of anyone named as a reviewer", () => {
    const problems = licencesRule.check(
      [team(['role: "Medical Director"'], "director"), team(['role: "Lead Therapist"'], "therapist"), team(['role: "Receptionist"'], "front-desk"), reviewed],
      { today: "2026-12-01", publicBuild: false },
    );
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual([
      ...["licenseType", "licenseNumber", "licensingBoard", "licenseLookup", "highestDegree"].map((f) => `content/team/director.mdx licence/${f}`),
      ...["licenseType", "licenseNumber", "licensingBoard", "licenseLookup", "highestDegree"].map((f) => `content/team/therapist.mdx licence/${f}`),
    ]);
    expect(problems[0]?.fix).toContain("CONTENT.md");
  });

  it("counts a placeholder as unfilled only on a build for the public site", () => {
    const director = team(['role: "Medical Director"', ...licence], "director");
    expect(licencesRule.check([director], { today: "2026-12-01", publicBuild: false })).toEqual([]);
    expect(where(licencesRule.check([director], { today: "2026-12-01", publicBuild: true }))).toEqual(["7:17 error [licence/licenseNumber]"]);
  });
});
