// @ts-check
import { z } from "zod";

/**
 * The environment's schema, in plain JavaScript so that next.config.mjs can validate it in every
 * phase (`next dev`, `next build`, `next start`) without a TypeScript loader: a production server
 * may be installed without devDependencies (no tsx), and Node 20 cannot strip types itself.
 * lib/env.ts is still the one module the app reads its configuration from; it uses this schema.
 * Empty strings count as unset (a blank line in a .env file should not switch features on).
 */
const emptyAsUndefined = (/** @type {unknown} */ value) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

export const rateLimitPattern = /^(\d+)\/(\d+)([smhd])$/;

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SITE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: "SITE_URL must be an absolute http(s) URL, e.g. https://www.shamynds.example",
      })
      .default("http://localhost:3000")
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data")),
  // Another content folder (articles/, pages/, team/, clinic.yaml) for tests that serve a copy; default ./content.
  CONTENT_DIR: optionalString,
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, { error: "SMTP_URL must start with smtp:// or smtps://" })
      .optional(),
  ),
  SMTP_INSECURE: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).default("0")),
  MAIL_TO: z.preprocess(emptyAsUndefined, z.string().default("consultations@shamynds.example")),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("ShaMynds website <no-reply@shamynds.example>")),
  OUTBOX_RETRY_MAX_S: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(300)),
  // First retry delay of the consultation outbox; doubles per attempt up to OUTBOX_RETRY_MAX_S.
  // Tests use a fraction of a second.
  OUTBOX_RETRY_BASE_S: z.preprocess(emptyAsUndefined, z.coerce.number().positive().max(3600).default(5)),
  // Attempts before a request is marked "failed" (then `npm run outbox -- retry`). 100 ≈ 8 h of outage.
  OUTBOX_MAX_ATTEMPTS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(100)),
  // How long a delivery attempt holds its claim on a request; a process that dies mid-send leaves
  // the request to another process once this has passed. Tests use a few seconds.
  OUTBOX_LEASE_S: z.preprocess(emptyAsUndefined, z.coerce.number().min(2).max(3600).default(300)),
  // Minimum time between rendering the consultation form and submitting it; faster is a bot.
  FORM_MIN_FILL_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(3000)),
  RETENTION_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(30)),
  CONSULT_RATE_LIMIT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(rateLimitPattern, { error: "CONSULT_RATE_LIMIT must look like 5/10m (requests/window, s|m|h|d)" })
      .default("5/10m"),
  ),
  TRUST_PROXY: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).default("0")),
  FORM_SECRET: optionalString,
  // Turns on draft preview (/api/preview?secret=…&slug=…); unset = preview off. Long enough not to be guessed.
  PREVIEW_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .min(16, { error: "PREVIEW_SECRET must be at least 16 characters, e.g. the output of: openssl rand -hex 32" })
      .optional(),
  ),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must be a postgres:// URL" })
      .optional(),
  ),
  // Turns on GET/POST /api/outbox/drain with "Authorization: Bearer $CRON_SECRET"; unset = 404.
  CRON_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .min(16, { error: "CRON_SECRET must be at least 16 characters, e.g. the output of: openssl rand -hex 32" })
      .optional(),
  ),
  // `npm run release` (lib/release/): where releases live, the two slots' ports, how many
  // releases to keep, how slots are run (plain child processes, or systemd units shamynds@PORT),
  // the command that makes nginx re-read the upstream file, and how long the old slot may finish
  // what it is serving after the switch.
  RELEASE_ROOT: z.preprocess(emptyAsUndefined, z.string().default("..")),
  RELEASE_PORTS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d{2,5},\d{2,5}$/, { error: "RELEASE_PORTS must be two ports, e.g. 3000,3001" })
      .refine((value) => new Set(value.split(",")).size === 2, { error: "RELEASE_PORTS must be two different ports" })
      .default("3000,3001"),
  ),
  RELEASE_KEEP: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(2).max(5).default(3)),
  RELEASE_PROCESS: z.preprocess(emptyAsUndefined, z.enum(["child", "systemd"]).default("child")),
  RELEASE_RELOAD: optionalString,
  RELEASE_DRAIN_S: z.preprocess(emptyAsUndefined, z.coerce.number().min(0).max(120).default(5)),
  // The staff studio (`npm run studio`, studio/): the port it listens on, on 127.0.0.1 only.
  STUDIO_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3100)),
});

/**
 * Validates an environment; on failure the error names each bad variable and how to fix it.
 * @param {Record<string, string | undefined>} source
 */
export function parseEnv(source) {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
