import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outboxBackends, sampleRequest, type TempOutbox } from "@/tests/support/outbox";
import { healthReport } from "./health";

const t0 = Date.UTC(2026, 10, 26, 18, 0, 0);

for (const backend of outboxBackends)
  describe.skipIf(!backend.available)(`health report (${backend.name})`, () => {
    let outbox: TempOutbox;
    beforeEach(async () => {
      outbox = await backend.open();
    });
    afterEach(() => outbox.cleanup());
    const enqueue = (key: string, now: number) =>
      outbox.store.enqueue({
        idempotencyKey: key,
        payload: sampleRequest,
        now,
        newReference: () => `SM-HEALT${key}`,
      });

    it("ok with an empty outbox", async () => {
      expect(await healthReport(() => outbox.store, { store: "postgres", mail: "smtp" }, t0)).toEqual({
        httpStatus: 200,
        body: {
          status: "ok",
          store: "postgres",
          outbox: { pending: 0, failed: 0, oldestPendingSeconds: 0 },
          mail: { transport: "smtp" },
        },
      });
    });

    it("counts requests in flight as pending; degraded once one waits over 15 minutes", async () => {
      await enqueue("A", t0);
      await outbox.store.claimNext("w", t0, 60_000);
      await enqueue("B", t0 + 1000);
      const fresh = await healthReport(() => outbox.store, { store: "sqlite", mail: "mailbox" }, t0 + 60_000);
      expect(fresh.body).toMatchObject({
        status: "ok",
        outbox: { pending: 2, failed: 0, oldestPendingSeconds: 60 },
      });
      const stale = await healthReport(() => outbox.store, { store: "sqlite", mail: "mailbox" }, t0 + 16 * 60_000);
      expect(stale.body.status).toBe("degraded");
    });

    it("degraded while any request has failed for good", async () => {
      const { id } = await enqueue("A", t0);
      await outbox.store.claimById(id, "w", t0, 60_000);
      await outbox.store.markFailed(id, "w", t0, "EAUTH 535", { giveUp: true });
      const report = await healthReport(() => outbox.store, { store: "sqlite", mail: "smtp" }, t0 + 1000);
      expect(report).toMatchObject({
        httpStatus: 200,
        body: { status: "degraded", outbox: { failed: 1, pending: 0 } },
      });
    });

    it("503 when the store cannot be opened or written", async () => {
      const closed = outbox.another();
      await closed.close();
      expect(await healthReport(() => closed, { store: "sqlite", mail: "smtp" }, t0)).toEqual({
        httpStatus: 503,
        body: {
          status: "degraded",
          store: "sqlite",
          outbox: null,
          mail: { transport: "smtp" },
        },
      });
      const unopenable = await healthReport(
        () => {
          throw new Error("EACCES");
        },
        { store: "sqlite", mail: "smtp" },
        t0,
      );
      expect(unopenable.httpStatus).toBe(503);
    });
  });
