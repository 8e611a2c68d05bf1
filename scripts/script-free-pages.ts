/** Runs after `next build` (see lib/build/script-free-pages.ts); exits 1, naming each route, if a page cannot be made a document. */
import path from "node:path";
import { makePrerenderedPagesScriptFree, ScriptFreeBuildError } from "../lib/build/script-free-pages";

try {
  const report = makePrerenderedPagesScriptFree(path.join(process.cwd(), ".next"));
  console.log(
    `Script-free pages: ${report.routes.length} prerendered pages served without JavaScript (${Math.round(report.bytesRemoved / 1024)} kB of scripts and payload removed).`,
  );
} catch (error) {
  console.error(error instanceof ScriptFreeBuildError ? error.message : error);
  process.exit(1);
}
