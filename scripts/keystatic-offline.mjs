// Runs after every `npm install`/`npm ci` (package.json "postinstall"). Keystatic's editor adds a
// Google Fonts stylesheet link to its page; the studio's policy would block it, but the browser
// would still attempt it, and no request of the studio may leave the machine. This removes the
// link from Keystatic's built UI (it falls back to the system font). Idempotent. If Keystatic
// changes where or how it adds the link, this stops the install, naming what it expected.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const file = path.join(import.meta.dirname, "..", "node_modules", "@keystatic", "core", "dist", "keystatic-core-ui.js");
const link =
  /\/\*#__PURE__\*\/jsx\("link", \{\s*href: "https:\/\/fonts\.googleapis\.com\/css2\?family=Inter:wght@400;500;600;700&display=swap",\s*rel: "stylesheet"\s*\}\)/;
const removed = "null /* Google Fonts link removed by scripts/keystatic-offline.mjs */";

if (!existsSync(file)) {
  // Keystatic is not installed (e.g. a production install of the public site only): nothing to do.
  process.exit(0);
}
const source = readFileSync(file, "utf8");
if (source.includes(removed)) process.exit(0);
if (!link.test(source)) {
  console.error(
    `scripts/keystatic-offline.mjs: expected Keystatic's Google Fonts <link> in ${file} and did not find it.\n` +
      "Keystatic changed: find where its UI loads fonts now and remove that request, or the studio will ask Google for fonts.",
  );
  process.exit(1);
}
writeFileSync(file, source.replace(link, removed));
if (/fonts\.googleapis|fonts\.gstatic/.test(readFileSync(file, "utf8"))) {
  console.error(`scripts/keystatic-offline.mjs: ${file} still names Google Fonts after the patch.`);
  process.exit(1);
}
