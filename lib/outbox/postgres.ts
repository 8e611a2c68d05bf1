import { Pool, type PoolClient } from "pg";
import { errorClass, logWarn } from "@/lib/log";
import { migrations } from "./schema";
import type { SqlDatabase, SqlParam } from "./sql";

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
    const versions = migrations("postgres");
    for (let version = current + 1; version <= versions.length; version++) {
      await client.query(versions[version - 1]!);
      await client.query("INSERT INTO schema_version (version) VALUES ($1)", [version]);
    }
    await client.query("COMMIT");
    // A newer release may already have migrated further (rolling deploy): leave it as it is.
    return Math.max(current, versions.length);
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
 * and the next call tries again. Every statement runs on its own (autocommit); none holds a
 * transaction open while mail is sent. pg returns bigint columns as strings: the store converts.
 */
export class PostgresDatabase implements SqlDatabase {
  readonly kind = "postgres";
  readonly skipLocked = "FOR UPDATE SKIP LOCKED";
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

  async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
    await this.ready();
    return (await this.pool.query<Row>(sql, [...params])).rows;
  }

  async run<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
    await this.ready();
    const result = await this.pool.query<Row>(sql, [...params]);
    return { rows: result.rows, changes: result.rowCount ?? 0 };
  }

  isUniqueViolation(error: unknown, table: string, column: string) {
    const { code, constraint } = error as { code?: unknown; constraint?: unknown };
    // PostgreSQL names a column's UNIQUE constraint <table>_<column>_key.
    return code === "23505" && constraint === `${table}_${column}_key`;
  }

  close() {
    return this.end();
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
