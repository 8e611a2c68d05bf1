import type { Element, Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { describe, expect, it } from "vitest";
import { linkCitations, linkGlossaryTerms } from "./body-links";

const paragraph = (...children: Root["children"]): Root => ({ type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: children as Element["children"] }] });
const text = (value: string) => ({ type: "text" as const, value });

/** The tree as the site renders it (hast-util-to-jsx-runtime, then React's HTML). */
const toHtml = (tree: Root) => renderToStaticMarkup(toJsxRuntime(tree, { Fragment, jsx, jsxs }));

describe("linkCitations", () => {
  it("turns [1] and [1, 2] into links to the references, each with an id to come back to", () => {
    const tree = linkCitations(paragraph(text("First trial [1]. Later [1, 2]. Not [9].")), 2, (n) => `Reference ${n}`);
    expect(toHtml(tree)).toBe(
      '<p>First trial <sup class="citation">[<a href="#ref-1" id="cite-1" aria-label="Reference 1">1</a>]</sup>. Later <sup class="citation">[<a href="#ref-1" id="cite-1-2" aria-label="Reference 1">1</a>, <a href="#ref-2" id="cite-2" aria-label="Reference 2">2</a>]</sup>. Not [9].</p>',
    );
  });
});

describe("linkGlossaryTerms", () => {
  const entries = [
    { id: "nmda-receptor", en: { term: "NMDA receptor", also: ["NMDA receptors"], definition: "d" }, es: { term: "receptor NMDA", definition: "d" } },
    { id: "esketamine", en: { term: "esketamine", definition: "d" } },
  ];

  it("links only the first use of each term, never inside headings or links", () => {
    const tree: Root = {
      type: "root",
      children: [
        { type: "element", tagName: "h2", properties: {}, children: [text("NMDA receptors")] },
        { type: "element", tagName: "p", properties: {}, children: [text("Ketamine blocks NMDA receptors. Esketamine too. NMDA receptors again.")] },
      ],
    };
    expect(toHtml(linkGlossaryTerms(tree, entries, "en", "/glossary"))).toBe(
      '<h2>NMDA receptors</h2><p>Ketamine blocks <a href="/glossary#nmda-receptor" class="glossary-term">NMDA receptors</a>. <a href="/glossary#esketamine" class="glossary-term">Esketamine</a> too. NMDA receptors again.</p>',
    );
  });

  it("uses the page's language only", () => {
    const tree = linkGlossaryTerms(paragraph(text("El receptor NMDA y la esketamine.")), entries, "es", "/es/glosario");
    expect(toHtml(tree)).toBe('<p>El <a href="/es/glosario#nmda-receptor" class="glossary-term">receptor NMDA</a> y la esketamine.</p>');
  });
});
