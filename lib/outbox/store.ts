import type { SqlDatabase, SqlParam } from "./sql";
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

// Numbers may come back as strings (pg returns bigint that way); every time and id fits a double.
type Num = number | string;
type ClaimRow = { id: Num; reference: string; attempts: number; created_at: Num; payload: string | null };
type SummaryRow = {
  reference: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: Num;
  sent_at: Num | null;
  next_attempt_at: Num | null;
  purged: Num;
};

const toNumber = (value: Num | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/** The payload is read as text in both databases (jsonb in PostgreSQL) and parsed here. */
const claimColumns = "id, reference, attempts, created_at, CAST(payload AS text) AS payload";
/** $1 is always `now`. */
const due = "(status = 'pending' AND next_attempt_at <= $1) OR (status = 'sending' AND lease_until <= $1)";
const claimSet = "SET status = 'sending', lease_owner = $2, lease_until = $3, attempts = attempts + 1, updated_at = $1";

/**
 * The outbox (state machine in ./types.ts) over either database: every statement is written
 * once; SqlDatabase supplies the connection and the few differences. A claim is one UPDATE that
 * moves a due row to "sending" with a lease and counts the attempt; every later move checks the
 * lease owner, so processes sharing a database never send a row twice. Times come from the
 * caller (each process's clock): instances sharing PostgreSQL need synchronised clocks (NTP).
 */
export class SqlOutboxStore implements OutboxStore {
  constructor(readonly db: SqlDatabase) {}

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
        const { rows } = await this.db.run<{ id: Num; reference: string }>(
          `INSERT INTO consultation_outbox (reference, idempotency_key, status, next_attempt_at, payload, created_at, updated_at)
           VALUES ($1, $2, 'pending', $3, $4, $3, $3)
           ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING id, reference`,
          [reference, input.idempotencyKey, input.now, payload],
        );
        const inserted = rows[0];
        if (inserted) return { id: Number(inserted.id), reference: inserted.reference, created: true };
        const existing = await this.findByIdempotencyKey(input.idempotencyKey);
        if (existing) return { ...existing, created: false };
        // The conflicting row vanished in between (never happens: rows are not deleted).
        throw new Error("idempotency conflict without a row");
      } catch (error) {
        if (attempt >= 5 || !this.db.isUniqueViolation(error, "consultation_outbox", "reference")) throw error;
      }
    }
  }

  async findByIdempotencyKey(idempotencyKey: string) {
    const [row] = await this.db.query<{ id: Num; reference: string }>(
      "SELECT id, reference FROM consultation_outbox WHERE idempotency_key = $1",
      [idempotencyKey],
    );
    return row ? { id: Number(row.id), reference: row.reference } : null;
  }

  async claimNext(owner: string, now: number, leaseMs: number) {
    // PostgreSQL evaluates the subquery once and locks the row it picks (skipping rows another
    // claimer holds); the repeated `due` makes the UPDATE itself refuse a row no longer due.
    return this.claim(
      `id = (SELECT id FROM consultation_outbox WHERE ${due}
             ORDER BY next_attempt_at, id LIMIT 1 ${this.db.skipLocked}) AND (${due})`,
      [now, owner, now + leaseMs],
    );
  }

  async claimById(id: number, owner: string, now: number, leaseMs: number) {
    // Row-locked by the UPDATE itself: a concurrent claimer waits, re-reads the row, finds it
    // no longer due and claims nothing.
    return this.claim(`id = $4 AND (${due})`, [now, owner, now + leaseMs, id]);
  }

  private async claim(where: string, params: SqlParam[]): Promise<ClaimedMessage | null> {
    const { rows } = await this.db.run<ClaimRow>(
      `UPDATE consultation_outbox ${claimSet} WHERE ${where} RETURNING ${claimColumns}`,
      params,
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: Number(row.id),
      reference: row.reference,
      attempts: row.attempts,
      createdAt: Number(row.created_at),
      payload: row.payload === null ? null : (JSON.parse(row.payload) as unknown),
    };
  }

  async markSent(id: number, owner: string, now: number) {
    const { changes } = await this.db.run(
      `UPDATE consultation_outbox
       SET status = 'sent', sent_at = $1, updated_at = $1, next_attempt_at = NULL,
           lease_owner = NULL, lease_until = NULL, last_error = NULL
       WHERE id = $2 AND status = 'sending' AND lease_owner = $3`,
      [now, id, owner],
    );
    return changes > 0;
  }

  async markFailed(id: number, owner: string, now: number, errorClass: string, outcome: FailureOutcome) {
    const giveUp = "giveUp" in outcome;
    const { changes } = await this.db.run(
      `UPDATE consultation_outbox
       SET status = $4, next_attempt_at = $5, last_error = $6, updated_at = $1,
           lease_owner = NULL, lease_until = NULL
       WHERE id = $2 AND status = 'sending' AND lease_owner = $3`,
      [now, id, owner, giveUp ? "failed" : "pending", giveUp ? null : outcome.retryAt, errorClass.slice(0, 200)],
    );
    return changes > 0;
  }

  async nextDueAt() {
    const [row] = await this.db.query<{ at: Num | null }>(
      `SELECT MIN(CASE status WHEN 'pending' THEN next_attempt_at ELSE lease_until END) AS at
       FROM consultation_outbox WHERE status IN ('pending', 'sending')`,
    );
    return toNumber(row?.at);
  }

  async retry(selector: RetrySelector, now: number) {
    const set = "SET status = 'pending', attempts = 0, next_attempt_at = $1, updated_at = $1";
    const { changes } =
      selector === "all-failed"
        ? await this.db.run(`UPDATE consultation_outbox ${set} WHERE status = 'failed'`, [now])
        : await this.db.run(
            `UPDATE consultation_outbox ${set} WHERE reference = $2 AND status IN ('failed', 'pending')`,
            [now, selector.reference],
          );
    return changes;
  }

  async purgeSentBefore(cutoff: number, now: number) {
    // SQLite overwrites the freed bytes (secure_delete); PostgreSQL keeps the old row versions
    // until (auto)vacuum reclaims them.
    const { changes } = await this.db.run(
      `UPDATE consultation_outbox SET payload = NULL, purged_at = $2, updated_at = $2
       WHERE status = 'sent' AND sent_at <= $1 AND payload IS NOT NULL`,
      [cutoff, now],
    );
    return changes;
  }

  async stats(now: number): Promise<OutboxStats> {
    const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
    const rows = await this.db.query<{ status: OutboxStatus; n: Num }>(
      "SELECT status, COUNT(*) AS n FROM consultation_outbox GROUP BY status",
    );
    for (const row of rows) counts[row.status] = Number(row.n);
    const [oldest] = await this.db.query<{ at: Num | null }>(
      "SELECT MIN(created_at) AS at FROM consultation_outbox WHERE status IN ('pending', 'sending')",
    );
    const at = toNumber(oldest?.at);
    return {
      counts,
      oldestPendingSeconds: at === null ? 0 : Math.max(0, Math.floor((now - at) / 1000)),
    };
  }

  async list(limit: number): Promise<OutboxSummary[]> {
    const rows = await this.db.query<SummaryRow>(
      `SELECT reference, status, attempts, last_error, created_at, sent_at, next_attempt_at,
              CASE WHEN payload IS NULL THEN 1 ELSE 0 END AS purged
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
      purged: Number(row.purged) === 1,
    }));
  }

  async checkWritable(now: number) {
    await this.db.run(
      `INSERT INTO outbox_meta (key, value) VALUES ('health-check', $1)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [String(now)],
    );
  }

  close() {
    return this.db.close();
  }
}
