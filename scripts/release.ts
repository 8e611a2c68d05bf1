// npm run release [-- --ref <git ref>] [--by <name>] | rollback | status
// Builds a release beside the live one and switches to it in one step (lib/release/release.ts).
import os from "node:os";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { release, rollback, status } from "@/lib/release/release";
import { releaseSettings } from "@/lib/release/settings";
import { StepError } from "@/lib/release/steps";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { ref: { type: "string" }, by: { type: "string" } },
});
const command = positionals[0] ?? "release";
const settings = releaseSettings(env);
const by = values.by ?? os.userInfo().username;
const report = (line: string) => console.log(line);
const started = Date.now();

try {
  if (command === "status") {
    console.log(status(settings));
  } else if (command === "rollback") {
    await rollback(settings, { by, report });
  } else if (command === "release") {
    await release(settings, { ref: values.ref, by, report });
  } else {
    console.error(`Unknown command "${command}". Use: npm run release [-- --ref <ref>] | rollback | status`);
    process.exit(2);
  }
  if (command !== "status") console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  const [what, why] =
    error instanceof StepError
      ? [error.step, error.reason]
      : ["release", error instanceof Error ? error.message : error];
  console.error(`\nRelease stopped at "${what}": nothing was switched, the live site is unchanged.\n${why}`);
  process.exit(1);
}
