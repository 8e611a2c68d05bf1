/**
 * The durable outbox for consultation requests.
 *
 * State machine (one row per request):
 *
 *   enqueue ──► pending ──claim──► sending ──SMTP accepted──► sent ──RETENTION_DAYS──► (personal fields erased)
 *                  ▲                  │
 *                  └──failure, backoff┤ (attempts < max)
 *                                     └──failure, attempts = max──► failed ──`outbox retry`──► pending
 *
 * A claim is an atomic UPDATE that moves one due row to "sending" with a lease (owner + expiry)
 * and counts the attempt. Only the lease owner can move it on, so processes sharing a store never
 * send a row twice. A process that dies mid-send leaves its lease to expire; the row is then due
 * again (at-least-once in that one case: the SMTP server may have accepted the message just before
 * the crash, which is why every message carries a stable Message-ID).
 *
 * One implementation, SqlOutboxStore (./store.ts), over two databases (the same tests run against
 * both): SQLite in DATA_DIR (one machine) and PostgreSQL (several instances or serverless,
 * DATABASE_URL).
 */
export type OutboxStatus = "pending" | "sending" | "sent" | "failed";
export const outboxStatuses: readonly OutboxStatus[] = ["pending", "sending", "sent", "failed"];

export type ClaimedMessage = {
  id: number;
  reference: string;
  attempts: number;
  createdAt: number;
  /** The stored request as written; the worker validates it before mailing. */
  payload: unknown;
};

export type OutboxSummary = {
  reference: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: number;
  sentAt: number | null;
  nextAttemptAt: number | null;
  purged: boolean;
};

export type OutboxStats = {
  counts: Record<OutboxStatus, number>;
  /** Age of the oldest request not yet sent nor failed, 0 when there is none. */
  oldestPendingSeconds: number;
};

export type EnqueueResult = { id: number; reference: string; created: boolean };

export type FailureOutcome = { retryAt: number } | { giveUp: true };

export type RetrySelector = { reference: string } | "all-failed";

/** All times are milliseconds since the epoch, passed in so tests control the clock. */
export interface OutboxStore {
  /** Stores a request durably, or returns the existing one for the same idempotency key. */
  enqueue(input: {
    idempotencyKey: string;
    payload: object;
    now: number;
    newReference: () => string;
  }): Promise<EnqueueResult>;
  findByIdempotencyKey(idempotencyKey: string): Promise<{ id: number; reference: string } | null>;
  /** Claims the most overdue row (pending and due, or sending with an expired lease). */
  claimNext(owner: string, now: number, leaseMs: number): Promise<ClaimedMessage | null>;
  /** Claims one row if it is due: how a fresh request is sent straight after the response. */
  claimById(id: number, owner: string, now: number, leaseMs: number): Promise<ClaimedMessage | null>;
  /** Returns false if the lease was lost (the row is then someone else's). */
  markSent(id: number, owner: string, now: number): Promise<boolean>;
  markFailed(id: number, owner: string, now: number, errorClass: string, outcome: FailureOutcome): Promise<boolean>;
  /** Earliest time a row becomes due (pending or expired lease), null when nothing is waiting. */
  nextDueAt(): Promise<number | null>;
  /** Makes failed rows (or one row by reference) due now with a fresh attempt budget. */
  retry(selector: RetrySelector, now: number): Promise<number>;
  /** Erases personal fields of rows sent before the cutoff; returns how many were erased. */
  purgeSentBefore(cutoff: number, now: number): Promise<number>;
  stats(now: number): Promise<OutboxStats>;
  list(limit: number): Promise<OutboxSummary[]>;
  /** Throws unless a write round-trips: what /api/health reports as 503. */
  checkWritable(now: number): Promise<void>;
  close(): Promise<void>;
}
