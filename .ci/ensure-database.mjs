// Creates the database of TEST_DATABASE_URL if it does not exist yet, or fails with a clear message.
import pg from "pg";

const url = new URL(process.argv[2] ?? "");
const name = decodeURIComponent(url.pathname.replace(/^\//, ""));
const where = `${url.hostname}:${url.port || "5432"}`;

async function connect(database) {
  const target = new URL(url);
  target.pathname = `/${encodeURIComponent(database)}`;
  const client = new pg.Client({ connectionString: target.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  return client;
}

try {
  const client = await connect(name);
  await client.end();
} catch (error) {
  if (error?.code !== "3D000") {
    console.error(`CI needs PostgreSQL at ${where}: ${error?.code ?? ""} ${error?.message ?? error}`);
    process.exit(1);
  }
  // 3D000: the database does not exist; make it from the maintenance database.
  const admin = await connect("postgres");
  await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  await admin.end();
  console.info(`Created the test database ${name} on ${where}.`);
}
