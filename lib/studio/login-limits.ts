import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export type LoginDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type LoginLimitOptions = {
  /** Failed logins for one account within the window before it is blocked. */
  perAccount: number;
  /** Failed logins from one address (any account) within the window before it is blocked. */
  perAddress: number;
  windowSeconds: number;
  blockSeconds: number;
};

export const defaultLoginLimits: LoginLimitOptions = {
  perAccount: 5,
  perAddress: 20,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};

export type LoginLimits = {
  loginAllowed(accountKey: string, address: string): Promise<LoginDecision>;
  recordFailedLogin(accountKey: string, address: string): Promise<void>;
  recordSuccessfulLogin(accountKey: string, address: string): Promise<void>;
};

/**
 * Counts failed logins only, so staff who log in normally never meet a limit. In memory: the
 * studio is one process, and a restart forgetting the counts costs an attacker a restart's worth
 * of guesses at most. Unknown account names are counted like real ones, so the limits do not
 * reveal which names exist.
 */
export function createLoginLimits(options: LoginLimitOptions = defaultLoginLimits): LoginLimits {
  const limiter = (points: number, keyPrefix: string) =>
    new RateLimiterMemory({ keyPrefix, points, duration: options.windowSeconds });
  const byAccount = { limiter: limiter(options.perAccount, "studio-login-account"), limit: options.perAccount };
  const byAddress = { limiter: limiter(options.perAddress, "studio-login-address"), limit: options.perAddress };

  /** Seconds until the key may try again, or 0. */
  async function wait({ limiter, limit }: typeof byAccount, key: string): Promise<number> {
    const result = await limiter.get(key);
    return result && result.consumedPoints >= limit ? Math.max(1, Math.ceil(result.msBeforeNext / 1000)) : 0;
  }

  async function fail({ limiter, limit }: typeof byAccount, key: string): Promise<void> {
    try {
      const result = await limiter.consume(key);
      // The limit-th failure starts the block: the next attempt is refused, not merely counted.
      if (result.consumedPoints >= limit) await limiter.block(key, options.blockSeconds);
    } catch (rejection) {
      // Already blocked: counting more failures would not change the answer.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }

  return {
    async loginAllowed(accountKey, address) {
      const seconds = Math.max(await wait(byAccount, accountKey), await wait(byAddress, address));
      return seconds > 0 ? { allowed: false, retryAfterSeconds: seconds } : { allowed: true };
    },
    async recordFailedLogin(accountKey, address) {
      await Promise.all([fail(byAccount, accountKey), fail(byAddress, address)]);
    },
    async recordSuccessfulLogin(accountKey) {
      // The address keeps its count: one valid account must not wipe an address's failed guesses
      // at the others.
      await byAccount.limiter.delete(accountKey);
    },
  };
}

// The studio's limits, made on first use (nothing happens at import).
let studioLimits: LoginLimits | undefined;
const limits = () => (studioLimits ??= createLoginLimits());

export const loginAllowed: LoginLimits["loginAllowed"] = (accountKey, address) =>
  limits().loginAllowed(accountKey, address);
export const recordFailedLogin: LoginLimits["recordFailedLogin"] = (accountKey, address) =>
  limits().recordFailedLogin(accountKey, address);
export const recordSuccessfulLogin: LoginLimits["recordSuccessfulLogin"] = (accountKey, address) =>
  limits().recordSuccessfulLogin(accountKey, address);
