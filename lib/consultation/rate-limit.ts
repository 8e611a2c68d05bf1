import type Database from "better-sqlite3";
import { createHmac } from "node:crypto";
import {
  RateLimiterPostgres,
  RateLimiterRes,
  RateLimiterSQLite,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { errorClass, logWarn } from "@/lib/log";
import type { PostgresDatabase } from "@/lib/outbox/postgres";

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Per-client request budget, shared by every process using the same store. */
export interface RateLimiter {
  consume(clientIp: string): Promise<RateLimitDecision>;
}

type LimitOptions = {
  points: number;
  durationSeconds: number;
  keySecret: Buffer;
};

const tableName = "consultation_rate_limit";

/**
 * rate-limiter-flexible's SQLite store on the outbox's database file: one atomic upsert per
 * request, so every process sharing DATA_DIR counts against the same budget (a per-process
 * memory store would let N processes accept N times the limit). Keys are an HMAC of the IP, so
 * the table never holds an address; rows expire with their window.
 */
export function sqliteRateLimiter(db: Database.Database, options: LimitOptions): RateLimiter {
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
  return budget(limiter, options.keySecret, async () => undefined);
}

/**
 * The same budget in PostgreSQL (RateLimiterPostgres on the shared pool): every instance using
 * the database counts against one key space, so a client spreading requests over instances is
 * limited as one. The table comes with the schema migrations (lib/outbox/schema.ts); the
 * instances must share the key secret (FORM_SECRET) for their keys to agree.
 */
export function postgresRateLimiter(database: PostgresDatabase, options: LimitOptions): RateLimiter {
  const limiter = new RateLimiterPostgres({
    storeClient: database.pool,
    storeType: "pool",
    tableName,
    tableCreated: true,
    clearExpiredByTimeout: true,
    points: options.points,
    duration: options.durationSeconds,
  });
  return budget(limiter, options.keySecret, () => database.ready());
}

function budget(limiter: RateLimiterAbstract, keySecret: Buffer, ready: () => Promise<unknown>): RateLimiter {
  return {
    async consume(clientIp) {
      const key = createHmac("sha256", keySecret).update(`rate-limit:${clientIp}`).digest("base64url");
      try {
        await ready();
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
        logWarn("consultation", `rate limiter unavailable (${errorClass(rejection)}); request allowed`);
        return { allowed: true };
      }
    },
  };
}
