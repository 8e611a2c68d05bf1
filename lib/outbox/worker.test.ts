import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { storedRequestSchema, type ConsultationRequest } from "@/lib/consultation/schema";
import { consultationEmail } from "@/lib/mail/consultation-email";
import { createMailer } from "@/lib/mail/transport";
import { outboxBackends, sampleRequest, type TempOutbox } from "@/tests/support/outbox";
import { freePort } from "@/tests/support/ports";
import { TestSmtpServer } from "@/tests/support/smtp";
import { OutboxWorker, type Deliver as DeliverAny, type WorkerOptions } from "./worker";

// The worker carries consultation requests here, read back with their schema as the site does.
type Deliver = DeliverAny<ConsultationRequest>;
const parse = (payload: unknown) => storedRequestSchema.safeParse(payload).data;

const options: WorkerOptions = {
  baseDelayMs: 50,
  maxDelayMs: 200,
  maxAttempts: 4,
  leaseMs: 60_000,
  sendTimeoutMs: 10_000,
  pollMs: 50,
  retentionMs: 30 * 24 * 3600 * 1000,
};

function smtpDeliver(url: string): Deliver {
  const mailer = createMailer({
    smtpUrl: url,
    smtpInsecure: false,
    dataDir: "/nonexistent",
  });
  return (delivery, signal) =>
    mailer.send(
      consultationEmail({
        reference: delivery.reference,
        request: delivery.request,
        submittedAt: delivery.createdAt,
        from: "ShaMynds website <no-reply@shamynds.example>",
        to: ["intake@shamynds.example"],
      }),
      signal,
    );
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const backend of outboxBackends)
  describe.skipIf(!backend.available)(`outbox worker with a real SMTP server (${backend.name})`, () => {
    let smtp: TestSmtpServer;
    let outbox: TempOutbox;
    const workers: OutboxWorker<ConsultationRequest>[] = [];
    let n = 0;
    const enqueue = (key: string) =>
      outbox.store.enqueue({
        idempotencyKey: key,
        payload: sampleRequest,
        now: Date.now(),
        newReference: () =>
          `SM-WRK${"ABCDEFGHJKLMNPQRSTUVWXYZ"[Math.floor(n / 24)]}${"ABCDEFGHJKLMNPQRSTUVWXYZ"[n++ % 24]}`,
      });
    const worker = (deliver: Deliver, extra: Partial<WorkerOptions> = {}, store = outbox.store) => {
      const created = new OutboxWorker(
        store,
        { parse, deliver },
        {
          ...options,
          ...extra,
        },
      );
      workers.push(created);
      return created;
    };

    beforeAll(async () => {
      smtp = await TestSmtpServer.start();
      vi.spyOn(console, "info").mockImplementation(() => undefined);
      vi.spyOn(console, "warn").mockImplementation(() => undefined);
    });
    afterAll(async () => {
      await smtp.stop();
      vi.restoreAllMocks();
    });
    beforeEach(async () => {
      smtp.messages.length = 0;
      smtp.rejectNext = 0;
      outbox = await backend.open();
    });
    afterEach(async () => {
      workers.splice(0).forEach((w) => w.stop());
      await outbox.cleanup();
    });

    it("deliverNow sends a fresh request and marks it sent only after the server accepted it", async () => {
      const { id, reference } = await enqueue("a");
      await worker(smtpDeliver(smtp.url)).deliverNow(id);
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]?.parsed.subject).toBe(`New consultation request ${reference}`);
      expect((await outbox.store.list(1))[0]).toMatchObject({
        status: "sent",
        attempts: 1,
      });
    });

    it("a refused message (451) is not marked sent; it is retried with backoff and then delivered", async () => {
      smtp.rejectNext = 2;
      const { id } = await enqueue("a");
      const w = worker(smtpDeliver(smtp.url));
      await w.deliverNow(id);
      expect((await outbox.store.list(1))[0]).toMatchObject({
        status: "pending",
        attempts: 1,
        lastError: "EMESSAGE 451",
      });
      w.start();
      await smtp.waitForMessages(1);
      await until(async () => (await outbox.store.list(1))[0]?.status === "sent");
      expect((await outbox.store.list(1))[0]).toMatchObject({
        status: "sent",
        attempts: 3,
        lastError: null,
      });
      expect(smtp.messages).toHaveLength(1);
    });

    it("SMTP server down: requests wait; once it is up they are all delivered, exactly once", async () => {
      const port = await freePort();
      const w = worker(smtpDeliver(`smtp://127.0.0.1:${port}`));
      for (const key of ["a", "b", "c", "d", "e"]) await w.deliverNow((await enqueue(key)).id);
      expect((await outbox.store.stats(Date.now())).counts.pending).toBe(5);
      const rows = await outbox.store.list(10);
      expect(rows.every((row) => row.lastError === "ECONNECTION" || row.lastError === "ESOCKET")).toBe(true);
      w.start();
      const late = await TestSmtpServer.start(port);
      try {
        await late.waitForMessages(5);
        await until(async () => (await outbox.store.stats(Date.now())).counts.sent === 5);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(late.messages).toHaveLength(5);
        expect(new Set(late.messages.map((m) => m.parsed.messageId)).size).toBe(5);
      } finally {
        await late.stop();
      }
    });

    it("gives up after the maximum attempts and leaves the row for `outbox retry`", async () => {
      const { id } = await enqueue("a");
      const failing: Deliver = async () => {
        throw Object.assign(new Error("535 auth failed for user secret@example.com"), {
          code: "EAUTH",
          responseCode: 535,
        });
      };
      worker(failing, { maxAttempts: 3 }).start();
      await until(async () => (await outbox.store.list(1))[0]?.status === "failed");
      // The error's message (which may echo addresses) is never stored; only its class.
      expect((await outbox.store.list(1))[0]).toMatchObject({
        status: "failed",
        attempts: 3,
        lastError: "EAUTH 535",
      });
      expect(id).toBeGreaterThan(0);
    });

    it("several workers (separate connections, as separate processes) never send a request twice", async () => {
      const slow: Deliver = async (delivery, signal) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        await smtpDeliver(smtp.url)(delivery, signal);
      };
      for (let i = 0; i < 12; i++) await enqueue(`k${i}`);
      const group = [outbox.store, outbox.another(), outbox.another()].map((store) => worker(slow, {}, store));
      await Promise.all(group.map((w) => w.drain()));
      expect(smtp.messages).toHaveLength(12);
      expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(12);
      expect((await outbox.store.stats(Date.now())).counts.sent).toBe(12);
    });

    it("drain reports what it did; a drain asked for while one runs joins it", async () => {
      smtp.rejectNext = 1;
      await enqueue("a");
      await enqueue("b");
      await outbox.store.enqueue({
        idempotencyKey: "bad",
        payload: { firstName: "x" },
        now: Date.now(),
        newReference: () => "SM-BADBAD",
      });
      const w = worker(smtpDeliver(smtp.url), {
        baseDelayMs: 60_000,
        maxDelayMs: 60_000,
      });
      const [first, joined] = await Promise.all([w.drain(), w.drain()]);
      expect(first).toEqual({ sent: 1, retrying: 1, failed: 1 });
      expect(joined).toBe(first);
      expect(smtp.messages).toHaveLength(1);
      expect(await w.drain()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    });

    it("a row whose stored data is not a valid request is parked as failed, not mailed", async () => {
      await outbox.store.enqueue({
        idempotencyKey: "bad",
        payload: { firstName: "x" },
        now: Date.now(),
        newReference: () => "SM-BADBAD",
      });
      await worker(smtpDeliver(smtp.url)).drain();
      expect(smtp.messages).toHaveLength(0);
      expect((await outbox.store.list(1))[0]).toMatchObject({
        status: "failed",
        lastError: "INVALID_PAYLOAD",
      });
    });

    it("erases personal fields of requests sent more than the retention period ago", async () => {
      const { id } = await enqueue("a");
      let now = Date.now();
      const w = worker(smtpDeliver(smtp.url), {
        retentionMs: 1000,
        now: () => now,
      });
      await w.deliverNow(id);
      now += 2000;
      await w.drain();
      expect((await outbox.store.list(1))[0]).toMatchObject({
        status: "sent",
        purged: true,
      });
    });
  });
