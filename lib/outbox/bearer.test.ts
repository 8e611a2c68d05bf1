import { describe, expect, it } from "vitest";
import { bearerMatches } from "./bearer";

describe("bearerMatches", () => {
  const secret = "0123456789abcdef-cron";

  it("accepts exactly `Bearer <secret>`", () => {
    expect(bearerMatches(`Bearer ${secret}`, secret)).toBe(true);
  });

  it("refuses a missing, empty, wrong, longer, shorter or differently cased value", () => {
    for (const header of [
      null,
      "",
      "Bearer ",
      `Bearer ${secret}x`,
      `Bearer ${secret.slice(0, -1)}`,
      `bearer ${secret}`,
      `Basic ${secret}`,
      secret,
      `Bearer  ${secret}`,
    ])
      expect(bearerMatches(header, secret), String(header)).toBe(false);
  });
});
