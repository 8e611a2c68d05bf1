import type { MailTransportKind } from "@/lib/mail/transport";
import type { StoreKind } from "./sql";
import type { OutboxStore } from "./types";

export type HealthReport = {
  status: "ok" | "degraded";
  /** Where requests are kept: SQLite in DATA_DIR, or PostgreSQL (DATABASE_URL). */
  store: StoreKind;
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
  kinds: { store: StoreKind; mail: MailTransportKind },
  now: number,
): Promise<{ httpStatus: 200 | 503; body: HealthReport }> {
  const mail = { transport: kinds.mail };
  try {
    const outbox = store();
    await outbox.checkWritable(now);
    const { counts, oldestPendingSeconds } = await outbox.stats(now);
    const pending = counts.pending + counts.sending;
    const degraded = counts.failed > 0 || oldestPendingSeconds > stalePendingSeconds;
    return {
      httpStatus: 200,
      body: {
        status: degraded ? "degraded" : "ok",
        store: kinds.store,
        outbox: { pending, failed: counts.failed, oldestPendingSeconds },
        mail,
      },
    };
  } catch {
    return {
      httpStatus: 503,
      body: { status: "degraded", store: kinds.store, outbox: null, mail },
    };
  }
}
