import { env, parseRateLimit } from "@/lib/env";
import { errorClass, logInfo, logWarn } from "@/lib/log";
import { consultationEmail } from "@/lib/mail/consultation-email";
import { createMailer, type Mailer } from "@/lib/mail/transport";
import type { StoreKind } from "@/lib/outbox/health";
import { PostgresDatabase } from "@/lib/outbox/postgres";
import { PostgresOutboxStore } from "@/lib/outbox/postgres-store";
import { openDatabase } from "@/lib/outbox/sqlite";
import { SqliteOutboxStore } from "@/lib/outbox/sqlite-store";
import type { OutboxStore } from "@/lib/outbox/types";
import { OutboxWorker, type DrainResult } from "@/lib/outbox/worker";
import { loadFormKey } from "./form-key";
import { dataDir, databaseFile } from "./paths";
import { postgresRateLimiter, sqliteRateLimiter, type RateLimiter } from "./rate-limit";

/**
 * The consultation pipeline's long-lived parts, built from the environment once per server
 * process. Kept on globalThis because Next.js bundles instrumentation.ts and the app separately
 * (and reloads modules in development): module-level singletons would exist several times.
 */
export type ConsultationRuntime = {
  dataDir: string;
  storeKind: StoreKind;
  /** Where the store is, for logs: a file path or host:port/database, never credentials. */
  storeDescription: string;
  /** Resolves once the store is usable (PostgreSQL: connected and migrated). */
  storeReady: () => Promise<void>;
  store: OutboxStore;
  limiter: RateLimiter;
  mailer: Mailer;
  worker: OutboxWorker;
};

const runtimeSlot = Symbol.for("shamynds.consultationRuntime");
const keySlot = Symbol.for("shamynds.consultationFormKey");
const mailerSlot = Symbol.for("shamynds.consultationMailer");
type Slots = {
  [runtimeSlot]?: ConsultationRuntime;
  [keySlot]?: Buffer;
  [mailerSlot]?: Mailer;
};
const slots = globalThis as Slots;

/** SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL is set (several instances). */
export const storeKind: StoreKind = env.DATABASE_URL ? "postgres" : "sqlite";

/**
 * With DATABASE_URL the instances share no disk, so the random key kept in DATA_DIR would differ
 * per instance and a form rendered by one would be refused by another. FORM_SECRET is required
 * instead (rather than a key generated into the database, because the form is rendered
 * synchronously and must not wait on, or fail with, a database round trip).
 */
const formSecretMissing =
  env.DATABASE_URL && !env.FORM_SECRET
    ? "FORM_SECRET must be set when DATABASE_URL is set: every instance must sign forms with the same key (e.g. openssl rand -hex 32)"
    : undefined;

export function formKey(): Buffer {
  if (formSecretMissing) throw new Error(formSecretMissing);
  return (slots[keySlot] ??= loadFormKey({ secret: env.FORM_SECRET, dataDir }));
}

export function mailer(): Mailer {
  return (slots[mailerSlot] ??= createMailer({
    smtpUrl: env.SMTP_URL,
    smtpInsecure: env.SMTP_INSECURE === "1",
    dataDir,
  }));
}

export const staffAddresses = env.MAIL_TO.split(",")
  .map((address) => address.trim())
  .filter(Boolean);

type Storage = Pick<ConsultationRuntime, "storeKind" | "storeDescription" | "storeReady" | "store" | "limiter">;

/** The outbox and the rate limiter, in one SQLite file or one PostgreSQL database. */
function openStorage(): Storage {
  const limit = {
    ...parseRateLimit(env.CONSULT_RATE_LIMIT),
    keySecret: formKey(),
  };
  if (env.DATABASE_URL) {
    // Nothing connects yet: the first query connects and migrates (see PostgresDatabase.ready).
    const database = new PostgresDatabase(env.DATABASE_URL);
    return {
      storeKind: "postgres",
      storeDescription: `PostgreSQL ${database.description}`,
      storeReady: async () => void (await database.ready()),
      store: new PostgresOutboxStore(database),
      limiter: postgresRateLimiter(database, limit),
    };
  }
  const db = openDatabase(databaseFile);
  return {
    storeKind: "sqlite",
    storeDescription: databaseFile,
    storeReady: async () => undefined,
    store: new SqliteOutboxStore(db),
    limiter: sqliteRateLimiter(db, limit),
  };
}

/**
 * Opens the store and starts this process's delivery loop on first use. Throws if DATA_DIR is
 * unusable (SQLite) or FORM_SECRET is missing (PostgreSQL); an unreachable database shows up
 * as failing store calls instead, and the loop keeps trying.
 */
export function consultationRuntime(): ConsultationRuntime {
  const existing = slots[runtimeSlot];
  if (existing) return existing;
  const storage = openStorage();
  const { store } = storage;
  const mail = mailer();
  const baseDelayMs = env.OUTBOX_RETRY_BASE_S * 1000;
  const worker = new OutboxWorker(
    store,
    (delivery, signal) =>
      mail.send(
        consultationEmail({
          reference: delivery.reference,
          request: delivery.request,
          submittedAt: delivery.createdAt,
          from: env.MAIL_FROM,
          to: staffAddresses,
        }),
        signal,
      ),
    {
      baseDelayMs,
      maxDelayMs: Math.max(baseDelayMs, env.OUTBOX_RETRY_MAX_S * 1000),
      maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
      // The lease outlives the longest attempt, so a live sender never loses its claim.
      sendTimeoutMs: Math.min(2 * 60_000, (env.OUTBOX_LEASE_S * 1000) / 2),
      leaseMs: env.OUTBOX_LEASE_S * 1000,
      pollMs: Math.min(5_000, baseDelayMs),
      retentionMs: env.RETENTION_DAYS * 24 * 60 * 60 * 1000,
    },
  );
  const runtime = { dataDir, ...storage, mailer: mail, worker };
  slots[runtimeSlot] = runtime;
  worker.start();
  return runtime;
}

/**
 * One pass over everything due, for `/api/outbox/drain` (a scheduler's call on hosts where no
 * process stays alive to retry): what was done, and how many requests still wait.
 */
export async function drainOutbox(): Promise<DrainResult & { waiting: number }> {
  const { worker, store } = consultationRuntime();
  const result = await worker.drain();
  const { counts } = await store.stats(Date.now());
  return { ...result, waiting: counts.pending + counts.sending };
}

/**
 * Server start (instrumentation.ts): say where mail goes, and start the delivery loop so requests
 * stored before a crash or restart go out without waiting for a visitor. If DATA_DIR is not
 * usable yet, keep trying; the form meanwhile tells people to call. With PostgreSQL, migrate the
 * schema now rather than on the first request.
 */
export function startConsultationServices(): void {
  logInfo("mail", mailer().description);
  if (formSecretMissing) {
    logWarn("consultation", `${formSecretMissing}; the consultation form is unavailable`);
    return;
  }
  const start = () => {
    try {
      const runtime = consultationRuntime();
      logInfo("outbox", `delivery loop started (store ${runtime.storeDescription})`);
      runtime
        .storeReady()
        .catch((error: unknown) =>
          logWarn(
            "outbox",
            `cannot reach the outbox store (${errorClass(error)}); requests are refused until it answers`,
          ),
        );
    } catch (error) {
      logWarn("outbox", `cannot open the outbox store (${errorClass(error)}); retrying in 30 s`);
      setTimeout(start, 30_000).unref();
    }
  };
  start();
}
