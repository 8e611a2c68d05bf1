import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { migrations } from "./schema";
import type { SqlDatabase, SqlParam } from "./sql";

/**
 * Opens the SQLite file shared by the outbox and the rate limiter, set up for several processes
 * writing at once: WAL (readers never block the writer), a busy timeout instead of instant
 * SQLITE_BUSY errors, FULL sync so an accepted request survives a power cut, and secure_delete so
 * erased personal fields are overwritten rather than left in free pages.
 */
export function openDatabase(file: string): Database.Database {
  // Owner-only: the database holds personal data until it is delivered and erased.
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("synchronous = FULL");
  db.pragma("secure_delete = ON");
  return db;
}

/** Applies the versions this file has not seen yet; PRAGMA user_version records how far it came. */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    migrations("sqlite")
      .slice(version)
      .forEach((sql, index) => {
        db.exec(sql);
        db.pragma(`user_version = ${version + index + 1}`);
      });
  }).immediate();
}

/** better-sqlite3 binds `$1` from an object keyed "1": the same statement text as PostgreSQL. */
const bind = (params: readonly SqlParam[]) => Object.fromEntries(params.map((value, i) => [String(i + 1), value]));

/**
 * The outbox's SQLite file (better-sqlite3, synchronous underneath). Opened on first use, so a
 * DATA_DIR that is not usable yet fails calls (and the next call tries again) instead of the
 * server's start. Every write runs in BEGIN IMMEDIATE, taking the write lock before it reads:
 * two processes can never both see a row as claimable.
 */
export class SqliteDatabase implements SqlDatabase {
  readonly kind = "sqlite";
  readonly skipLocked = "";
  private db: Database.Database | undefined;
  private closed = false;

  constructor(readonly file: string) {}

  get description() {
    return this.file;
  }

  /** The open connection (for the rate limiter, which shares the file). Throws if it cannot open. */
  handle(): Database.Database {
    if (this.closed) throw new Error("the outbox database is closed");
    if (!this.db) {
      const db = openDatabase(this.file);
      try {
        migrate(db);
      } catch (error) {
        db.close();
        throw error;
      }
      this.db = db;
    }
    return this.db;
  }

  async ready() {
    this.handle();
  }

  async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
    return this.handle().prepare(sql).all(bind(params)) as Row[];
  }

  async run<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
    const db = this.handle();
    const statement = db.prepare(sql);
    const bound = bind(params);
    return db
      .transaction(() => {
        if (!statement.reader) return { rows: [] as Row[], changes: statement.run(bound).changes };
        const rows = statement.all(bound) as Row[];
        return { rows, changes: rows.length };
      })
      .immediate();
  }

  isUniqueViolation(error: unknown, table: string, column: string) {
    return (
      error instanceof Error &&
      (error as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE" &&
      error.message.includes(`${table}.${column}`)
    );
  }

  async close() {
    this.closed = true;
    this.db?.close();
  }
}
