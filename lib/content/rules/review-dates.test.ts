import { describe, expect, it } from "vitest";
import { nextReviewDue, reviewDatesRule, twelveMonthsAfter } from "./review-dates";
import { facts, ruleInput, where } from "./test-input";

const page = (dates: string[]) => facts(ruleInput(["---", 'title: "T"', 'description: "D"', ...dates, "---", "", "Text.", ""].join("\n"), { kind: "page", file: "content/pages/p.mdx" }));
const check = (dates: string[], today: string) => reviewDatesRule.check([page(dates)], { today, publicBuild: false });

describe("review dates rule", () => {
  it("defaults the next review to 12 months after the last", () => {
    expect(twelveMonthsAfter("2026-11-20")).toBe("2027-11-20");
    expect(twelveMonthsAfter("2028-02-29")).toBe("2029-02-28");
    expect(nextReviewDue({ lastReviewed: "2026-11-20", nextReview: "2027-05-01" })).toBe("2027-05-01");
  });

  it("is quiet while the review is current", () => {
    expect(check(['lastReviewed: "2026-11-20"'], "2027-10-01")).toEqual([]);
  });

  it("warns 30 days before the review is due, and again once it is overdue: never an error", () => {
    expect(where(check(['lastReviewed: "2026-11-20"'], "2027-10-25"))).toEqual(["4:16 warning [review/due-soon]"]);
    expect(where(check(['lastReviewed: "2026-11-20"'], "2027-11-21"))).toEqual(["4:16 warning [lastReviewed]"]);
    expect(where(check(['lastReviewed: "2026-11-20"', 'nextReview: "2027-03-01"'], "2027-03-02"))).toEqual(["5:14 warning [nextReview]"]);
  });

  it("rejects a next review before the last one", () => {
    expect(where(check(['lastReviewed: "2026-11-20"', 'nextReview: "2026-01-01"'], "2026-12-01"))).toEqual(["5:14 error [nextReview]"]);
  });
});
