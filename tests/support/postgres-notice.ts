import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { testDatabaseUrl } from "./postgres";

const root = path.resolve(import.meta.dirname, "../..");

/** Test files with suites that run against PostgreSQL (they use one of the PostgreSQL helpers). */
function postgresSuites(): string[] {
  return ["lib", "tests"].flatMap((top) =>
    readdirSync(path.join(root, top), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.(test|spec)\.ts$/.test(file))
      .map((file) => path.join(top, file))
      .filter((file) => /\b(testDatabaseUrl|outboxBackends)\b/.test(readFileSync(path.join(root, file), "utf8")))
      .sort(),
  );
}

/**
 * vitest global setup: without TEST_DATABASE_URL, `npm test` still passes and says so in ONE line
 * at the end, naming the suites that were skipped (unit and end-to-end) and how to run them.
 * CI (.ci/run) always sets TEST_DATABASE_URL, and fails if no PostgreSQL answers.
 */
export default function setup() {
  if (testDatabaseUrl) return;
  return () => {
    console.info(
      `PostgreSQL suites skipped (TEST_DATABASE_URL is not set): ${postgresSuites().join(", ")}; run them with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test`,
    );
  };
}
