import type { MailTransportKind } from "@/lib/mail/transport";
import type { OutboxStore } from "./types";

export type HealthReport = {
  status: "ok" | "degraded";
  outbox: {
    pending: number;
    failed: number;
    oldestPendingSeconds: number;
  } | null;
  mail: { transport: MailTransportKind };
};

/** Requests waiting longer than this mean mail is not getting through. */
export const stalePendingSeconds = 15 * 60;

/**
 * GET /api/health: 503 when the store cannot take a write (new requests would be refused),
 * "degraded" when requests have failed for good or are waiting unusually long.
 */
export async function healthReport(
  store: () => OutboxStore,
  transport: MailTransportKind,
  now: number,
): Promise<{ httpStatus: 200 | 503; body: HealthReport }> {
  try {
    const outbox = store();
    await outbox.checkWritable(now);
    const { counts, oldestPendingSeconds } = await outbox.stats(now);
    const pending = counts.pending + counts.sending;
    const degraded =
      counts.failed > 0 || oldestPendingSeconds > stalePendingSeconds;
    return {
      httpStatus: 200,
      body: {
        status: degraded ? "degraded" : "ok",
        outbox: { pending, failed: counts.failed, oldestPendingSeconds },
        mail: { transport },
      },
    };
  } catch {
    return {
      httpStatus: 503,
      body: { status: "degraded", outbox: null, mail: { transport } },
    };
  }
}
