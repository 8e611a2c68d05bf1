/**
 * Build step: a build for a public address (SITE_URL https on a real domain) fails while any
 * placeholder remains in content/; a local build prints one summary line and goes on.
 * `--content <dir>` scans another folder (tests).
 */
import path from "node:path";
import { env } from "@/lib/env";
import { formatPlaceholder, scanForPlaceholders } from "@/lib/launch/placeholders";
import { isPublicAddress } from "@/lib/launch/public-address";

const contentFlag = process.argv.indexOf("--content");
const contentRoot =
  contentFlag > 0 ? path.resolve(process.argv[contentFlag + 1] ?? "content") : path.resolve("content");
const found = scanForPlaceholders(contentRoot);

if (found.length === 0) {
  console.log("No placeholders remain.");
} else if (isPublicAddress(env.SITE_URL)) {
  console.error(`${found.map(formatPlaceholder).join("\n")}\n`);
  console.error(
    `${found.length} placeholders remain, and SITE_URL=${env.SITE_URL} is a public address: this build would publish them.\n` +
      "Replace each one (see above, or run npm run launch:check), then build again.",
  );
  process.exit(1);
} else {
  console.log(`${found.length} placeholders remain — see npm run launch:check`);
}
