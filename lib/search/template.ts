import { parse, type DefaultTreeAdapterMap } from "parse5";
import { escapeHtml } from "@/lib/mail/escape-html";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/**
 * The prerendered search page (components/search/search-page.tsx) as a template: its elements
 * marked `data-search-slot` are found once, and each results page is the page's own bytes with a
 * few insertions at those places. No parsing and no React per request.
 */
export const searchSlots = ["query", "crisis", "status", "results", "suggestions"] as const;
export type SearchSlot = (typeof searchSlots)[number];

export interface SearchFill {
  /** The query as typed (escaped here), the value of the page's own search input. */
  query: string;
  /** Shows the crisis help (hidden on the template). */
  crisis: boolean;
  /** HTML for the status line and the results list (escaped by their maker). */
  statusHtml: string;
  resultsHtml: string;
  /** Keeps the suggestions (shown on the template); false hides them. */
  suggestions: boolean;
}

export type SearchTemplate = (fill: SearchFill) => string;

type Edit = { at: number; to: number; text: (fill: SearchFill) => string };

export class SearchTemplateError extends Error {
  constructor(where: string, problems: string[]) {
    super(
      `The search page ${where} is not the template the search route expects (components/search/search-page.tsx):\n` +
        problems.map((problem) => `  - ${problem}`).join("\n"),
    );
    this.name = "SearchTemplateError";
  }
}

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  const children =
    "content" in node && node.content ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

/** Compiles a search page's HTML; `where` names it in errors. Throws listing every missing or wrong slot. */
export function compileSearchTemplate(html: string, where: string): SearchTemplate {
  const found = new Map<string, Element[]>();
  for (const element of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    const slot = element.attrs.find((attr) => attr.name === "data-search-slot")?.value;
    if (slot !== undefined) found.set(slot, [...(found.get(slot) ?? []), element]);
  }
  const problems: string[] = [];
  const slot = (name: SearchSlot): Element | undefined => {
    const list = found.get(name) ?? [];
    if (list.length !== 1) problems.push(`expected one element with data-search-slot="${name}", found ${list.length}`);
    return list.length === 1 ? list[0] : undefined;
  };
  const edits: Edit[] = [];
  /** Just before the ">" (or "/>") that ends an element's start tag. */
  const beforeStartTagEnd = (element: Element) => {
    const end = (element.sourceCodeLocation?.startTag ?? element.sourceCodeLocation)?.endOffset ?? 0;
    return html.slice(0, end).endsWith("/>") ? end - 2 : end - 1;
  };
  /** Inside an element that must be empty on the template. */
  const inside = (element: Element, name: SearchSlot) => {
    const location = element.sourceCodeLocation;
    if (!location?.startTag || !location.endTag || location.startTag.endOffset !== location.endTag.startOffset) {
      problems.push(`expected the data-search-slot="${name}" element to be empty`);
      return 0;
    }
    return location.startTag.endOffset;
  };

  const query = slot("query");
  if (query) {
    if (query.tagName !== "input" || query.attrs.some((attr) => attr.name === "value"))
      problems.push(`expected data-search-slot="query" on an <input> without a value, found <${query.tagName}>`);
    const at = beforeStartTagEnd(query);
    edits.push({ at, to: at, text: (fill) => (fill.query ? ` value="${escapeHtml(fill.query)}"` : "") });
  }
  const crisis = slot("crisis");
  const hidden = crisis?.sourceCodeLocation?.attrs?.hidden;
  if (crisis && !hidden) problems.push(`expected the data-search-slot="crisis" element to be hidden`);
  if (hidden) {
    // The attribute with the space before it goes when the query suggests a crisis.
    const before = html[hidden.startOffset - 1] === " " ? 1 : 0;
    const original = html.slice(hidden.startOffset - before, hidden.endOffset);
    edits.push({
      at: hidden.startOffset - before,
      to: hidden.endOffset,
      text: (fill) => (fill.crisis ? "" : original),
    });
  }
  const status = slot("status");
  if (status) {
    const at = inside(status, "status");
    edits.push({ at, to: at, text: (fill) => fill.statusHtml });
  }
  const results = slot("results");
  if (results) {
    const at = inside(results, "results");
    edits.push({ at, to: at, text: (fill) => fill.resultsHtml });
  }
  const suggestions = slot("suggestions");
  if (suggestions) {
    if (suggestions.attrs.some((attr) => attr.name === "hidden"))
      problems.push(`expected the data-search-slot="suggestions" element to be shown on the template`);
    const at = beforeStartTagEnd(suggestions);
    edits.push({ at, to: at, text: (fill) => (fill.suggestions ? "" : " hidden") });
  }
  if (problems.length > 0) throw new SearchTemplateError(where, problems);

  // The page as fixed pieces between the edits, worked out once.
  edits.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let position = 0;
  for (const edit of edits) {
    pieces.push(html.slice(position, edit.at));
    position = edit.to;
  }
  pieces.push(html.slice(position));
  return (fill) => {
    let out = pieces[0]!;
    edits.forEach((edit, i) => {
      out += edit.text(fill) + pieces[i + 1]!;
    });
    return out;
  };
}
