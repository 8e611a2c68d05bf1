// Checks the environment (and, with "start", that SITE_URL matches the build) before `next start`
// opens its port: `next start` itself prints "Ready" before it loads next.config.mjs.
// Plain JavaScript: production servers may be installed without devDependencies (no tsx).
import path from "node:path";
import { preflight } from "../lib/launch/preflight.mjs";

preflight({ server: process.argv[2] === "start", projectDir: path.resolve(import.meta.dirname, "..") });
