/**
 * npm run launch:check [-- --send-test]: the checklist a person runs on the server before going
 * live (with the server's environment). Exits 1 on any error. Never prints a secret.
 */
import { env } from "@/lib/env";
import { runLaunchChecks } from "@/lib/launch/checks";

const results = await runLaunchChecks({
  env,
  projectRoot: process.cwd(),
  sendTest: process.argv.includes("--send-test"),
});
const mark = { ok: "✓", warning: "!", error: "✗" } as const;
let errors = 0;
for (const { title, lines } of results) {
  const failed = lines.filter((line) => line.status === "error").length;
  errors += failed;
  console.log(`\n${failed ? "✗" : "✓"} ${title}`);
  for (const line of lines) {
    console.log(`  ${mark[line.status]} ${line.message}`);
    if (line.fix) console.log(`      Fix: ${line.fix}`);
  }
}
console.log(errors ? `\n${errors} problems: not ready to launch.` : "\nReady to launch.");
// An exit code, not process.exit(): ending the process at once after a long output to a pipe cut
// its end off on a busy machine (a CI log lost the verdict line); this way it ends when all is written.
process.exitCode = errors ? 1 : 0;
