/**
 * `npm run outbox -- <command>`: look after the consultation outbox without touching personal data.
 *   status                 counts by status and the age of the oldest request still waiting
 *   list [n]               the latest n requests (default 50): reference, status, attempts, last error
 *   retry <SM-XXXXXX>      make one failed (or waiting) request due now
 *   retry all-failed       make every failed request due now
 *   backup <file>          a consistent copy of the SQLite outbox, safe while the site runs
 * A running server sends retried requests within seconds; without one they go out at its next start
 * (or at the next call of /api/outbox/drain).
 * The store is the server's: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { referencePattern } from "../lib/consultation/reference";
import { composeServices } from "../lib/consultation/services";
import { env } from "../lib/env";
import { SqliteDatabase } from "../lib/outbox/sqlite";
import { SqlOutboxStore } from "../lib/outbox/store";
import { outboxStatuses } from "../lib/outbox/types";

const usage = "Usage: npm run outbox -- status | list [n] | retry <SM-XXXXXX|all-failed> | backup <file>";
const [command, argument] = process.argv.slice(2);

function time(epochMs: number | null): string {
  return epochMs === null ? "-" : new Date(epochMs).toISOString().replace(/\.\d+Z$/, "Z");
}

async function main(): Promise<number> {
  if (!command || !["status", "list", "retry", "backup"].includes(command)) {
    console.error(usage);
    return 2;
  }
  // The store only: nothing here sends mail or starts the delivery loop.
  const { database, store } = composeServices(env);
  if (database.kind === "postgres" && command === "backup") {
    console.error(
      `The outbox is in PostgreSQL (${database.description}): back it up with pg_dump, e.g.\n` +
        '  pg_dump --format=custom --file=outbox.dump "$DATABASE_URL"\n' +
        "and restore it with pg_restore (README, Backups).",
    );
    return 2;
  }
  if (database.kind === "sqlite" && !existsSync(database.file)) {
    console.log(`No outbox yet at ${database.file} (no request has been stored).`);
    return command === "retry" || command === "backup" ? 1 : 0;
  }
  const where = database.kind === "postgres" ? `PostgreSQL ${database.description}` : database.file;
  try {
    if (command === "backup" && database.kind === "sqlite") {
      if (!argument) {
        console.error(usage);
        return 2;
      }
      return await backup(database, path.resolve(argument));
    }
    const now = Date.now();
    if (command === "status") {
      const { counts, oldestPendingSeconds } = await store.stats(now);
      console.log(`Outbox ${where}`);
      for (const status of outboxStatuses) console.log(`  ${status.padEnd(8)} ${counts[status]}`);
      console.log(`  oldest pending: ${oldestPendingSeconds} s`);
      return 0;
    }
    if (command === "list") {
      const limit = argument ? Number(argument) : 50;
      if (!Number.isInteger(limit) || limit < 1) {
        console.error(usage);
        return 2;
      }
      const rows = await store.list(limit);
      console.log(
        [
          "reference",
          "status  ",
          "attempts",
          "created             ",
          "sent                ",
          "next attempt        ",
          "last error",
        ].join("  "),
      );
      for (const row of rows) {
        console.log(
          [
            row.reference.padEnd(9),
            row.status.padEnd(8),
            String(row.attempts).padEnd(8),
            time(row.createdAt).padEnd(20),
            time(row.sentAt).padEnd(20),
            time(row.nextAttemptAt).padEnd(20),
            `${row.lastError ?? "-"}${row.purged ? "  (personal data erased)" : ""}`,
          ].join("  "),
        );
      }
      if (rows.length === 0) console.log("(empty)");
      return 0;
    }
    // retry
    if (argument === "all-failed") {
      console.log(`${await store.retry("all-failed", now)} failed request(s) queued for another attempt.`);
      return 0;
    }
    const reference = argument?.toUpperCase();
    if (!reference || !referencePattern.test(reference)) {
      console.error(usage);
      return 2;
    }
    const changed = await store.retry({ reference }, now);
    console.log(
      changed
        ? `${reference} queued for another attempt.`
        : `${reference}: no failed or waiting request with that reference.`,
    );
    return changed ? 0 : 1;
  } finally {
    await store.close();
  }
}

/**
 * SQLite's online backup (better-sqlite3's db.backup): a page-by-page copy of one consistent
 * snapshot, while the server keeps reading and writing (WAL included). Written under a temporary
 * name and renamed, so the file at `target` is always a complete backup.
 */
async function backup(database: SqliteDatabase, target: string): Promise<number> {
  if (target === database.file) {
    console.error("The backup file must not be the outbox itself.");
    return 2;
  }
  const partial = `${target}.partial`;
  try {
    await database.handle().backup(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  // Read the copy back: proof that it opens, and what it holds.
  const copy = new SqlOutboxStore(new SqliteDatabase(target));
  try {
    const { counts } = await copy.stats(Date.now());
    const summary = outboxStatuses.map((status) => `${counts[status]} ${status}`).join(", ");
    console.log(`Backed up ${database.file} to ${target} (${summary}).`);
  } finally {
    await copy.close();
  }
  return 0;
}

process.exitCode = await main();
