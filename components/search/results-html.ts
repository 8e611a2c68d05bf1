import { t, type Locale } from "@/lib/i18n/messages";
import { escapeHtml } from "@/lib/mail/escape-html";
import type { SearchOutcome, SearchResult } from "@/lib/search/search";

/**
 * The markup of search results, as HTML text: the search route fills the prerendered search page
 * with it (React cannot render in a route handler, and the page must stay a document without
 * JavaScript). Every value is escaped; the classes are ordinary Tailwind classes (this file is
 * scanned like the components around it). The one place results are drawn.
 */
export function resultsHtml(results: SearchResult[], locale: Locale): string {
  if (results.length === 0) return "";
  return `<ol class="mt-4 space-y-6">${results.map((result) => resultHtml(result, locale)).join("")}</ol>`;
}

function resultHtml(result: SearchResult, locale: Locale): string {
  const kind = t(locale).search.kinds[result.kind];
  const passage = result.passage
    .map((segment) =>
      segment.marked
        ? `<mark class="rounded-sm bg-brand-100 px-0.5 text-ink">${escapeHtml(segment.text)}</mark>`
        : escapeHtml(segment.text),
    )
    .join("");
  const url = escapeHtml(result.url);
  return (
    `<li class="border-b border-sand-200 pb-6">` +
    `<p class="text-sm font-semibold tracking-wide text-ink-muted uppercase">${escapeHtml(kind)}</p>` +
    `<h2 class="mt-1 text-xl leading-snug font-bold"><a class="text-brand-800 underline underline-offset-2 hover:text-brand-900" href="${url}">${escapeHtml(result.title)}</a></h2>` +
    (passage ? `<p class="mt-2 text-lg text-ink">${passage}</p>` : "") +
    `<p class="mt-1 text-sm break-all text-ink-muted">${url}</p>` +
    `</li>`
  );
}

/** The line above the results: how many, for what; or that nothing matched. Escaped text. */
export function statusHtml(outcome: SearchOutcome, query: string, locale: Locale): string {
  const words = t(locale).search;
  if (outcome.total === 0) return escapeHtml(words.noResults(query));
  if (outcome.results.length < outcome.total)
    return escapeHtml(words.firstResults(outcome.results.length, outcome.total, query));
  return escapeHtml(words.results(outcome.total, query));
}
