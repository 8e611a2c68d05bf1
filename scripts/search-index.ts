/**
 * Runs after `next build` and the script-free step (npm run build): writes the search index of
 * each language to `.next/search-index/<language>.json` (`next build` recreates .next, so it comes
 * after), and checks that each prerendered search page is the template the search route fills in
 * (lib/search/template.ts). Exits 1 naming what is wrong; prints the time and sizes.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// Content is read as the production server reads it (no drafts, errors fail).
Object.assign(process.env, { NODE_ENV: "production" });
const { locales } = await import("../lib/i18n/messages");
const { searchPaths } = await import("../lib/i18n/paths");
const { prerenderedHtmlFile } = await import("../lib/build/script-free-pages");
const { searchDocuments } = await import("../lib/search/documents");
const { buildIndex, serializeIndex, searchIndexFile } = await import("../lib/search/index");
const { compileSearchTemplate } = await import("../lib/search/template");

const nextDir = path.join(process.cwd(), ".next");
const problems: string[] = [];
const lines: string[] = [];
const started = performance.now();
for (const language of locales) {
  try {
    const page = prerenderedHtmlFile(nextDir, searchPaths[language]);
    compileSearchTemplate(readFileSync(page, "utf8"), page);
    const begun = performance.now();
    const documents = searchDocuments(language);
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
console.log(
  `Search index: ${lines.join("; ")} (${Math.round(performance.now() - started)} ms in all, .next/search-index/).`,
);
