import type { FailureOutcome } from "./types";

export type RetryPolicy = {
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
};

/**
 * What happens after a failed attempt: exponential backoff (base, 2×base, 4×base… capped at the
 * maximum) with ±20 % jitter so processes that failed together do not retry in lockstep; after
 * `maxAttempts` the request is marked failed and waits for `npm run outbox -- retry`.
 */
export function afterFailure(
  attempts: number,
  now: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): FailureOutcome {
  if (attempts >= policy.maxAttempts) return { giveUp: true };
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attempts - 1);
  const jittered = Math.min(policy.maxDelayMs, exponential) * (0.8 + 0.4 * random());
  return { retryAt: now + Math.round(Math.min(policy.maxDelayMs, jittered)) };
}
