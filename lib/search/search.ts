import type { Locale } from "@/lib/i18n/messages";
import { foldAccents, processTerm, tokenize, words } from "./analyzer";
import type { DocumentKind, SearchDocument } from "./documents";
import { fieldBoosts, type SearchIndex } from "./index";

/** A piece of a passage; `marked` pieces are the words the query matched. */
export interface Segment {
  text: string;
  marked: boolean;
}

export interface SearchResult {
  url: string;
  kind: DocumentKind;
  title: string;
  /** The best sentence(s) around the matched words, about 200 characters. */
  passage: Segment[];
}

export interface SearchOutcome {
  /** How many documents matched (more than `results` holds when over the limit). */
  total: number;
  results: SearchResult[];
}

/** Results shown on one page: a person refines the query rather than reading the 40th. */
export const resultLimit = 20;

/**
 * The documents matching a query, best first: every word must match (a word in a title counts
 * most, then headings, then text; the last word may be the start of one, long words may have a
 * typo), or, when nothing has every word, any word. A pure function of the index and the query.
 */
export function search(index: SearchIndex, query: string, { limit = resultLimit } = {}): SearchOutcome {
  // Each distinct word once, at most 12 of them: a word repeated or a pasted paragraph costs no more.
  const distinct = [...new Set(tokenize(query).map((word) => foldAccents(word.toLowerCase())))];
  const terms = distinct.slice(0, maxQueryWords).join(" ");
  if (terms === "") return { total: 0, results: [] };
  const run = (combineWith: "AND" | "OR") =>
    index.miniSearch.search(terms, {
      combineWith,
      boost: fieldBoosts,
      prefix: (term, i, all) => i === all.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    });
  let hits = run("AND");
  if (hits.length === 0) hits = run("OR");
  const results = hits.slice(0, limit).flatMap((hit): SearchResult[] => {
    const document = index.documents.get(String(hit.id));
    if (!document) return [];
    return [
      {
        url: document.url,
        kind: document.kind,
        title: document.title,
        passage: passage(document, new Set(hit.terms), index.language, hit.queryTerms.length),
      },
    ];
  });
  return { total: hits.length, results };
}

/** Words of a query that are searched for; the rest of a long query is ignored. */
export const maxQueryWords = 12;

const passageTarget = 200;
const sentenceBudget = 30;
const passageMax = 260;

/**
 * The sentence with the most distinct matched words (and the next ones while short), marked. The
 * first sentence with as many as the query had matching words wins at once (a word can match
 * several terms of a document: a typo, a prefix), and after 30 sentences the best so far does:
 * reading every sentence of a long article for a slightly better one costs more than it gives.
 */
export function passage(
  document: SearchDocument,
  matched: ReadonlySet<string>,
  language: Locale,
  enough = matched.size,
): Segment[] {
  const { sentences } = document;
  if (sentences.length === 0) return [];
  let best = 0;
  let bestScore = 0;
  const wanted = Math.min(enough, matched.size);
  for (let i = 0; i < sentences.length && bestScore < wanted && !(i >= sentenceBudget && bestScore > 0); i++) {
    const found = new Set<string>();
    for (const { word } of words(sentences[i]!)) {
      const term = processTerm(word, language);
      if (term && matched.has(term)) found.add(term);
    }
    if (found.size > bestScore) {
      best = i;
      bestScore = found.size;
    }
  }
  let text = sentences[best]!;
  for (let next = best + 1; next < sentences.length && text.length < passageTarget * 0.7; next++) {
    const longer = `${text} ${sentences[next]}`;
    if (longer.length > passageMax) break;
    text = longer;
  }
  return mark(window(text, matched, language), matched, language);
}

/** A long sentence cut to about 200 characters around its first matched word, at word boundaries. */
function window(text: string, matched: ReadonlySet<string>, language: Locale): string {
  if (text.length <= passageMax) return text;
  const all = [...words(text)];
  const first = all.find(({ word }) => matched.has(processTerm(word, language) ?? "")) ?? all[0];
  let start = Math.max(0, (first?.start ?? 0) - 60);
  start = start === 0 ? 0 : (all.find((w) => w.start >= start)?.start ?? 0);
  let end = Math.min(text.length, start + passageTarget);
  end = end === text.length ? end : ([...all].reverse().find((w) => w.end <= end)?.end ?? end);
  return `${start > 0 ? "… " : ""}${text.slice(start, end)}${end < text.length ? " …" : ""}`;
}

function mark(text: string, matched: ReadonlySet<string>, language: Locale): Segment[] {
  const segments: Segment[] = [];
  const push = (piece: string, marked: boolean) => {
    if (piece === "") return;
    const last = segments.at(-1);
    if (last && last.marked === marked && !marked) last.text += piece;
    else segments.push({ text: piece, marked });
  };
  let position = 0;
  for (const { word, start, end } of words(text)) {
    const term = processTerm(word, language);
    if (!term || !matched.has(term)) continue;
    push(text.slice(position, start), false);
    push(word, true);
    position = end;
  }
  push(text.slice(position), false);
  return segments;
}
