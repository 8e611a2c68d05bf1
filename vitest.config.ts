import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
    // One line at the end when the PostgreSQL suites are skipped (no TEST_DATABASE_URL).
    globalSetup: ["tests/support/postgres-notice.ts"],
    // Tests must never touch the real data directory.
    env: { DATA_DIR: ".data/unit", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
