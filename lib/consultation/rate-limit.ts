import type Database from "better-sqlite3";
import { createHmac } from "node:crypto";
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { errorClass, logWarn } from "@/lib/log";

export type RateLimitDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Per-client request budget. Kept this small so a PostgreSQL-backed limiter can replace it. */
export interface RateLimiter {
  consume(clientIp: string): Promise<RateLimitDecision>;
}

const tableName = "consultation_rate_limit";

/**
 * rate-limiter-flexible's SQLite store on the outbox's database file: one atomic upsert per
 * request, so every process sharing DATA_DIR counts against the same budget (a per-process
 * memory store would let N processes accept N times the limit). Keys are an HMAC of the IP, so
 * the table never holds an address; rows expire with their window.
 */
export function sqliteRateLimiter(
  db: Database.Database,
  options: { points: number; durationSeconds: number; keySecret: Buffer },
): RateLimiter {
  // Created here, synchronously, in the shape the library expects, so the limiter is usable
  // from its first call (the library would otherwise create it asynchronously).
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${tableName} (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`,
  );
  const limiter = new RateLimiterSQLite({
    storeClient: db,
    storeType: "better-sqlite3",
    tableName,
    tableCreated: true,
    clearExpiredByTimeout: true,
    points: options.points,
    duration: options.durationSeconds,
  });
  return {
    async consume(clientIp) {
      const key = createHmac("sha256", options.keySecret)
        .update(`rate-limit:${clientIp}`)
        .digest("base64url");
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return {
            allowed: false,
            retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000),
          };
        }
        // A broken limiter must not turn away someone asking for care: allow, and say so in the log.
        logWarn(
          "consultation",
          `rate limiter unavailable (${errorClass(rejection)}); request allowed`,
        );
        return { allowed: true };
      }
    },
  };
}
