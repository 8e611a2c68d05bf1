import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * The PostgreSQL tests run against TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test;
 * `.ci/run` always sets it, and fails when no server answers on 127.0.0.1:5432) and are skipped
 * without it (tests/support/postgres-notice.ts then prints one line naming them). Each
 * test gets a schema of its own, so runs (and other people's runs) never see each other's rows.
 */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

export const postgresSkipReason = "TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)";

export type TempSchema = {
  name: string;
  /** TEST_DATABASE_URL with search_path set to this schema: what DATABASE_URL would be. */
  url: string;
  query: <Row extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<Row[]>;
  drop: () => Promise<void>;
};

export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("options", `-c search_path=${schema}`);
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty schema on the test database; `drop()` removes it with everything in it. */
export async function tempSchema(label: string): Promise<TempSchema> {
  if (!testDatabaseUrl) throw new Error(postgresSkipReason);
  const base = testDatabaseUrl;
  const name = `test_${label}_${randomBytes(5).toString("hex")}`;
  await withClient(base, (client) => client.query(`CREATE SCHEMA ${name}`));
  const url = withSearchPath(base, name);
  return {
    name,
    url,
    query: (sql, params = []) => withClient(url, async (client) => (await client.query(sql, params)).rows),
    drop: () =>
      withClient(base, async (client) => {
        await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      }),
  };
}
