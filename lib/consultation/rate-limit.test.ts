import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PostgresDatabase } from "@/lib/outbox/postgres";
import { openDatabase } from "@/lib/outbox/sqlite";
import { tempSchema, testDatabaseUrl, type TempSchema } from "@/tests/support/postgres";
import { postgresRateLimiter, sqliteRateLimiter, type RateLimiter } from "./rate-limit";

const options = {
  points: 3,
  durationSeconds: 600,
  keySecret: Buffer.alloc(32, 7),
};

/**
 * A shared store opened by two "processes" (separate connections), and a look at the raw table.
 * The behaviour must be the same whichever store the deployment uses.
 */
type Shared = {
  open: () => RateLimiter;
  keys: () => Promise<string[]>;
  cleanup: () => Promise<void>;
};

const backends: {
  name: string;
  available: boolean;
  shared: () => Promise<Shared>;
}[] = [
  {
    name: "SQLite",
    available: true,
    async shared() {
      const dir = mkdtempSync(path.join(tmpdir(), "rate-limit-"));
      const file = path.join(dir, "consultations.db");
      const dbs: ReturnType<typeof openDatabase>[] = [];
      return {
        open() {
          const db = openDatabase(file);
          dbs.push(db);
          return sqliteRateLimiter(db, options);
        },
        async keys() {
          const db = openDatabase(file);
          try {
            return (
              db.prepare("SELECT key FROM consultation_rate_limit").all() as {
                key: string;
              }[]
            ).map((row) => row.key);
          } finally {
            db.close();
          }
        },
        async cleanup() {
          for (const db of dbs) db.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "PostgreSQL",
    available: testDatabaseUrl !== undefined,
    async shared() {
      const schema: TempSchema = await tempSchema("limit");
      const databases: PostgresDatabase[] = [];
      return {
        open() {
          const database = new PostgresDatabase(schema.url);
          databases.push(database);
          return postgresRateLimiter(database, options);
        },
        async keys() {
          return (await schema.query<{ key: string }>("SELECT key FROM consultation_rate_limit")).map((row) => row.key);
        },
        async cleanup() {
          await Promise.all(databases.map((database) => database.end()));
          await schema.drop();
        },
      };
    },
  },
];

for (const backend of backends)
  describe.skipIf(!backend.available)(`consultation rate limit (${backend.name})`, () => {
    let shared: Shared;
    afterEach(() => shared.cleanup());

    it("a client spreading requests over processes is limited as one; another client has its own budget", async () => {
      shared = await backend.shared();
      const processes = [shared.open(), shared.open(), shared.open()];
      const decisions = [];
      for (let i = 0; i < 5; i++) decisions.push(await processes[i % 3]!.consume("198.51.100.7"));
      expect(decisions.slice(0, 3)).toEqual(Array(3).fill({ allowed: true }));
      for (const refused of decisions.slice(3)) {
        expect(refused).toMatchObject({ allowed: false });
        if (!refused.allowed) {
          expect(refused.retryAfterSeconds).toBeGreaterThan(590);
          expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
        }
      }
      expect(await processes[1]!.consume("198.51.100.8")).toEqual({
        allowed: true,
      });
    });

    it("requests arriving at once on several processes never exceed the budget", async () => {
      shared = await backend.shared();
      const processes = [shared.open(), shared.open()];
      const decisions = await Promise.all(
        Array.from({ length: 12 }, (_, i) => processes[i % 2]!.consume("198.51.100.9")),
      );
      expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
    });

    it("stores a keyed hash of the address, never the address", async () => {
      shared = await backend.shared();
      await shared.open().consume("203.0.113.77");
      const keys = await shared.keys();
      expect(keys).toHaveLength(1);
      expect(keys[0]).not.toContain("203.0.113");
      expect(keys[0]).toMatch(/^rlflx:[\w-]{43}$/);
    });
  });
