import path from "node:path";
import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import type { Locale } from "@/lib/i18n/messages";
import { processTerm, tokenize } from "./analyzer";
import type { SearchDocument } from "./documents";

/**
 * The search index of one language: MiniSearch over the documents' title, headings and text, with
 * the documents themselves (for result titles, addresses and passages). Built once at build time
 * (scripts/search-index.ts writes `.next/search-index/<language>.json`) and loaded once per
 * server process; searching it is a pure function (search.ts).
 */
export interface SearchIndex {
  language: Locale;
  miniSearch: MiniSearch<SearchDocument>;
  documents: ReadonlyMap<string, SearchDocument>;
}

/** What a serialized index holds; `version` changes whenever the shape or the analyzer does. */
export interface SerializedIndex {
  format: typeof indexFormat;
  language: Locale;
  documents: SearchDocument[];
  index: AsPlainObject;
}

export const indexFormat = "shamynds-search-1";

/** Title above headings above body text. */
export const fieldBoosts = { title: 4, headings: 2, text: 1 } as const;

function options(language: Locale): Options<SearchDocument> {
  return {
    idField: "url",
    fields: Object.keys(fieldBoosts),
    extractField: (document, field) => {
      if (field === "text") return document.sentences.join(" ");
      if (field === "headings") return document.headings.join(" ");
      return field === "title" ? document.title : document[field as keyof SearchDocument];
    },
    tokenize,
    processTerm: (term) => processTerm(term, language),
  };
}

export function buildIndex(documents: SearchDocument[], language: Locale): SearchIndex {
  const miniSearch = new MiniSearch(options(language));
  miniSearch.addAll(documents);
  return { language, miniSearch, documents: new Map(documents.map((document) => [document.url, document])) };
}

export function serializeIndex(index: SearchIndex): string {
  const serialized: SerializedIndex = {
    format: indexFormat,
    language: index.language,
    documents: [...index.documents.values()],
    index: index.miniSearch.toJSON(),
  };
  return JSON.stringify(serialized);
}

/** Reads an index written by serializeIndex; `where` names its file in the error if it is not one. */
export function loadIndex(json: string, language: Locale, where: string): SearchIndex {
  const data = JSON.parse(json) as Partial<SerializedIndex>;
  if (data.format !== indexFormat || data.language !== language || !Array.isArray(data.documents) || !data.index) {
    throw new Error(
      `${where} is not a ${language} search index of format ${indexFormat} (found ${String(data.format)}, ${String(data.language)}): run npm run build`,
    );
  }
  return {
    language,
    miniSearch: MiniSearch.loadJS(data.index, options(language)),
    documents: new Map(data.documents.map((document) => [document.url, document])),
  };
}

/** Where the build writes the index of a language (scripts/search-index.ts), inside `.next`. */
export function searchIndexFile(nextDir: string, language: Locale): string {
  return path.join(nextDir, "search-index", `${language}.json`);
}
