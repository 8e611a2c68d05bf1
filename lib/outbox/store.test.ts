import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outboxBackends, sampleRequest, type TempOutbox } from "@/tests/support/outbox";

/**
 * The outbox's behaviour, one suite for every store: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (lib/outbox/postgres.test.ts says so when it is not).
 */

const t0 = Date.UTC(2026, 10, 26, 18, 0, 0);
const lease = 60_000;
// Deterministic references: SM-AAAAAB, SM-AAAAAC, … (resetting the counter forces a collision).
let references = 0;
const nextReference = () => {
  references++;
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  return `SM-AAAA${alphabet[Math.floor(references / alphabet.length)]}${alphabet[references % alphabet.length]}`;
};

for (const backend of outboxBackends)
  describe.skipIf(!backend.available)(`${backend.name} outbox store: the state machine`, () => {
    let outbox: TempOutbox;
    beforeEach(async () => {
      references = 0;
      outbox = await backend.open();
    });
    afterEach(() => outbox.cleanup());

    const enqueue = (key: string, now = t0) =>
      outbox.store.enqueue({
        idempotencyKey: key,
        payload: sampleRequest,
        now,
        newReference: nextReference,
      });

    it("enqueue stores a pending row; the same idempotency key returns the same reference", async () => {
      const first = await enqueue("form-1");
      expect(first).toEqual({
        id: expect.any(Number),
        reference: "SM-AAAAAB",
        created: true,
      });
      const again = await enqueue("form-1", t0 + 5000);
      expect(again).toEqual({ ...first, created: false });
      expect(await outbox.store.findByIdempotencyKey("form-1")).toEqual({
        id: first.id,
        reference: first.reference,
      });
      expect(await outbox.store.findByIdempotencyKey("other")).toBeNull();
      expect((await outbox.store.stats(t0 + 5000)).counts).toEqual({
        pending: 1,
        sending: 0,
        sent: 0,
        failed: 0,
      });
    });

    it("the same form sent to two processes at once is stored once", async () => {
      const other = outbox.another();
      const results = await Promise.all(
        [outbox.store, other, outbox.store, other].map((store, i) =>
          store.enqueue({
            idempotencyKey: "same-form",
            payload: sampleRequest,
            now: t0,
            newReference: () => `SM-SAME${"ABCD"[i]}A`,
          }),
        ),
      );
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(results.map((result) => result.reference)).size).toBe(1);
      expect(await outbox.store.list(10)).toHaveLength(1);
    });

    it("draws a new reference when the random one is already taken", async () => {
      await enqueue("form-1");
      references = 0; // the next draw repeats SM-AAAAAB
      const second = await enqueue("form-2");
      expect(second.reference).toBe("SM-AAAAAC");
    });

    it("pending → sending (claimed, attempt counted) → sent", async () => {
      const { id } = await enqueue("form-1");
      const claimed = await outbox.store.claimNext("worker-a", t0, lease);
      expect(claimed).toEqual({
        id,
        reference: "SM-AAAAAB",
        attempts: 1,
        createdAt: t0,
        payload: sampleRequest,
      });
      expect((await outbox.store.stats(t0)).counts.sending).toBe(1);
      // Nothing else is due while the lease holds.
      expect(await outbox.store.claimNext("worker-b", t0 + 1, lease)).toBeNull();
      expect(await outbox.store.claimById(id, "worker-b", t0 + 1, lease)).toBeNull();
      // Only the owner can complete it.
      expect(await outbox.store.markSent(id, "worker-b", t0 + 2)).toBe(false);
      expect(await outbox.store.markSent(id, "worker-a", t0 + 2)).toBe(true);
      const [row] = await outbox.store.list(10);
      expect(row).toMatchObject({
        status: "sent",
        attempts: 1,
        sentAt: t0 + 2,
        lastError: null,
        purged: false,
      });
      expect(await outbox.store.claimNext("worker-a", t0 + 10 * lease, lease)).toBeNull();
    });

    it("failure → pending with a retry time → due again only then; give up → failed", async () => {
      const { id } = await enqueue("form-1");
      await outbox.store.claimNext("w", t0, lease);
      expect(
        await outbox.store.markFailed(id, "w", t0 + 10, "ECONNREFUSED", {
          retryAt: t0 + 5000,
        }),
      ).toBe(true);
      expect(await outbox.store.nextDueAt()).toBe(t0 + 5000);
      expect(await outbox.store.claimNext("w", t0 + 4999, lease)).toBeNull();
      const second = await outbox.store.claimNext("w", t0 + 5000, lease);
      expect(second?.attempts).toBe(2);
      await outbox.store.markFailed(id, "w", t0 + 5010, "EAUTH 535", {
        giveUp: true,
      });
      const [row] = await outbox.store.list(10);
      expect(row).toMatchObject({
        status: "failed",
        attempts: 2,
        lastError: "EAUTH 535",
        nextAttemptAt: null,
      });
      expect(await outbox.store.nextDueAt()).toBeNull();
      expect(await outbox.store.claimNext("w", t0 + 10 * lease, lease)).toBeNull();
    });

    it("retry: all failed rows (or one by reference) become due now with a fresh attempt budget", async () => {
      const a = await enqueue("form-a");
      const b = await enqueue("form-b");
      for (const row of [a, b]) {
        await outbox.store.claimById(row.id, "w", t0, lease);
        await outbox.store.markFailed(row.id, "w", t0, "ETIMEDOUT", {
          giveUp: true,
        });
      }
      expect(await outbox.store.retry({ reference: a.reference }, t0 + 100)).toBe(1);
      expect(await outbox.store.retry({ reference: "SM-NOSUCH" }, t0 + 100)).toBe(0);
      expect(await outbox.store.retry("all-failed", t0 + 200)).toBe(1);
      const rows = await outbox.store.list(10);
      expect(rows.map((row) => [row.status, row.attempts])).toEqual([
        ["pending", 0],
        ["pending", 0],
      ]);
      // A sent row cannot be retried.
      const claimed = await outbox.store.claimNext("w", t0 + 200, lease);
      await outbox.store.markSent(claimed!.id, "w", t0 + 300);
      expect(await outbox.store.retry({ reference: claimed!.reference }, t0 + 400)).toBe(0);
    });

    it("a crashed sender's lease expires and the row is claimed again", async () => {
      const { id } = await enqueue("form-1");
      await outbox.store.claimNext("crashed", t0, lease);
      expect(await outbox.store.nextDueAt()).toBe(t0 + lease);
      expect(await outbox.store.claimNext("survivor", t0 + lease - 1, lease)).toBeNull();
      const reclaimed = await outbox.store.claimNext("survivor", t0 + lease, lease);
      expect(reclaimed).toMatchObject({ id, attempts: 2 });
      // The old owner can no longer complete or fail it.
      expect(await outbox.store.markSent(id, "crashed", t0 + lease + 1)).toBe(false);
      expect(
        await outbox.store.markFailed(id, "crashed", t0 + lease + 1, "X", {
          giveUp: true,
        }),
      ).toBe(false);
      expect(await outbox.store.markSent(id, "survivor", t0 + lease + 2)).toBe(true);
    });

    it("two connections claiming at once never get the same row", async () => {
      const other = outbox.another();
      for (let i = 0; i < 40; i++) await enqueue(`form-${i}`);
      const claims = await Promise.all(
        Array.from({ length: 60 }, (_, i) => (i % 2 ? other : outbox.store).claimNext(`w${i % 2}`, t0, lease)),
      );
      const ids = claims.flatMap((claim) => (claim ? [claim.id] : []));
      expect(ids).toHaveLength(40);
      expect(new Set(ids).size).toBe(40);
    });

    it("retention: erases personal fields of rows sent before the cutoff; reference, status and times stay", async () => {
      const old = await enqueue("old");
      const recent = await enqueue("recent");
      const waiting = await enqueue("waiting");
      await outbox.store.claimById(old.id, "w", t0, lease);
      await outbox.store.markSent(old.id, "w", t0 + 1000);
      await outbox.store.claimById(recent.id, "w", t0, lease);
      await outbox.store.markSent(recent.id, "w", t0 + 5000);
      expect(await outbox.store.purgeSentBefore(t0 + 2000, t0 + 9000)).toBe(1);
      expect(await outbox.store.purgeSentBefore(t0 + 2000, t0 + 9000)).toBe(0);
      const rows = Object.fromEntries((await outbox.store.list(10)).map((row) => [row.reference, row]));
      expect(rows[old.reference]).toMatchObject({
        status: "sent",
        purged: true,
        sentAt: t0 + 1000,
        createdAt: t0,
      });
      expect(rows[recent.reference]?.purged).toBe(false);
      expect(rows[waiting.reference]?.purged).toBe(false);
      // The personal data is really gone from the table, not just hidden by the store.
      expect(await outbox.rawPayload(old.id)).toBeNull();
      expect(await outbox.rawPayload(recent.id)).not.toBeNull();
    });

    it("stats: counts by status and the age of the oldest request still waiting", async () => {
      await enqueue("a", t0);
      await enqueue("b", t0 + 30_000);
      expect(await outbox.store.stats(t0 + 90_500)).toEqual({
        counts: { pending: 2, sending: 0, sent: 0, failed: 0 },
        oldestPendingSeconds: 90,
      });
      const empty = await backend.open();
      try {
        expect((await empty.store.stats(t0)).oldestPendingSeconds).toBe(0);
      } finally {
        await empty.cleanup();
      }
    });

    it("checkWritable succeeds on a healthy store and fails on a closed one", async () => {
      await expect(outbox.store.checkWritable(t0)).resolves.toBeUndefined();
      const other = outbox.another();
      await other.close();
      await expect(other.checkWritable(t0)).rejects.toThrow();
    });

    it("reopening keeps the rows (the schema is migrated once)", async () => {
      await enqueue("a");
      const reopened = outbox.another();
      expect((await reopened.stats(t0)).counts.pending).toBe(1);
    });
  });
