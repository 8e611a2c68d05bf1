import type Database from "better-sqlite3";
import { env, parseRateLimit } from "@/lib/env";
import { errorClass, logInfo, logWarn } from "@/lib/log";
import { consultationEmail } from "@/lib/mail/consultation-email";
import { createMailer, type Mailer } from "@/lib/mail/transport";
import { openDatabase } from "@/lib/outbox/sqlite";
import { SqliteOutboxStore } from "@/lib/outbox/sqlite-store";
import type { OutboxStore } from "@/lib/outbox/types";
import { OutboxWorker } from "@/lib/outbox/worker";
import { loadFormKey } from "./form-key";
import { dataDir, databaseFile } from "./paths";
import { sqliteRateLimiter, type RateLimiter } from "./rate-limit";

/**
 * The consultation pipeline's long-lived parts, built from the environment once per server
 * process. Kept on globalThis because Next.js bundles instrumentation.ts and the app separately
 * (and reloads modules in development): module-level singletons would exist several times.
 */
export type ConsultationRuntime = {
  dataDir: string;
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

export function formKey(): Buffer {
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

/** Opens the store and starts this process's delivery loop on first use. Throws if DATA_DIR is unusable. */
export function consultationRuntime(): ConsultationRuntime {
  const existing = slots[runtimeSlot];
  if (existing) return existing;
  const db: Database.Database = openDatabase(databaseFile);
  const store = new SqliteOutboxStore(db);
  const limit = parseRateLimit(env.CONSULT_RATE_LIMIT);
  const limiter = sqliteRateLimiter(db, { ...limit, keySecret: formKey() });
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
      sendTimeoutMs: 2 * 60_000,
      leaseMs: 5 * 60_000,
      pollMs: Math.min(5_000, baseDelayMs),
      retentionMs: env.RETENTION_DAYS * 24 * 60 * 60 * 1000,
    },
  );
  const runtime = { dataDir, store, limiter, mailer: mail, worker };
  slots[runtimeSlot] = runtime;
  worker.start();
  return runtime;
}

/**
 * Server start (instrumentation.ts): say where mail goes, and start the delivery loop so requests
 * stored before a crash or restart go out without waiting for a visitor. If DATA_DIR is not
 * usable yet, keep trying; the form meanwhile tells people to call.
 */
export function startConsultationServices(): void {
  logInfo("mail", mailer().description);
  const start = () => {
    try {
      consultationRuntime();
      logInfo("outbox", `delivery loop started (store ${databaseFile})`);
    } catch (error) {
      logWarn(
        "outbox",
        `cannot open the outbox store (${errorClass(error)}); retrying in 30 s`,
      );
      setTimeout(start, 30_000).unref();
    }
  };
  start();
}
