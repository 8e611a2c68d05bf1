/** Runs after `next build` (see lib/build/server-actions.ts); exits 1, saying what it expected, if the build output changed shape. */
import path from "node:path";
import { recordKnownActions, ServerActionsBuildError } from "../lib/build/server-actions";

try {
  const known = recordKnownActions(path.join(process.cwd(), ".next"));
  console.log(
    `Server actions: ${known.ids.length} known; the consultation form's is recorded for forms from earlier releases.`,
  );
} catch (error) {
  console.error(error instanceof ServerActionsBuildError ? error.message : error);
  process.exit(1);
}
