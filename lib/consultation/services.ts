import { parseRateLimit, type Env } from "@/lib/env";
import { errorClass, logInfo, logWarn } from "@/lib/log";
import { consultationEmail } from "@/lib/mail/consultation-email";
import { createMailer, type Mailer } from "@/lib/mail/transport";
import { PostgresDatabase } from "@/lib/outbox/postgres";
import { SqliteDatabase } from "@/lib/outbox/sqlite";
import { SqlOutboxStore } from "@/lib/outbox/store";
import type { OutboxStore } from "@/lib/outbox/types";
import { OutboxWorker, type DrainResult } from "@/lib/outbox/worker";
import { loadFormKey } from "./form-key.mjs";
import { dataPaths } from "./paths";
import { postgresRateLimiter, sqliteRateLimiter, type RateLimiter } from "./rate-limit";
import { storedRequestSchema, type ConsultationRequest } from "./schema";

/** The consultation pipeline's long-lived parts, built from the validated configuration. */
export type Services = {
  /** SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL is set (several instances). */
  database: SqliteDatabase | PostgresDatabase;
  store: OutboxStore;
  limiter: RateLimiter;
  mailer: Mailer;
  worker: OutboxWorker<ConsultationRequest>;
  /** The key that signs form tokens; throws if the configuration cannot provide one. */
  formKey: () => Buffer;
  /** Why consultations cannot be taken with this configuration, if they cannot. */
  problem?: string;
};

/**
 * Builds the services from the configuration, without side effects: nothing is opened,
 * connected or written until first used (the database on its first statement, the form key and
 * the rate limiter on first call), and no loop runs until `worker.start()`. Used by the server
 * (startServices, from instrumentation.ts) and by `npm run outbox`.
 */
export function composeServices(config: Env): Services {
  const { dataDir, databaseFile } = dataPaths(config.DATA_DIR);
  const database = config.DATABASE_URL ? new PostgresDatabase(config.DATABASE_URL) : new SqliteDatabase(databaseFile);
  const store = new SqlOutboxStore(database);

  // With DATABASE_URL the instances share no disk, so the random key kept in DATA_DIR would differ
  // per instance and a form rendered by one would be refused by another. FORM_SECRET is required
  // instead (rather than a key generated into the database, because the form is rendered
  // synchronously and must not wait on, or fail with, a database round trip).
  const problem =
    config.DATABASE_URL && !config.FORM_SECRET
      ? "FORM_SECRET must be set when DATABASE_URL is set: every instance must sign forms with the same key (e.g. openssl rand -hex 32)"
      : undefined;
  let key: Buffer | undefined;
  const formKey = () => {
    if (problem) throw new Error(problem);
    return (key ??= loadFormKey({ secret: config.FORM_SECRET, dataDir }));
  };

  const limit = parseRateLimit(config.CONSULT_RATE_LIMIT);
  let limiter: RateLimiter | undefined;
  const openLimiter = (): RateLimiter => {
    const options = { ...limit, keySecret: formKey() };
    return database.kind === "postgres"
      ? postgresRateLimiter(database, options)
      : sqliteRateLimiter(database.handle(), options);
  };

  const mailer = createMailer({ smtpUrl: config.SMTP_URL, smtpInsecure: config.SMTP_INSECURE === "1", dataDir });
  const staff = config.MAIL_TO.split(",")
    .map((address) => address.trim())
    .filter(Boolean);
  const baseDelayMs = config.OUTBOX_RETRY_BASE_S * 1000;
  const worker = new OutboxWorker(
    store,
    {
      // The stored payload is the validated request as JSON; it is validated again before mailing.
      parse: (payload) => storedRequestSchema.safeParse(payload).data,
      deliver: (delivery, signal) =>
        mailer.send(
          consultationEmail({
            reference: delivery.reference,
            request: delivery.request,
            submittedAt: delivery.createdAt,
            from: config.MAIL_FROM,
            to: staff,
          }),
          signal,
        ),
    },
    {
      baseDelayMs,
      maxDelayMs: Math.max(baseDelayMs, config.OUTBOX_RETRY_MAX_S * 1000),
      maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
      // The lease outlives the longest attempt, so a live sender never loses its claim.
      sendTimeoutMs: Math.min(2 * 60_000, (config.OUTBOX_LEASE_S * 1000) / 2),
      leaseMs: config.OUTBOX_LEASE_S * 1000,
      pollMs: Math.min(5_000, baseDelayMs),
      retentionMs: config.RETENTION_DAYS * 24 * 60 * 60 * 1000,
    },
  );

  return {
    database,
    store,
    limiter: { consume: (clientIp) => (limiter ??= openLimiter()).consume(clientIp) },
    mailer,
    worker,
    formKey,
    problem,
  };
}

/**
 * Next.js compiles instrumentation.ts and the routes into separate module graphs, and `next dev`
 * re-evaluates modules on every change: a module-level variable would hold a different copy (and
 * start a second delivery loop) in each. This one globalThis slot is where the routes find the
 * services instrumentation.ts composed for this process.
 */
const slot = Symbol.for("shamynds.services");
const processServices = globalThis as { [slot]?: Services };

/**
 * Server start (instrumentation.ts): compose the services once, say where mail goes, and start
 * the delivery loop so requests stored before a crash or restart go out without waiting for a
 * visitor. An unusable store does not stop the start: calls fail (the form tells people to call,
 * /api/health answers 503) and the loop keeps trying. With PostgreSQL, migrate now rather than
 * on the first request.
 */
export function startServices(config: Env): void {
  if (processServices[slot]) return;
  const started = composeServices(config);
  logInfo("mail", started.mailer.description);
  if (started.problem) {
    // Nothing is published: the form, the health check and the drain route report unavailable.
    logWarn("consultation", `${started.problem}; the consultation form is unavailable`);
    return;
  }
  processServices[slot] = started;
  started.worker.start();
  const where =
    started.database.kind === "postgres" ? `PostgreSQL ${started.database.description}` : started.database.description;
  logInfo("outbox", `delivery loop started (store ${where})`);
  started.database
    .ready()
    .catch((error: unknown) =>
      logWarn("outbox", `cannot open the outbox store (${errorClass(error)}); requests are refused until it answers`),
    );
}

/** This server process's services; throws when they could not be started (see the start-up log). */
export function services(): Services {
  const started = processServices[slot];
  if (!started) throw new Error("consultation services are not available (see the server's start-up log)");
  return started;
}

/**
 * One pass over everything due, for `/api/outbox/drain` (a scheduler's call on hosts where no
 * process stays alive to retry): what was done, and how many requests still wait.
 */
export async function drainOutbox({ worker, store }: Services): Promise<DrainResult & { waiting: number }> {
  const result = await worker.drain();
  const { counts } = await store.stats(Date.now());
  return { ...result, waiting: counts.pending + counts.sending };
}
