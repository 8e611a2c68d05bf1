import type { PostgresDatabase } from "./postgres";
import type {
  ClaimedMessage,
  EnqueueResult,
  FailureOutcome,
  OutboxStats,
  OutboxStatus,
  OutboxStore,
  OutboxSummary,
  RetrySelector,
} from "./types";

// pg returns bigint columns as strings; every time and id here fits a JavaScript number.
type ClaimRow = {
  id: string;
  reference: string;
  attempts: number;
  created_at: string;
  payload: unknown;
};
type SummaryRow = {
  reference: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  next_attempt_at: string | null;
  purged: boolean;
};

const claimColumns = "id, reference, attempts, created_at, payload";
/** $1 is always `now`. */
const due = "(status = 'pending' AND next_attempt_at <= $1) OR (status = 'sending' AND lease_until <= $1)";

const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * The outbox in PostgreSQL, for several instances (or serverless functions) sharing one
 * database. Same state machine and guarantees as the SQLite store. A claim picks the most
 * overdue row with FOR UPDATE SKIP LOCKED, so concurrent claimers never wait on each other nor
 * take the same row, and moves it to "sending" with a lease in the same statement. Every
 * statement runs on its own (autocommit); none holds a transaction open while mail is sent.
 * Times come from the caller (each instance's clock): keep the instances' clocks in sync (NTP),
 * as a lease is compared with another instance's `now`.
 */
export class PostgresOutboxStore implements OutboxStore {
  constructor(private readonly db: PostgresDatabase) {}

  private async query<Row extends object>(sql: string, params: unknown[]): Promise<{ rows: Row[]; rowCount: number }> {
    await this.db.ready();
    const result = await this.db.pool.query<Row>(sql, params);
    return { rows: result.rows, rowCount: result.rowCount ?? 0 };
  }

  async enqueue(input: {
    idempotencyKey: string;
    payload: object;
    now: number;
    newReference: () => string;
  }): Promise<EnqueueResult> {
    const payload = JSON.stringify(input.payload);
    // A random six-character code can collide with an old one; draw again rather than fail.
    for (let attempt = 0; ; attempt++) {
      const reference = input.newReference();
      try {
        // A concurrent insert of the same key waits for the other to commit, then does nothing.
        const { rows } = await this.query<{ id: string; reference: string }>(
          `INSERT INTO consultation_outbox (reference, idempotency_key, status, next_attempt_at, payload, created_at, updated_at)
           VALUES ($1, $2, 'pending', $3, $4::jsonb, $3, $3)
           ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING id, reference`,
          [reference, input.idempotencyKey, input.now, payload],
        );
        const inserted = rows[0];
        if (inserted)
          return {
            id: Number(inserted.id),
            reference: inserted.reference,
            created: true,
          };
        const existing = await this.findByIdempotencyKey(input.idempotencyKey);
        if (existing) return { ...existing, created: false };
        // The conflicting row vanished in between (never happens: rows are not deleted).
        throw new Error("idempotency conflict without a row");
      } catch (error) {
        if (attempt >= 5 || !isReferenceCollision(error)) throw error;
      }
    }
  }

  async findByIdempotencyKey(idempotencyKey: string) {
    const { rows } = await this.query<{ id: string; reference: string }>(
      "SELECT id, reference FROM consultation_outbox WHERE idempotency_key = $1",
      [idempotencyKey],
    );
    const row = rows[0];
    return row ? { id: Number(row.id), reference: row.reference } : null;
  }

  async claimNext(owner: string, now: number, leaseMs: number) {
    const { rows } = await this.query<ClaimRow>(
      `WITH next AS (
         SELECT id FROM consultation_outbox
         WHERE ${due}
         ORDER BY next_attempt_at, id
         LIMIT 1
         FOR UPDATE SKIP LOCKED
       )
       UPDATE consultation_outbox AS o
       SET status = 'sending', lease_owner = $2, lease_until = $3, attempts = o.attempts + 1, updated_at = $1
       FROM next WHERE o.id = next.id
       RETURNING o.id, o.reference, o.attempts, o.created_at, o.payload`,
      [now, owner, now + leaseMs],
    );
    return claimed(rows[0]);
  }

  async claimById(id: number, owner: string, now: number, leaseMs: number) {
    // Row-locked by the UPDATE itself: a concurrent claimer waits, re-reads the row, finds it
    // no longer due and claims nothing.
    const { rows } = await this.query<ClaimRow>(
      `UPDATE consultation_outbox
       SET status = 'sending', lease_owner = $2, lease_until = $3, attempts = attempts + 1, updated_at = $1
       WHERE id = $4 AND (${due})
       RETURNING ${claimColumns}`,
      [now, owner, now + leaseMs, id],
    );
    return claimed(rows[0]);
  }

  async markSent(id: number, owner: string, now: number) {
    const { rowCount } = await this.query(
      `UPDATE consultation_outbox
       SET status = 'sent', sent_at = $1, updated_at = $1, next_attempt_at = NULL,
           lease_owner = NULL, lease_until = NULL, last_error = NULL
       WHERE id = $2 AND status = 'sending' AND lease_owner = $3`,
      [now, id, owner],
    );
    return rowCount > 0;
  }

  async markFailed(id: number, owner: string, now: number, errorClass: string, outcome: FailureOutcome) {
    const giveUp = "giveUp" in outcome;
    const { rowCount } = await this.query(
      `UPDATE consultation_outbox
       SET status = $4, next_attempt_at = $5, last_error = $6, updated_at = $1,
           lease_owner = NULL, lease_until = NULL
       WHERE id = $2 AND status = 'sending' AND lease_owner = $3`,
      [now, id, owner, giveUp ? "failed" : "pending", giveUp ? null : outcome.retryAt, errorClass.slice(0, 200)],
    );
    return rowCount > 0;
  }

  async nextDueAt() {
    const { rows } = await this.query<{ at: string | null }>(
      `SELECT MIN(CASE status WHEN 'pending' THEN next_attempt_at ELSE lease_until END) AS at
       FROM consultation_outbox WHERE status IN ('pending', 'sending')`,
      [],
    );
    return toNumber(rows[0]?.at ?? null);
  }

  async retry(selector: RetrySelector, now: number) {
    const set = "SET status = 'pending', attempts = 0, next_attempt_at = $1, updated_at = $1";
    const { rowCount } =
      selector === "all-failed"
        ? await this.query(`UPDATE consultation_outbox ${set} WHERE status = 'failed'`, [now])
        : await this.query(
            `UPDATE consultation_outbox ${set} WHERE reference = $2 AND status IN ('failed', 'pending')`,
            [now, selector.reference],
          );
    return rowCount;
  }

  async purgeSentBefore(cutoff: number, now: number) {
    // The old row versions stay in the table's dead tuples until (auto)vacuum reclaims them.
    const { rowCount } = await this.query(
      `UPDATE consultation_outbox SET payload = NULL, purged_at = $2, updated_at = $2
       WHERE status = 'sent' AND sent_at <= $1 AND payload IS NOT NULL`,
      [cutoff, now],
    );
    return rowCount;
  }

  async stats(now: number): Promise<OutboxStats> {
    const counts: Record<OutboxStatus, number> = {
      pending: 0,
      sending: 0,
      sent: 0,
      failed: 0,
    };
    const { rows } = await this.query<{ status: OutboxStatus; n: number }>(
      "SELECT status, COUNT(*)::integer AS n FROM consultation_outbox GROUP BY status",
      [],
    );
    for (const row of rows) counts[row.status] = row.n;
    const oldest = await this.query<{ at: string | null }>(
      "SELECT MIN(created_at) AS at FROM consultation_outbox WHERE status IN ('pending', 'sending')",
      [],
    );
    const at = toNumber(oldest.rows[0]?.at ?? null);
    return {
      counts,
      oldestPendingSeconds: at === null ? 0 : Math.max(0, Math.floor((now - at) / 1000)),
    };
  }

  async list(limit: number): Promise<OutboxSummary[]> {
    const { rows } = await this.query<SummaryRow>(
      `SELECT reference, status, attempts, last_error, created_at, sent_at, next_attempt_at, payload IS NULL AS purged
       FROM consultation_outbox ORDER BY created_at DESC, id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({
      reference: row.reference,
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: Number(row.created_at),
      sentAt: toNumber(row.sent_at),
      nextAttemptAt: toNumber(row.next_attempt_at),
      purged: row.purged,
    }));
  }

  async checkWritable(now: number) {
    await this.query(
      `INSERT INTO outbox_meta (key, value) VALUES ('health-check', $1)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [String(now)],
    );
  }

  async close() {
    await this.db.end();
  }
}

function claimed(row: ClaimRow | undefined): ClaimedMessage | null {
  if (!row) return null;
  return {
    id: Number(row.id),
    reference: row.reference,
    attempts: row.attempts,
    createdAt: Number(row.created_at),
    payload: row.payload,
  };
}

function isReferenceCollision(error: unknown): boolean {
  const { code, constraint } = error as {
    code?: unknown;
    constraint?: unknown;
  };
  return code === "23505" && constraint === "consultation_outbox_reference_key";
}
