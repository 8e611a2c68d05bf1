import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLoginLimits, loginAllowed, recordFailedLogin } from "./login-limits";

const small = { perAccount: 3, perAddress: 5, windowSeconds: 60, blockSeconds: 120 };

async function fail(limits: ReturnType<typeof createLoginLimits>, account: string, address: string, times: number) {
  for (let i = 0; i < times; i++) await limits.recordFailedLogin(account, address);
}

describe("login limits", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("blocks an account after its failures, from any address, for the block time", async () => {
    const limits = createLoginLimits(small);
    await fail(limits, "maria lopez", "192.0.2.1", 2);
    expect(await limits.loginAllowed("maria lopez", "192.0.2.1")).toEqual({ allowed: true });
    await fail(limits, "maria lopez", "198.51.100.7", 1);
    expect(await limits.loginAllowed("maria lopez", "203.0.113.9")).toEqual({ allowed: false, retryAfterSeconds: 120 });
    expect(await limits.loginAllowed("sam lee", "192.0.2.1")).toEqual({ allowed: true });
    vi.advanceTimersByTime(119 * 1000);
    expect(await limits.loginAllowed("maria lopez", "192.0.2.1")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    vi.advanceTimersByTime(1000);
    expect(await limits.loginAllowed("maria lopez", "192.0.2.1")).toEqual({ allowed: true });
  });

  it("blocks an address that guesses at many accounts", async () => {
    const limits = createLoginLimits(small);
    for (const account of ["a", "b", "c", "d", "e"]) await fail(limits, account, "192.0.2.1", 1);
    expect(await limits.loginAllowed("f", "192.0.2.1")).toEqual({ allowed: false, retryAfterSeconds: 120 });
    expect(await limits.loginAllowed("f", "192.0.2.2")).toEqual({ allowed: true });
  });

  it("forgets failures after the window", async () => {
    const limits = createLoginLimits(small);
    await fail(limits, "maria lopez", "192.0.2.1", 2);
    vi.advanceTimersByTime(60 * 1000);
    await fail(limits, "maria lopez", "192.0.2.1", 2);
    expect(await limits.loginAllowed("maria lopez", "192.0.2.1")).toEqual({ allowed: true });
  });

  it("a successful login clears the account's failures, not the address's", async () => {
    const limits = createLoginLimits(small);
    await fail(limits, "maria lopez", "192.0.2.1", 2);
    await fail(limits, "sam lee", "192.0.2.1", 2);
    await limits.recordSuccessfulLogin("maria lopez", "192.0.2.1");
    await fail(limits, "maria lopez", "192.0.2.2", 2);
    expect(await limits.loginAllowed("maria lopez", "192.0.2.2")).toEqual({ allowed: true });
    await fail(limits, "x", "192.0.2.1", 1);
    expect((await limits.loginAllowed("y", "192.0.2.1")).allowed).toBe(false);
  });

  it("has a default instance with the studio's limits (5 per account)", async () => {
    for (let i = 0; i < 4; i++) await recordFailedLogin("default test", "192.0.2.50");
    expect(await loginAllowed("default test", "192.0.2.51")).toEqual({ allowed: true });
    await recordFailedLogin("default test", "192.0.2.50");
    expect(await loginAllowed("default test", "192.0.2.51")).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });
});
