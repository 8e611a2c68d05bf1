import type Database from "better-sqlite3";
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

/** Schema versions, applied in order; PRAGMA user_version records how far a file has come. */
const migrations = [
  `CREATE TABLE consultation_outbox (
     id INTEGER PRIMARY KEY,
     reference TEXT NOT NULL UNIQUE,
     idempotency_key TEXT NOT NULL UNIQUE,
     status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER,
     lease_owner TEXT,
     lease_until INTEGER,
     last_error TEXT,
     payload TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     sent_at INTEGER,
     purged_at INTEGER
   );
   CREATE INDEX consultation_outbox_due ON consultation_outbox (status, next_attempt_at);
   CREATE TABLE outbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];

type ClaimRow = {
  id: number;
  reference: string;
  attempts: number;
  created_at: number;
  payload: string | null;
};
type SummaryRow = {
  reference: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
  next_attempt_at: number | null;
  purged: number;
};

const claimColumns = "id, reference, attempts, created_at, payload";
const due = "(status = 'pending' AND next_attempt_at <= @now) OR (status = 'sending' AND lease_until <= @now)";

/**
 * The outbox in SQLite (better-sqlite3). Every write runs in a BEGIN IMMEDIATE transaction so it
 * takes the write lock before reading: two processes can never both see a row as claimable.
 * The methods are async only to match OutboxStore, which PostgresOutboxStore implements too.
 */
export class SqliteOutboxStore implements OutboxStore {
  constructor(private readonly db: Database.Database) {
    migrate(db);
  }

  async enqueue(input: {
    idempotencyKey: string;
    payload: object;
    now: number;
    newReference: () => string;
  }): Promise<EnqueueResult> {
    const existing = this.db.prepare("SELECT id, reference FROM consultation_outbox WHERE idempotency_key = ?");
    const insert = this.db.prepare(
      `INSERT INTO consultation_outbox (reference, idempotency_key, status, next_attempt_at, payload, created_at, updated_at)
       VALUES (@reference, @key, 'pending', @now, @payload, @now, @now)`,
    );
    const payload = JSON.stringify(input.payload);
    const enqueue = this.db.transaction((): EnqueueResult => {
      const found = existing.get(input.idempotencyKey) as { id: number; reference: string } | undefined;
      if (found) return { ...found, created: false };
      // A random six-character code can collide with an old one; draw again rather than fail.
      for (let attempt = 0; ; attempt++) {
        const reference = input.newReference();
        try {
          const result = insert.run({
            reference,
            key: input.idempotencyKey,
            now: input.now,
            payload,
          });
          return {
            id: Number(result.lastInsertRowid),
            reference,
            created: true,
          };
        } catch (error) {
          if (attempt >= 5 || !isReferenceCollision(error)) throw error;
        }
      }
    });
    return enqueue.immediate();
  }

  async findByIdempotencyKey(idempotencyKey: string) {
    const row = this.db
      .prepare("SELECT id, reference FROM consultation_outbox WHERE idempotency_key = ?")
      .get(idempotencyKey) as { id: number; reference: string } | undefined;
    return row ?? null;
  }

  async claimNext(owner: string, now: number, leaseMs: number) {
    return this.claim(`id = (SELECT id FROM consultation_outbox WHERE ${due} ORDER BY next_attempt_at, id LIMIT 1)`, {
      owner,
      now,
      leaseUntil: now + leaseMs,
    });
  }

  async claimById(id: number, owner: string, now: number, leaseMs: number) {
    return this.claim(`id = @id AND (${due})`, {
      id,
      owner,
      now,
      leaseUntil: now + leaseMs,
    });
  }

  private claim(where: string, params: Record<string, string | number>): ClaimedMessage | null {
    const statement = this.db.prepare(
      `UPDATE consultation_outbox
       SET status = 'sending', lease_owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1, updated_at = @now
       WHERE ${where}
       RETURNING ${claimColumns}`,
    );
    const row = this.db.transaction(() => statement.get(params) as ClaimRow | undefined).immediate();
    if (!row) return null;
    return {
      id: row.id,
      reference: row.reference,
      attempts: row.attempts,
      createdAt: row.created_at,
      payload: row.payload === null ? null : (JSON.parse(row.payload) as unknown),
    };
  }

  async markSent(id: number, owner: string, now: number) {
    return (
      this.write(
        `UPDATE consultation_outbox
       SET status = 'sent', sent_at = @now, updated_at = @now, next_attempt_at = NULL,
           lease_owner = NULL, lease_until = NULL, last_error = NULL
       WHERE id = @id AND status = 'sending' AND lease_owner = @owner`,
        { id, owner, now },
      ) > 0
    );
  }

  async markFailed(id: number, owner: string, now: number, errorClass: string, outcome: FailureOutcome) {
    const giveUp = "giveUp" in outcome;
    return (
      this.write(
        `UPDATE consultation_outbox
       SET status = @status, next_attempt_at = @retryAt, last_error = @errorClass, updated_at = @now,
           lease_owner = NULL, lease_until = NULL
       WHERE id = @id AND status = 'sending' AND lease_owner = @owner`,
        {
          id,
          owner,
          now,
          errorClass: errorClass.slice(0, 200),
          status: giveUp ? "failed" : "pending",
          retryAt: giveUp ? null : outcome.retryAt,
        },
      ) > 0
    );
  }

  async nextDueAt() {
    const row = this.db
      .prepare(
        `SELECT MIN(CASE status WHEN 'pending' THEN next_attempt_at ELSE lease_until END) AS at
         FROM consultation_outbox WHERE status IN ('pending', 'sending')`,
      )
      .get() as { at: number | null };
    return row.at;
  }

  async retry(selector: RetrySelector, now: number) {
    const set = "SET status = 'pending', attempts = 0, next_attempt_at = @now, updated_at = @now";
    return selector === "all-failed"
      ? this.write(`UPDATE consultation_outbox ${set} WHERE status = 'failed'`, { now })
      : this.write(
          `UPDATE consultation_outbox ${set} WHERE reference = @reference AND status IN ('failed', 'pending')`,
          {
            now,
            reference: selector.reference,
          },
        );
  }

  async purgeSentBefore(cutoff: number, now: number) {
    return this.write(
      `UPDATE consultation_outbox SET payload = NULL, purged_at = @now, updated_at = @now
       WHERE status = 'sent' AND sent_at <= @cutoff AND payload IS NOT NULL`,
      { cutoff, now },
    );
  }

  async stats(now: number): Promise<OutboxStats> {
    const counts: Record<OutboxStatus, number> = {
      pending: 0,
      sending: 0,
      sent: 0,
      failed: 0,
    };
    const rows = this.db.prepare("SELECT status, COUNT(*) AS n FROM consultation_outbox GROUP BY status").all() as {
      status: OutboxStatus;
      n: number;
    }[];
    for (const row of rows) counts[row.status] = row.n;
    const oldest = this.db
      .prepare("SELECT MIN(created_at) AS at FROM consultation_outbox WHERE status IN ('pending', 'sending')")
      .get() as { at: number | null };
    return {
      counts,
      oldestPendingSeconds: oldest.at === null ? 0 : Math.max(0, Math.floor((now - oldest.at) / 1000)),
    };
  }

  async list(limit: number): Promise<OutboxSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT reference, status, attempts, last_error, created_at, sent_at, next_attempt_at, payload IS NULL AS purged
         FROM consultation_outbox ORDER BY created_at DESC, id DESC LIMIT ?`,
      )
      .all(limit) as SummaryRow[];
    return rows.map((row) => ({
      reference: row.reference,
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      nextAttemptAt: row.next_attempt_at,
      purged: row.purged === 1,
    }));
  }

  async checkWritable(now: number) {
    this.write(
      `INSERT INTO outbox_meta (key, value) VALUES ('health-check', @now)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      { now: String(now) },
    );
  }

  async close() {
    this.db.close();
  }

  private write(sql: string, params: Record<string, string | number | null>): number {
    const statement = this.db.prepare(sql);
    return this.db.transaction(() => statement.run(params).changes).immediate();
  }
}

function migrate(db: Database.Database) {
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    migrations.slice(version).forEach((sql, index) => {
      db.exec(sql);
      db.pragma(`user_version = ${version + index + 1}`);
    });
  }).immediate();
}

function isReferenceCollision(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE" &&
    error.message.includes("consultation_outbox.reference")
  );
}
