/**
 * `npm run outbox -- <command>`: look after the consultation outbox without touching personal data.
 *   status                 counts by status and the age of the oldest request still waiting
 *   list [n]               the latest n requests (default 50): reference, status, attempts, last error
 *   retry <SM-XXXXXX>      make one failed (or waiting) request due now
 *   retry all-failed       make every failed request due now
 * A running server sends retried requests within seconds; without one they go out at its next start
 * (or at the next call of /api/outbox/drain).
 * The store is the server's: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR.
 */
import { existsSync } from "node:fs";
import { databaseFile } from "../lib/consultation/paths";
import { referencePattern } from "../lib/consultation/reference";
import { env } from "../lib/env";
import { PostgresDatabase } from "../lib/outbox/postgres";
import { PostgresOutboxStore } from "../lib/outbox/postgres-store";
import { openDatabase } from "../lib/outbox/sqlite";
import { SqliteOutboxStore } from "../lib/outbox/sqlite-store";
import { outboxStatuses, type OutboxStore } from "../lib/outbox/types";

const usage = "Usage: npm run outbox -- status | list [n] | retry <SM-XXXXXX|all-failed>";
const [command, argument] = process.argv.slice(2);

function time(epochMs: number | null): string {
  return epochMs === null ? "-" : new Date(epochMs).toISOString().replace(/\.\d+Z$/, "Z");
}

async function main(): Promise<number> {
  if (!command || !["status", "list", "retry"].includes(command)) {
    console.error(usage);
    return 2;
  }
  let store: OutboxStore;
  let where: string;
  if (env.DATABASE_URL) {
    const database = new PostgresDatabase(env.DATABASE_URL);
    store = new PostgresOutboxStore(database);
    where = `PostgreSQL ${database.description}`;
  } else {
    if (!existsSync(databaseFile)) {
      console.log(`No outbox yet at ${databaseFile} (no request has been stored).`);
      return command === "retry" ? 1 : 0;
    }
    store = new SqliteOutboxStore(openDatabase(databaseFile));
    where = databaseFile;
  }
  try {
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

process.exitCode = await main();
