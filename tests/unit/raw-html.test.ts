import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MdxBody } from "@/components/mdx/mdx-body";
import { compileMdx, parseMdx } from "@/lib/content/mdx";

/** What content:check says about a body, and what the page would show if the check were skipped. */
async function both(body: string) {
  const compiled = await compileMdx(body);
  const html = renderToStaticMarkup(createElement(MdxBody, { tree: compiled.hast }));
  return { rules: parseMdx(body).findings.map((finding) => `${finding.line}:${finding.rule}`), html };
}

describe("raw HTML by allow-list", () => {
  it.each([
    ['<span onmouseover="steal()">hover</span>', "onmouseover"],
    ['<abbr title="x" onclick="steal()">A</abbr>', "onclick"],
    ['<abbr title="x" onClick="steal()">A</abbr>', "onclick"],
    ['<abbr title="x" onfocus="steal()">A</abbr>', "onfocus"],
  ])("refuses the event handler in %s, and it never reaches the page", async (body, attribute) => {
    const { rules, html } = await both(body);
    expect(rules).toEqual(["1:html/event-handler"]);
    expect(html.toLowerCase()).not.toContain(attribute);
    expect(html).not.toContain("steal");
  });

  it("refuses style, and the overlay never reaches the page", async () => {
    const { rules, html } = await both('<span style="position:fixed;inset:0">x</span>');
    expect(rules).toEqual(["1:html/style"]);
    expect(html).not.toContain("style");
    expect(html).not.toContain("position");
  });

  it("refuses an attribute an allowed element does not support (class, id, data-*)", async () => {
    const { rules, html } = await both('<abbr title="t" class="fixed inset-0" id="x" data-x="1">A</abbr>');
    expect(rules).toEqual(["1:html/attribute", "1:html/attribute", "1:html/attribute"]);
    expect(html).toContain('<abbr title="t">A</abbr>');
  });

  it.each([
    ["<script>alert(1)</script>", "alert"],
    ['<iframe src="https://example.org/"></iframe>', "iframe"],
    ['<object data="x.swf"></object>', "object"],
    ['<embed src="x.swf" />', "embed"],
    ["<style>{'body{display:none}'}</style>", "display"],
    ['<form action="https://example.org/"><input name="email" /><button>Send</button></form>', "form"],
    ['<input type="text" name="email" />', "input"],
    ['<button type="submit">Send</button>', "button"],
    ['<link rel="stylesheet" href="https://example.org/x.css" />', "stylesheet"],
    ['<meta http-equiv="refresh" content="0;url=https://example.org" />', "refresh"],
    ['<div class="fixed">x</div>', "fixed"],
  ])("refuses %s, and it never reaches the page", async (body, trace) => {
    const { rules, html } = await both(body);
    expect(rules).toContain("1:html/element");
    expect(html).not.toContain(trace);
  });

  it.each(["javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "file:///etc/passwd"])(
    "refuses the link scheme of %s, and the page shows the text without the link",
    async (url) => {
      for (const body of [`[click](${url})`, `<a href="${url}">click</a>`]) {
        const { rules, html } = await both(body);
        expect(rules, body).toContain("1:" + (body.startsWith("[") ? "link/scheme" : "html/element"));
        expect(html, body).not.toContain(url.slice(0, 8));
      }
    },
  );

  it("keeps what the site supports", async () => {
    const { rules, html } = await both(
      'H<sub>2</sub>O, <abbr title="Food and Drug Administration">FDA</abbr>, <kbd>Ctrl</kbd>, line<br />break, [mail](mailto:a@b.org), [call](tel:+1916)',
    );
    expect(rules).toEqual([]);
    expect(html).toContain("H<sub>2</sub>O");
    expect(html).toContain('<abbr title="Food and Drug Administration">FDA</abbr>');
    expect(html).toContain("<kbd>Ctrl</kbd>");
    expect(html).toContain("line<br/>break");
    expect(html).toContain('href="mailto:a@b.org"');
    expect(html).toContain('href="tel:+1916"');
  });
});
