import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@/lib/outbox/sqlite";
import { SqliteOutboxStore } from "@/lib/outbox/sqlite-store";

/** A real SQLite outbox in a temporary directory; `another()` opens a second connection to it. */
export function tempOutbox() {
  const dir = mkdtempSync(path.join(tmpdir(), "outbox-"));
  const file = path.join(dir, "consultations.db");
  const opened: SqliteOutboxStore[] = [];
  const open = () => {
    const store = new SqliteOutboxStore(openDatabase(file));
    opened.push(store);
    return store;
  };
  return {
    dir,
    file,
    store: open(),
    another: open,
    async cleanup() {
      for (const store of opened) await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sampleRequest = {
  firstName: "Ana",
  lastName: "Pérez",
  email: "ana@example.org",
  phone: "(916) 555-0142",
  contactMethod: "phone" as const,
  bestTime: "morning" as const,
};
