/**
 * The small adapter the outbox store runs on: one interface, implemented for SQLite
 * (lib/outbox/sqlite.ts) and PostgreSQL (lib/outbox/postgres.ts). Statements are written once,
 * in the SQL both understand, with `$1, $2, …` placeholders; only what must differ lives in the
 * adapters (connecting, migrating, write locking, error codes, row locking for claims).
 */
export type StoreKind = "sqlite" | "postgres";

export type SqlParam = string | number | null;

export interface SqlDatabase {
  readonly kind: StoreKind;
  /** Where the data is, for logs: a file path or host:port/database, never credentials. */
  readonly description: string;
  /**
   * Appended to the claim's inner SELECT: PostgreSQL's `FOR UPDATE SKIP LOCKED`, so concurrent
   * claimers neither wait for nor take each other's row. Empty for SQLite, where every write
   * holds the database's write lock (BEGIN IMMEDIATE) and claims are serialised anyway.
   */
  readonly skipLocked: string;
  /** Connects (once) and brings the schema up to date; a failure is retried by the next call. */
  ready(): Promise<unknown>;
  /** Rows of one read. */
  query<Row extends object>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** One write statement, atomically; its RETURNING rows and how many rows it changed. */
  run<Row extends object>(sql: string, params?: readonly SqlParam[]): Promise<{ rows: Row[]; changes: number }>;
  /** Whether an error is a unique-constraint violation on `table.column`. */
  isUniqueViolation(error: unknown, table: string, column: string): boolean;
  close(): Promise<void>;
}
