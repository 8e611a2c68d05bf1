import { describe, expect, it } from "vitest";
import { resultsHtml, statusHtml } from "@/components/search/results-html";
import { compileSearchTemplate, SearchTemplateError, type SearchFill } from "./template";

const page = (extra = "") =>
  `<!DOCTYPE html><html><body><form><input id="q" name="q" data-search-slot="query"/></form>` +
  `<section data-search-slot="crisis" hidden="" class="mt-8"><p>Call 988</p></section>` +
  `<p data-search-slot="status" class="x"></p><div data-search-slot="results"></div>` +
  `<section data-search-slot="suggestions" class="mt-8"><a href="/faq">FAQ</a></section>${extra}</body></html>`;

const empty: SearchFill = { query: "", crisis: false, statusHtml: "", resultsHtml: "", suggestions: true };

describe("the search page template", () => {
  it("gives the page unchanged for the empty search", () => {
    expect(compileSearchTemplate(page(), "test")(empty)).toBe(page());
  });

  it("fills the value (escaped), shows the crisis help, the status and results, hides the suggestions", () => {
    const html = compileSearchTemplate(
      page(),
      "test",
    )({
      query: `a"><script>`,
      crisis: true,
      statusHtml: "2 results",
      resultsHtml: "<ol><li>one</li></ol>",
      suggestions: false,
    });
    expect(html).toContain(`<input id="q" name="q" data-search-slot="query" value="a&quot;&gt;&lt;script&gt;"/>`);
    expect(html).toContain(`<section data-search-slot="crisis" class="mt-8">`);
    expect(html).toContain(`<p data-search-slot="status" class="x">2 results</p>`);
    expect(html).toContain(`<div data-search-slot="results"><ol><li>one</li></ol></div>`);
    expect(html).toContain(`<section data-search-slot="suggestions" class="mt-8" hidden>`);
  });

  it("refuses a page without its slots, naming each problem", () => {
    const broken = page().replace(` hidden=""`, "").replace(`data-search-slot="results"`, "");
    expect(() => compileSearchTemplate(broken, ".next/server/app/search.html")).toThrow(SearchTemplateError);
    expect(() => compileSearchTemplate(broken, ".next/server/app/search.html")).toThrow(
      /search.html[\s\S]*crisis" element to be hidden[\s\S]*data-search-slot="results", found 0/,
    );
  });
});

describe("the results markup", () => {
  it("escapes titles, passages, addresses and the query", () => {
    const html = resultsHtml(
      [
        {
          url: `/faq#a"b`,
          kind: "faq",
          title: "<b>Title</b>",
          passage: [
            { text: "before <i> ", marked: false },
            { text: "ketamine", marked: true },
          ],
        },
      ],
      "en",
    );
    expect(html).toContain(`href="/faq#a&quot;b"`);
    expect(html).toContain("&lt;b&gt;Title&lt;/b&gt;");
    expect(html).toContain(`before &lt;i&gt; <mark class="rounded-sm bg-brand-100 px-0.5 text-ink">ketamine</mark>`);
    expect(html).not.toContain("<b>");
    expect(statusHtml({ total: 0, results: [] }, "<x>", "es")).toBe("Nada en nuestro sitio coincide con «&lt;x&gt;».");
    expect(resultsHtml([], "en")).toBe("");
  });
});
