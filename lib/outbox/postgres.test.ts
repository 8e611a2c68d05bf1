import { afterEach, describe, expect, it } from "vitest";
import { tempSchema, testDatabaseUrl, type TempSchema } from "@/tests/support/postgres";
import { describeDatabaseUrl, PostgresDatabase } from "./postgres";
import { migrations, schemaVersion } from "./schema";

describe("describeDatabaseUrl", () => {
  it("names host, port and database, never the user or password", () => {
    expect(describeDatabaseUrl("postgres://site:s3cret@db.internal:6543/clinic?sslmode=require")).toBe(
      "db.internal:6543/clinic",
    );
    expect(describeDatabaseUrl("postgresql://db/clinic")).toBe("db:5432/clinic");
    expect(describeDatabaseUrl("postgres://u:p%40ss@h/db")).toBe("h:5432/db");
  });
});

describe.skipIf(!testDatabaseUrl)("PostgreSQL schema migrations", () => {
  let schema: TempSchema;
  const opened: PostgresDatabase[] = [];
  const open = () => {
    const database = new PostgresDatabase(schema.url);
    opened.push(database);
    return database;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.end()));
    await schema.drop();
  });

  it("eight instances starting at once: one migrates, the others wait and find nothing to do", async () => {
    schema = await tempSchema("migrate");
    const versions = await Promise.all(Array.from({ length: 8 }, () => open().ready()));
    expect(versions).toEqual(Array(8).fill(schemaVersion));
    const applied = await schema.query<{ version: number }>("SELECT version FROM schema_version ORDER BY version");
    expect(applied.map((row) => row.version)).toEqual(migrations("postgres").map((_, index) => index + 1));
    const tables = await schema.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name",
      [schema.name],
    );
    expect(tables.map((row) => row.table_name)).toEqual([
      "consultation_outbox",
      "consultation_rate_limit",
      "outbox_meta",
      "schema_version",
    ]);
  });

  it("a restart finds the schema current and keeps the data", async () => {
    schema = await tempSchema("restart");
    await open().ready();
    await schema.query("INSERT INTO outbox_meta (key, value) VALUES ('kept', 'yes')");
    expect(await open().ready()).toBe(schemaVersion);
    expect(await schema.query("SELECT value FROM outbox_meta WHERE key = 'kept'")).toEqual([{ value: "yes" }]);
    expect(await schema.query("SELECT count(*)::int AS n FROM schema_version")).toEqual([{ n: schemaVersion }]);
  });

  it("a database that does not answer fails ready(); the next call tries again", async () => {
    schema = await tempSchema("down");
    const unreachable = new PostgresDatabase("postgres://postgres@127.0.0.1:1/none");
    opened.push(unreachable);
    await expect(unreachable.ready()).rejects.toThrow();
    await expect(unreachable.ready()).rejects.toThrow();
  });
});
