import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { errorClass, logInfo, logWarn } from "@/lib/log";
import { afterFailure, type RetryPolicy } from "./retry-policy";
import type { ClaimedMessage, OutboxStore } from "./types";

export type Delivery<Request> = {
  reference: string;
  request: Request;
  createdAt: number;
};
/** Sends one request; resolves only when the mail server accepted it. */
export type Deliver<Request> = (delivery: Delivery<Request>, signal: AbortSignal) => Promise<void>;

/**
 * What the worker needs to know about the requests it carries: how to read a stored payload back
 * (undefined = not a valid request; such a row is parked as failed) and how to send one. The
 * outbox itself knows nothing about consultations; lib/consultation/services.ts supplies both.
 */
export type Sender<Request> = {
  parse: (payload: unknown) => Request | undefined;
  deliver: Deliver<Request>;
};

export type WorkerOptions = RetryPolicy & {
  /** How long a claim is held. Longer than sendTimeoutMs, so a live sender never loses its row. */
  leaseMs: number;
  /** Hard limit on one delivery attempt. */
  sendTimeoutMs: number;
  /** Longest sleep between looks at the store (other processes may have added due rows). */
  pollMs: number;
  retentionMs: number;
  now?: () => number;
};

/** What one drain did: requests the mail server accepted, attempts to retry later, and attempts that failed for good. */
export type DrainResult = { sent: number; retrying: number; failed: number };
type AttemptOutcome = keyof DrainResult;

const minSleepMs = 50;
const purgeEveryMs = 60 * 60 * 1000;

/**
 * Moves requests from the outbox to the mail server: right after a request is stored
 * (`deliverNow`, called from `after()`), and from a loop that wakes when the next retry is due.
 * Every process runs one; the store's claims keep them from sending the same row twice.
 */
export class OutboxWorker<Request = unknown> {
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<DrainResult> | undefined;
  private lastPurgeAt = 0;
  private stopped = true;
  private readonly now: () => number;

  constructor(
    private readonly store: OutboxStore,
    private readonly sender: Sender<Request>,
    private readonly options: WorkerOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Tries one freshly stored request now; if another process got there first, nothing happens. */
  async deliverNow(id: number): Promise<void> {
    const claimed = await this.store.claimById(id, this.owner, this.now(), this.options.leaseMs);
    if (claimed) await this.attempt(claimed);
  }

  /**
   * Sends everything that is due, one at a time; returns when nothing due is left, with what it
   * did. One drain at a time per process: a call while one runs (the loop, or a cron request)
   * joins it and gets its result, so the two never race each other.
   */
  drain(): Promise<DrainResult> {
    this.draining ??= (async () => {
      const result: DrainResult = { sent: 0, retrying: 0, failed: 0 };
      try {
        for (;;) {
          const claimed = await this.store.claimNext(this.owner, this.now(), this.options.leaseMs);
          if (!claimed) break;
          result[await this.attempt(claimed)]++;
        }
        await this.purgeIfDue();
        return result;
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  private async attempt(claimed: ClaimedMessage): Promise<AttemptOutcome> {
    const { id, reference, attempts } = claimed;
    const request = this.sender.parse(claimed.payload);
    if (request === undefined) {
      // Retrying cannot repair a row; park it where `outbox list` shows it.
      await this.store.markFailed(id, this.owner, this.now(), "INVALID_PAYLOAD", { giveUp: true });
      logWarn("outbox", `${reference} cannot be sent: stored data is invalid; marked failed`);
      return "failed";
    }
    const signal = AbortSignal.timeout(this.options.sendTimeoutMs);
    try {
      await this.sender.deliver({ reference, request, createdAt: claimed.createdAt }, signal);
    } catch (error) {
      const failure = errorClass(error);
      const outcome = afterFailure(attempts, this.now(), this.options);
      await this.store.markFailed(id, this.owner, this.now(), failure, outcome);
      if ("giveUp" in outcome) {
        logWarn("outbox", `${reference} attempt ${attempts} failed (${failure}); giving up, marked failed`);
        return "failed";
      }
      const seconds = Math.max(0, (outcome.retryAt - this.now()) / 1000).toFixed(1);
      logWarn("outbox", `${reference} attempt ${attempts} failed (${failure}); retrying in ${seconds} s`);
      return "retrying";
    }
    if (await this.store.markSent(id, this.owner, this.now())) {
      logInfo("outbox", `${reference} sent (attempt ${attempts})`);
    } else {
      // Only possible if sending outlived the lease; the row may be sent again by its new owner.
      logWarn("outbox", `${reference} sent but its claim had expired`);
    }
    return "sent";
  }

  private async purgeIfDue(): Promise<void> {
    const now = this.now();
    if (now - this.lastPurgeAt < purgeEveryMs) return;
    this.lastPurgeAt = now;
    const erased = await this.store.purgeSentBefore(now - this.options.retentionMs, now);
    if (erased > 0) logInfo("outbox", `erased personal fields of ${erased} sent request(s) past retention`);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    // The loop never keeps a process alive on its own (scripts, tests); a server stays up anyway.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    let delay = this.options.pollMs;
    try {
      await this.drain();
      const nextDue = await this.store.nextDueAt();
      if (nextDue !== null) delay = Math.min(delay, Math.max(minSleepMs, nextDue - this.now()));
    } catch (error) {
      logWarn("outbox", `delivery loop error (${errorClass(error)}); trying again shortly`);
    }
    this.schedule(delay);
  }
}
