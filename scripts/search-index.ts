/**
 * Runs after `next build` and the script-free step (npm run build): writes the search index of
 * each language to `.next/search-index/<language>.json` (`next build` recreates .next, so it comes
 * after), and checks that each prerendered search page is the template the search route fills in
 * (lib/search/template.ts). Exits 1 naming what is wrong; prints the time and sizes.
 *
 * Documents made from unchanged files are reused from the previous run
 * (node_modules/.cache/shamynds/search-documents.json, like content:check's cache): a rebuild
 * parses only what changed. The cache is dropped whenever the code that makes documents changes.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// Content is read as the production server reads it (no drafts, errors fail).
Object.assign(process.env, { NODE_ENV: "production" });
const { locales } = await import("../lib/i18n/messages");
const { searchPaths } = await import("../lib/i18n/paths");
const { prerenderedHtmlFile } = await import("../lib/build/script-free-pages");
const { cacheDir } = await import("../lib/content/check");
const { searchDocuments } = await import("../lib/search/documents");
const { buildIndex, serializeIndex, searchIndexFile } = await import("../lib/search/index");
const { compileSearchTemplate } = await import("../lib/search/template");
type SearchDocument = import("../lib/search/documents").SearchDocument;

const root = process.cwd();
const nextDir = path.join(root, ".next");
const cacheFile = path.join(cacheDir, "search-documents.json");
const version = createHash("sha256")
  .update(
    ["lib/search/documents.ts", "lib/seo/faq.ts", "lib/content/mdx.ts", "lib/content/mdx-components.ts"]
      .map((file) => readFileSync(path.join(root, file), "utf8"))
      .join("\0"),
  )
  .digest("hex");
const previous = readCache();
const next = new Map<string, SearchDocument[]>();

const problems: string[] = [];
const lines: string[] = [];
const started = performance.now();
for (const language of locales) {
  try {
    const page = prerenderedHtmlFile(nextDir, searchPaths[language]);
    compileSearchTemplate(readFileSync(page, "utf8"), page);
    const begun = performance.now();
    const documents = searchDocuments(language, { previous, next });
    const file = searchIndexFile(nextDir, language);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, serializeIndex(buildIndex(documents, language)));
    lines.push(
      `${language}: ${documents.length} documents, ${Math.round(statSync(file).size / 1024)} kB, ${Math.round(performance.now() - begun)} ms`,
    );
  } catch (error) {
    problems.push(`${language}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (problems.length > 0) {
  console.error(`Search index: the build cannot serve search:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
writeCache();
const reused = [...next.keys()].filter((key) => previous.has(key)).length;
console.log(
  `Search index: ${lines.join("; ")} (${Math.round(performance.now() - started)} ms in all, ${reused} of ${next.size} files unchanged since the last build; .next/search-index/).`,
);

function readCache(): Map<string, SearchDocument[]> {
  try {
    const data = JSON.parse(readFileSync(cacheFile, "utf8")) as {
      version?: string;
      entries?: Record<string, SearchDocument[]>;
    };
    return data.version === version && data.entries ? new Map(Object.entries(data.entries)) : new Map();
  } catch {
    return new Map();
  }
}

/** Written to a new file then renamed: never a half-written cache, and never through a hard link to another copy's. */
function writeCache() {
  try {
    if (!existsSync(cacheDir)) mkdirSync(cacheDir, { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ version, entries: Object.fromEntries(next) }));
    renameSync(partial, cacheFile);
  } catch {
    // Only a cache: the next build parses every file again.
  }
}
