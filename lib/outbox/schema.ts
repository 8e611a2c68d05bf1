import type { StoreKind } from "./sql";

/** The two column types the databases spell differently. Times are ms since the epoch in both. */
const types: Record<StoreKind, { id: string; json: string }> = {
  // INTEGER PRIMARY KEY is SQLite's rowid alias; `bigint` columns get INTEGER affinity there.
  sqlite: { id: "INTEGER PRIMARY KEY", json: "TEXT" },
  postgres: { id: "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", json: "jsonb" },
};

/**
 * Schema versions, applied in order, the same for both databases: the outbox, its meta table and
 * the rate limiter's table (in the exact shape rate-limiter-flexible expects, so the library never
 * has to create it itself, unlocked, from several processes at once). SQLite records the version
 * in PRAGMA user_version, PostgreSQL in a schema_version table. Never edit a released version;
 * append a new one.
 */
const versions: readonly ((t: { id: string; json: string }) => string)[] = [
  (t) => `CREATE TABLE consultation_outbox (
     id ${t.id},
     reference text NOT NULL UNIQUE,
     idempotency_key text NOT NULL UNIQUE,
     status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at bigint,
     lease_owner text,
     lease_until bigint,
     last_error text,
     payload ${t.json},
     created_at bigint NOT NULL,
     updated_at bigint NOT NULL,
     sent_at bigint,
     purged_at bigint
   );
   CREATE INDEX consultation_outbox_due ON consultation_outbox (next_attempt_at, id)
     WHERE status IN ('pending', 'sending');
   CREATE TABLE outbox_meta (key text PRIMARY KEY, value text NOT NULL);
   -- IF NOT EXISTS: SQLite files from before this table was part of the schema got it from the
   -- rate limiter itself (lib/consultation/rate-limit.ts still creates it if missing).
   CREATE TABLE IF NOT EXISTS consultation_rate_limit (
     key varchar(255) PRIMARY KEY,
     points integer NOT NULL DEFAULT 0,
     expire bigint
   );`,
];

export const schemaVersion = versions.length;

export function migrations(kind: StoreKind): string[] {
  return versions.map((version) => version(types[kind]));
}
