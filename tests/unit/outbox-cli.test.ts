import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxBackends, sampleRequest, type TempOutbox } from "@/tests/support/outbox";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

/** `npm run outbox -- …` against a real outbox (SQLite file, or PostgreSQL with DATABASE_URL), as an operator would run it. */
for (const backend of outboxBackends)
  describe.skipIf(!backend.available)(`outbox command (${backend.name})`, () => {
    let outbox: TempOutbox;
    const cli = async (...args: string[]) => {
      try {
        const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/outbox.ts", ...args], {
          cwd: root,
          env: { ...process.env, ...outbox.env },
        });
        return { code: 0, stdout };
      } catch (error) {
        const failed = error as {
          code: number;
          stdout: string;
          stderr: string;
        };
        return { code: failed.code, stdout: failed.stdout + failed.stderr };
      }
    };

    beforeAll(async () => {
      outbox = await backend.open();
      const now = Date.now() - 60_000;
      const make = (key: string, reference: string) =>
        outbox.store.enqueue({
          idempotencyKey: key,
          payload: sampleRequest,
          now,
          newReference: () => reference,
        });
      const sent = await make("a", "SM-SENTAA");
      const failed = await make("b", "SM-FAILBB");
      await make("c", "SM-WAITCC");
      await outbox.store.claimById(sent.id, "w", now, 1000);
      await outbox.store.markSent(sent.id, "w", now);
      await outbox.store.claimById(failed.id, "w", now, 1000);
      await outbox.store.markFailed(failed.id, "w", now, "EAUTH 535", {
        giveUp: true,
      });
    });
    afterAll(() => outbox.cleanup());

    it("status: counts by status and the oldest pending age", async () => {
      const { code, stdout } = await cli("status");
      expect(code).toBe(0);
      expect(stdout).toContain(backend.name === "SQLite" ? "consultations.db" : "PostgreSQL 127.0.0.1");
      expect(stdout).toMatch(/pending\s+1/);
      expect(stdout).toMatch(/sent\s+1/);
      expect(stdout).toMatch(/failed\s+1/);
      expect(stdout).toMatch(/oldest pending: (59|6\d) s/);
    }, 30_000);

    it("list: references, status, attempts and errors, never personal data", async () => {
      const { stdout } = await cli("list");
      expect(stdout).toMatch(/SM-FAILBB\s+failed\s+1 .*EAUTH 535/);
      expect(stdout).toContain("SM-SENTAA");
      // The personal fields (the language, "en", is no personal data and is part of common words).
      const personal = Object.entries(sampleRequest).filter(([field]) => field !== "language");
      for (const [, value] of personal) expect(stdout).not.toContain(value);
    }, 30_000);

    it("retry: one reference or every failed request; a sent one is refused", async () => {
      expect((await cli("retry", "SM-SENTAA")).code).toBe(1);
      expect((await cli("retry", "all-failed")).stdout).toContain("1 failed request(s) queued");
      expect((await outbox.store.list(10)).find((row) => row.reference === "SM-FAILBB")).toMatchObject({
        status: "pending",
        attempts: 0,
      });
      expect((await cli("retry", "nonsense")).code).toBe(2);
    }, 30_000);

    it("backup: a complete copy of the SQLite outbox; with PostgreSQL, how to use pg_dump", async () => {
      const target = path.join(mkdtempSync(path.join(tmpdir(), "outbox-backup-")), "copy.db");
      try {
        const { code, stdout } = await cli("backup", target);
        if (backend.name === "PostgreSQL") {
          expect(code).toBe(2);
          expect(stdout).toContain("pg_dump");
          expect(existsSync(target)).toBe(false);
          return;
        }
        expect(code).toBe(0);
        // After the retry above: the failed request is pending again.
        expect(stdout).toMatch(
          /Backed up .*consultations\.db to .*copy\.db \(2 pending, 0 sending, 1 sent, 0 failed\)/,
        );
        expect(existsSync(`${target}.partial`)).toBe(false);
        const copy = new Database(target, { readonly: true });
        try {
          const rows = copy.prepare("SELECT reference, status FROM consultation_outbox ORDER BY reference").all();
          expect(rows).toEqual(
            (await outbox.store.list(10))
              .map(({ reference, status }) => ({ reference, status }))
              .sort((a, b) => a.reference.localeCompare(b.reference)),
          );
        } finally {
          copy.close();
        }
        expect((await cli("backup")).code).toBe(2);
      } finally {
        rmSync(path.dirname(target), { recursive: true, force: true });
      }
    }, 30_000);
  });
