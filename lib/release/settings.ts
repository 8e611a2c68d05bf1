import path from "node:path";
import type { Env } from "@/lib/env";

/** How `npm run release` is set up on this machine (RELEASE_* in lib/env-schema.mjs). */
export type ReleaseSettings = {
  /** The git checkout releases are built from (where the command runs). */
  checkout: string;
  root: string;
  ports: [number, number];
  keep: number;
  processes: "child" | "systemd";
  /** Shell command that makes nginx re-read the upstream file; unset = no proxy in front. */
  reload?: string;
  drainMs: number;
  /** The shared data folder, absolute: every release and slot uses the same one. */
  dataDir: string;
};

export function releaseSettings(env: Env, checkout = process.cwd()): ReleaseSettings {
  const [first, second] = env.RELEASE_PORTS.split(",").map(Number) as [number, number];
  return {
    checkout,
    root: path.resolve(checkout, env.RELEASE_ROOT),
    ports: [first, second],
    keep: env.RELEASE_KEEP,
    processes: env.RELEASE_PROCESS,
    reload: env.RELEASE_RELOAD,
    drainMs: env.RELEASE_DRAIN_S * 1000,
    dataDir: path.resolve(checkout, env.DATA_DIR),
  };
}
