import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PostgresDatabase } from "@/lib/outbox/postgres";
import { SqliteDatabase } from "@/lib/outbox/sqlite";
import { SqlOutboxStore } from "@/lib/outbox/store";
import type { OutboxStore } from "@/lib/outbox/types";
import { tempSchema, testDatabaseUrl } from "./postgres";

/** A real, empty outbox; `another()` opens a second connection to it (as another process would). */
export type TempOutbox = {
  store: OutboxStore;
  another: () => OutboxStore;
  /** The stored payload column of a row, read behind the store's back. */
  rawPayload: (id: number) => Promise<unknown>;
  /** What a server or the CLI needs in its environment to use this outbox. */
  env: Record<string, string>;
  cleanup: () => Promise<void>;
};

/** A real SQLite outbox in a temporary directory. */
export function tempOutbox(): TempOutbox & { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "outbox-"));
  const file = path.join(dir, "consultations.db");
  const opened: SqlOutboxStore[] = [];
  const open = () => {
    const store = new SqlOutboxStore(new SqliteDatabase(file));
    opened.push(store);
    return store;
  };
  return {
    dir,
    file,
    store: open(),
    another: open,
    env: { DATA_DIR: dir },
    async rawPayload(id) {
      const db = new Database(file, { readonly: true });
      try {
        const row = db.prepare("SELECT payload FROM consultation_outbox WHERE id = ?").get(id) as
          { payload: unknown } | undefined;
        return row?.payload;
      } finally {
        db.close();
      }
    },
    async cleanup() {
      for (const store of opened) await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A real PostgreSQL outbox in a fresh schema of TEST_DATABASE_URL. */
export async function tempPostgresOutbox(): Promise<TempOutbox & { url: string }> {
  const schema = await tempSchema("outbox");
  const opened: SqlOutboxStore[] = [];
  const open = () => {
    const store = new SqlOutboxStore(new PostgresDatabase(schema.url));
    opened.push(store);
    return store;
  };
  return {
    url: schema.url,
    store: open(),
    another: open,
    env: { DATABASE_URL: schema.url },
    async rawPayload(id) {
      const [row] = await schema.query<{ payload: unknown }>("SELECT payload FROM consultation_outbox WHERE id = $1", [
        id,
      ]);
      return row?.payload;
    },
    async cleanup() {
      for (const store of opened) await store.close().catch(() => undefined);
      await schema.drop();
    },
  };
}

/**
 * The stores every behaviour test runs against: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (otherwise its suites are reported as skipped).
 */
export const outboxBackends: {
  name: "SQLite" | "PostgreSQL";
  available: boolean;
  open: () => Promise<TempOutbox>;
}[] = [
  { name: "SQLite", available: true, open: async () => tempOutbox() },
  {
    name: "PostgreSQL",
    available: testDatabaseUrl !== undefined,
    open: tempPostgresOutbox,
  },
];

export const sampleRequest = {
  firstName: "Ana",
  lastName: "Pérez",
  email: "ana@example.org",
  phone: "(916) 555-0142",
  contactMethod: "phone" as const,
  bestTime: "morning" as const,
  language: "en" as const,
};
