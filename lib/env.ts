import type { z } from "zod";
import { envSchema, parseEnv, rateLimitPattern } from "./env-schema.mjs";

/**
 * The one place that reads process.env. Every variable is validated here so that a bad
 * configuration fails at start with a clear message instead of misbehaving later.
 * The schema itself is in env-schema.mjs (plain JavaScript, so next.config.mjs checks it too).
 */
export type Env = z.infer<typeof envSchema>;

function loadEnv(): Env {
  return parseEnv(process.env);
}

export const env: Env = loadEnv();

/** Parses "5/10m" into a count and a window in seconds. */
export function parseRateLimit(spec: string): { points: number; durationSeconds: number } {
  const match = rateLimitPattern.exec(spec);
  if (!match) throw new Error(`Invalid rate limit: ${spec}`);
  const unitSeconds = { s: 1, m: 60, h: 3600, d: 86400 } as const;
  const [, points, amount, unit] = match;
  return {
    points: Number(points),
    durationSeconds: Number(amount) * unitSeconds[unit as keyof typeof unitSeconds],
  };
}

export const isProduction = env.NODE_ENV === "production";
