import path from "node:path";
import { env } from "@/lib/env";

/**
 * Where the studio works: the git checkout it runs in (content/ and public/images/ are edited
 * there, and releases are built from it) and its own folder under DATA_DIR for accounts,
 * sessions, jobs and the audit log.
 */
export const studioCheckout = process.cwd();
export const studioDataDir = path.resolve(studioCheckout, env.DATA_DIR);
export const studioPort = env.STUDIO_PORT;
