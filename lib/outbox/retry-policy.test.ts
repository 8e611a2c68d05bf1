import { describe, expect, it } from "vitest";
import { afterFailure } from "./retry-policy";

const policy = { baseDelayMs: 5000, maxDelayMs: 300_000, maxAttempts: 6 };

describe("retry policy", () => {
  it("doubles the delay per attempt from the base, up to the maximum", () => {
    const middle = () => 0.5; // no jitter
    const delays = [1, 2, 3, 4, 5].map((attempts) => {
      const outcome = afterFailure(attempts, 0, { ...policy, maxAttempts: 100 }, middle);
      return "retryAt" in outcome ? outcome.retryAt : -1;
    });
    expect(delays).toEqual([5000, 10_000, 20_000, 40_000, 80_000]);
    const late = afterFailure(20, 1000, { ...policy, maxAttempts: 100 }, middle);
    expect(late).toEqual({ retryAt: 301_000 });
  });

  it("jitters by ±20 % but never past the maximum", () => {
    expect(afterFailure(1, 0, policy, () => 0)).toEqual({ retryAt: 4000 });
    expect(afterFailure(1, 0, policy, () => 1)).toEqual({ retryAt: 6000 });
    expect(afterFailure(30, 0, { ...policy, maxAttempts: 100 }, () => 1)).toEqual({ retryAt: 300_000 });
  });

  it("gives up after the maximum number of attempts", () => {
    expect(afterFailure(5, 0, policy)).toHaveProperty("retryAt");
    expect(afterFailure(6, 0, policy)).toEqual({ giveUp: true });
  });
});
