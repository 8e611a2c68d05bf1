// npm run studio: builds the staff studio (studio/, a Next.js app of its own) and serves it on
// 127.0.0.1:STUDIO_PORT, never on a public address: in production nginx's edit.<domain> block
// (deploy/nginx/studio.conf) puts TLS in front of it. Run it from the git checkout it edits.
import { spawn, spawnSync } from "node:child_process";
import { parseEnv } from "../lib/env-schema.mjs";

let env;
try {
  env = parseEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const next = "node_modules/next/dist/bin/next";

if (!process.argv.includes("--no-build")) {
  const build = spawnSync(process.execPath, [next, "build", "studio"], { stdio: "inherit" });
  if (build.status !== 0) {
    console.error("The studio could not be built (see above); it was not started.");
    process.exit(build.status ?? 1);
  }
}
const server = spawn(process.execPath, [next, "start", "studio", "-H", "127.0.0.1", "-p", String(env.STUDIO_PORT)], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
