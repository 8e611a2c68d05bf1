import type { Element, ElementContent, Root, Text } from "hast";
import { spellingPattern, spellings, type GlossaryEntry, type GlossaryLanguage } from "./glossary-schema";
import { citationMarker, citedNumbers } from "./rules/references";

/*
 * Links added to an article's compiled body (after sanitizing, by our own code): citation
 * markers [1] to the references list, and the first use of each glossary term to its entry.
 * Staff write neither link by hand; the page stays plain HTML (no script).
 */

type Parent = Root | Element;

/** Elements whose text is never linked: links themselves, headings, code. */
const skipped = new Set(["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre"]);

/** Calls `replace` on every text node outside skipped elements, in reading order. */
function eachText(parent: Parent, replace: (text: Text) => ElementContent[] | undefined) {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index]!;
    if (child.type === "element") {
      if (!skipped.has(child.tagName)) eachText(child, replace);
    } else if (child.type === "text") {
      const replacement = replace(child);
      if (replacement) {
        parent.children.splice(index, 1, ...(replacement as typeof parent.children));
        index += replacement.length - 1;
      }
    }
  }
}

const text = (value: string): Text => ({ type: "text", value });

/** The id of the reference list item and of the n-th marker that cites it. */
export const referenceId = (n: number) => `ref-${n}`;
export const citationId = (n: number, occurrence: number) => (occurrence === 1 ? `cite-${n}` : `cite-${n}-${occurrence}`);

/**
 * [1], [1, 3] and [2–4] become superscript links to #ref-n (each marker with an id, so the list
 * can link back to it). Numbers outside 1…count stay as written (content:check reports them).
 */
export function linkCitations(tree: Root, count: number, label: (n: number) => string): Root {
  const seen = new Map<number, number>();
  eachText(tree, (node) => {
    const matches = [...node.value.matchAll(citationMarker)];
    if (matches.length === 0) return undefined;
    const out: ElementContent[] = [];
    let last = 0;
    for (const match of matches) {
      const numbers = citedNumbers(match[1]!);
      if (numbers.length === 0 || numbers.some((n) => n < 1 || n > count)) continue;
      out.push(text(node.value.slice(last, match.index)));
      const links: ElementContent[] = [text("[")];
      numbers.forEach((n, position) => {
        const occurrence = (seen.get(n) ?? 0) + 1;
        seen.set(n, occurrence);
        if (position > 0) links.push(text(", "));
        links.push({
          type: "element",
          tagName: "a",
          properties: { href: `#${referenceId(n)}`, id: citationId(n, occurrence), ariaLabel: label(n) },
          children: [text(String(n))],
        });
      });
      links.push(text("]"));
      out.push({ type: "element", tagName: "sup", properties: { className: ["citation"] }, children: links });
      last = match.index + match[0].length;
    }
    if (last === 0) return undefined;
    out.push(text(node.value.slice(last)));
    return out.filter((child) => child.type !== "text" || child.value !== "");
  });
  return tree;
}

/** The first use of each glossary term (in the page's language) links to its entry on the glossary page. */
export function linkGlossaryTerms(tree: Root, entries: GlossaryEntry[], language: GlossaryLanguage, glossaryPath: string): Root {
  const pending = entries
    .filter((entry) => entry[language])
    .map((entry) => ({ id: entry.id, patterns: spellings(entry, language).map(spellingPattern) }));
  eachText(tree, (node) => {
    const out: ElementContent[] = [];
    let rest = node.value;
    let changed = false;
    for (;;) {
      let best: { index: number; length: number; id: string } | undefined;
      for (const entry of pending) {
        for (const pattern of entry.patterns) {
          const match = pattern.exec(rest);
          if (match && (!best || match.index < best.index)) best = { index: match.index, length: match[0].length, id: entry.id };
        }
      }
      if (!best) break;
      const found = best;
      pending.splice(
        pending.findIndex((entry) => entry.id === found.id),
        1,
      );
      out.push(text(rest.slice(0, found.index)));
      out.push({
        type: "element",
        tagName: "a",
        properties: { href: `${glossaryPath}#${found.id}`, className: ["glossary-term"] },
        children: [text(rest.slice(found.index, found.index + found.length))],
      });
      rest = rest.slice(found.index + found.length);
      changed = true;
    }
    if (!changed) return undefined;
    out.push(text(rest));
    return out.filter((child) => child.type !== "text" || child.value !== "");
  });
  return tree;
}
