import { describe, expect, it } from "vitest";
import { maxQueryLength, normalizeQuery } from "./query";

describe("normalizeQuery", () => {
  it("gives an empty query for a missing or empty parameter", () => {
    expect(normalizeQuery(undefined)).toBe("");
    expect(normalizeQuery(null)).toBe("");
    expect(normalizeQuery("")).toBe("");
    expect(normalizeQuery("   ")).toBe("");
    expect(normalizeQuery([])).toBe("");
  });

  it("trims and collapses white space and control characters", () => {
    expect(normalizeQuery("  ketamine \n\t therapy  ")).toBe("ketamine therapy");
    expect(normalizeQuery("side\u0000effects\u200b")).toBe("side effects");
  });

  it("takes the first of a repeated parameter", () => {
    expect(normalizeQuery(["ketamine", "cost"])).toBe("ketamine");
  });

  it("cuts a long query to 200 characters instead of refusing it", () => {
    const long = "ketamine ".repeat(60);
    const cut = normalizeQuery(long);
    expect(Array.from(cut).length).toBeLessThanOrEqual(maxQueryLength);
    expect(long.startsWith(cut)).toBe(true);
    expect(normalizeQuery("x".repeat(500))).toBe("x".repeat(200));
  });

  it("never splits a character written with two UTF-16 units", () => {
    const cut = normalizeQuery("😀".repeat(300));
    expect(Array.from(cut)).toHaveLength(200);
    expect(cut).toBe("😀".repeat(200));
  });
});
