// @ts-check
import path from "node:path";
import { parseEnv } from "../env-schema.mjs";
import { buildMismatch } from "./build-record.mjs";

/**
 * The checks a process makes before it builds or serves anything: the environment is valid
 * (lib/env-schema.mjs, the messages name each variable), and a production server's SITE_URL is
 * the one its build was made for. On failure: the message on stderr and exit code 1.
 * Plain JavaScript, run by next.config.mjs (every `next` command) and by scripts/preflight.mjs
 * (`npm start` and the systemd unit, so the refusal comes before the port is even opened).
 * @param {{ server: boolean, projectDir: string, distDir?: string }} options
 */
export function preflight({ server, projectDir, distDir = ".next" }) {
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  if (server) {
    const problem = buildMismatch(path.join(projectDir, distDir), env.SITE_URL, Boolean(process.env.SITE_URL));
    if (problem) {
      console.error(`\nRefusing to start:\n${problem}\n`);
      process.exit(1);
    }
  }
  return env;
}
