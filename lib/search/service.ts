import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { prerenderedHtmlFile, withoutFrameworkScripts } from "@/lib/build/script-free-pages";
import { isProduction } from "@/lib/env";
import type { Locale } from "@/lib/i18n/messages";
import { searchPaths } from "@/lib/i18n/paths";
import { searchDocuments, type SearchDocument } from "./documents";
import { buildIndex, loadIndex, searchIndexFile, type SearchIndex } from "./index";
import { compileSearchTemplate, type SearchTemplate } from "./template";

/**
 * What the search route needs for one language: the index and the search page as a template.
 *
 * In production both are read once per process from the build (`.next/search-index/<language>.json`,
 * and the prerendered search page without its scripts, lib/build/script-free-pages.ts); a missing
 * or wrong file throws, naming the file expected. In `next dev` both are made per request (the
 * index from content/, the page fetched from the dev server itself and stripped of its scripts the
 * same way), so edits show at once.
 */
export interface SearchSetup {
  index: SearchIndex;
  template: SearchTemplate;
}

/** Something about the build the search route relies on does not hold: the message names it (never a query). */
export class SearchSetupError extends Error {
  override name = "SearchSetupError";
}

const loaded = new Map<Locale, SearchSetup>();

export async function searchSetup(language: Locale, requestUrl: string): Promise<SearchSetup> {
  if (!isProduction) return developmentSetup(language, requestUrl);
  const kept = loaded.get(language);
  if (kept) return kept;
  // turbopackIgnore: the build output of the folder the server runs in, read once at run time.
  const nextDir = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next");
  let setup: SearchSetup;
  try {
    const indexFile = searchIndexFile(nextDir, language);
    if (!existsSync(/*turbopackIgnore: true*/ indexFile))
      throw new Error(
        `expected the search index at ${indexFile} (written by scripts/search-index.ts in npm run build)`,
      );
    const pageFile = prerenderedHtmlFile(nextDir, searchPaths[language]);
    setup = {
      index: loadIndex(readFileSync(/*turbopackIgnore: true*/ indexFile, "utf8"), language, indexFile),
      template: compileSearchTemplate(readFileSync(/*turbopackIgnore: true*/ pageFile, "utf8"), pageFile),
    };
  } catch (error) {
    throw new SearchSetupError(error instanceof Error ? error.message : String(error));
  }
  loaded.set(language, setup);
  return setup;
}

const developmentDocuments: Record<Locale, ReadonlyMap<string, SearchDocument[]>> = { en: new Map(), es: new Map() };

async function developmentSetup(language: Locale, requestUrl: string): Promise<SearchSetup> {
  // The empty search page (no `q`, so not rewritten back here), as this dev server renders it now.
  const pageUrl = new URL(searchPaths[language], requestUrl);
  const response = await fetch(pageUrl, { cache: "no-store" });
  if (!response.ok)
    throw new SearchSetupError(`expected the search page at ${pageUrl.pathname}, got HTTP ${response.status}`);
  // Documents of unchanged files are kept between requests (the key is their whole text).
  const next = new Map<string, SearchDocument[]>();
  const documents = searchDocuments(language, { previous: developmentDocuments[language], next });
  developmentDocuments[language] = next;
  return {
    index: buildIndex(documents, language),
    template: compileSearchTemplate(withoutFrameworkScripts(await response.text()), pageUrl.pathname),
  };
}
