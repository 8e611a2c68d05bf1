import { describe, expect, it } from "vitest";
import { keyPointsRule } from "./key-points";
import { ruleInput, where } from "./test-input";

const article = (points: string[], body = "Short text.") =>
  ["---", 'title: "T"', 'description: "D"', 'date: "2026-03-14"', ...(points.length ? ["keyPoints:", ...points.map((p) => `  - "${p}"`)] : []), "---", "", body, ""].join("\n");
const long = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(" ");

describe("key points rule", () => {
  it("accepts 3 to 5 short points", () => {
    expect(keyPointsRule.check(ruleInput(article(["One.", "Two.", "Three."], long)))).toEqual([]);
  });

  it("warns when an article of 100 words or more has none (a short note is its own summary)", () => {
    const problems = keyPointsRule.check(ruleInput(article([], long)));
    expect(where(problems)).toEqual(["1:- warning [key-points/missing]"]);
    expect(problems[0]?.fix).toContain("3 to 5 plain sentences");
    expect(keyPointsRule.check(ruleInput(article([])))).toEqual([]);
  });

  it("is an error beyond 5 points, pointing at the sixth", () => {
    expect(where(keyPointsRule.check(ruleInput(article(["1.", "2.", "3.", "4.", "5.", "6."]))))).toEqual(["11:6 error [key-points/too-many"+"]"]);
  });

  it("is an error when a point is longer than 30 words, and a warning for fewer than 3", () => {
    const wordy = Array.from({ length: 31 }, () => "word").join(" ");
    expect(where(keyPointsRule.check(ruleInput(article(["Fine.", wordy]))))).toEqual(["6:6 warning [key-points/too-few]", "7:6 error [key-points/too-long]"]);
  });

  it("leaves pages alone", () => {
    expect(keyPointsRule.check(ruleInput(["---", 'title: "T"', 'description: "D"', "---", "", long].join("\n"), { kind: "page" }))).toEqual([]);
  });
});
