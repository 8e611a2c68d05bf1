import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";

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
