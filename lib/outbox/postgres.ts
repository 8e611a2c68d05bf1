import { Pool, type PoolClient } from "pg";
import { errorClass, logWarn } from "@/lib/log";

/**
 * Schema versions, applied in order; the schema_version table records which ones a database has.
 * One list for everything the site keeps in PostgreSQL: the outbox, its meta table and the
 * rate limiter's table (in the exact shape rate-limiter-flexible's RateLimiterPostgres expects,
 * so the library never has to create it itself, unlocked, from several instances at once).
 * Times are milliseconds since the epoch (bigint), as in the SQLite store.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE consultation_outbox (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     reference text NOT NULL UNIQUE,
     idempotency_key text NOT NULL UNIQUE,
     status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at bigint,
     lease_owner text,
     lease_until bigint,
     last_error text,
     payload jsonb,
     created_at bigint NOT NULL,
     updated_at bigint NOT NULL,
     sent_at bigint,
     purged_at bigint
   );
   CREATE INDEX consultation_outbox_due ON consultation_outbox (next_attempt_at, id)
     WHERE status IN ('pending', 'sending');
   CREATE TABLE outbox_meta (key text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE consultation_rate_limit (
     key varchar(255) PRIMARY KEY,
     points integer NOT NULL DEFAULT 0,
     expire bigint
   );`,
];

/** Any fixed 64-bit number: the advisory lock every instance takes before migrating. */
const migrationLockKey = 7_351_842_903_117;

/**
 * Brings the schema up to date. Safe when several instances start at once: the first takes a
 * transaction-scoped advisory lock, the others wait for it and then find nothing left to do.
 * DDL is transactional in PostgreSQL, so a failed migration leaves no half-made tables.
 * Returns the schema version the database is at.
 */
export async function migrate(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [migrationLockKey]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_version (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const current = await currentVersion(client);
    for (let version = current + 1; version <= migrations.length; version++) {
      await client.query(migrations[version - 1]!);
      await client.query("INSERT INTO schema_version (version) VALUES ($1)", [version]);
    }
    await client.query("COMMIT");
    // A newer release may already have migrated further (rolling deploy): leave it as it is.
    return Math.max(current, migrations.length);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function currentVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>("SELECT max(version) AS version FROM schema_version");
  return rows[0]?.version ?? 0;
}

/**
 * One connection pool per process and the schema check that must pass before first use. The
 * outbox store and the rate limiter share it. If the database is down at start, `ready()` fails
 * and the next call tries again.
 */
export class PostgresDatabase {
  readonly pool: Pool;
  readonly description: string;
  private migrated: Promise<number> | undefined;
  private ended = false;

  constructor(url: string) {
    this.description = describeDatabaseUrl(url);
    this.pool = new Pool({
      connectionString: url,
      // Small: every instance (and every serverless function instance) has its own pool.
      max: 5,
      idleTimeoutMillis: 30_000,
      // A database that does not answer must not hold a visitor's request for long.
      connectionTimeoutMillis: 5_000,
      application_name: "shamynds-site",
    });
    // An idle client whose connection dies emits here; unhandled, it would end the process.
    this.pool.on("error", (error) => logWarn("database", `idle connection lost (${errorClass(error)})`));
  }

  /** Resolves with the schema version once the schema is migrated (once per process). */
  ready(): Promise<number> {
    this.migrated ??= migrate(this.pool).catch((error: unknown) => {
      this.migrated = undefined;
      throw error;
    });
    return this.migrated;
  }

  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.pool.end();
  }
}

/** host:port/database, for logs and the CLI: never the user name or password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
    return `${parsed.hostname}:${parsed.port || "5432"}/${database}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
