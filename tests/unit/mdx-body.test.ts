import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MdxBody } from "@/components/mdx/mdx-body";
import { getClinic } from "@/lib/content/clinic";
import { compileMdx, endsWithConsultationCta } from "@/lib/content/mdx";

/** What a page shows for an MDX body: compiled as the build does, then rendered by React. */
async function render(body: string) {
  const compiled = await compileMdx(body);
  const page = renderToStaticMarkup(createElement(MdxBody, { tree: compiled.hast }));
  // The body without its <div class="prose"> wrapper.
  const html = page.replace(/^<div class="prose">/, "").replace(/<\/div>$/, "");
  return { html, findings: compiled.findings };
}

describe("MDX bodies as React server components", () => {
  it("renders Markdown with heading ids, anchor links and GFM tables in a scrolling region", async () => {
    const { html } = await render("## How it works\n\nSome **bold** text.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n");
    expect(html).toContain(
      '<h2 id="how-it-works"><a href="#how-it-works" class="heading-anchor">How it works</a></h2>',
    );
    expect(html).toContain("<p>Some <strong>bold</strong> text.</p>");
    expect(html).toMatch(/<div class="overflow-x-auto" tabindex="0" role="region" aria-label="Table"><table>/);
  });

  it("renders the allowed components with their attributes", async () => {
    const { html } = await render(
      '<Callout title="Before your first session">\n\nEat lightly.\n\n</Callout>\n\n<CrisisNote />',
    );
    expect(html).toMatch(
      /<aside class="not-prose[^"]*"><p class="[^"]*">Before your first session<\/p><div[^>]*><p>Eat lightly.<\/p><\/div><\/aside>/,
    );
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988"');
    expect(html).toContain('href="tel:911"');
  });

  it("renders FAQ items as closed <details> with the question as a heading and its id, and the call to action", async () => {
    const { html } = await render(
      '<Faq>\n<FaqItem question="Is it safe?">\n\nAsk us.\n\n</FaqItem>\n</Faq>\n\n<ConsultationCta />',
    );
    expect(html).toMatch(
      /<details id="is-it-safe" class="[^"]*"><summary class="[^"]*"><h2 class="[^"]*">Is it safe\?<\/h2>.*<\/summary><div class="prose[^"]*"><p>Ask us.<\/p><\/div><\/details>/,
    );
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(html).toContain('<a href="/consultation"');
  });

  it("knows when a body already ends with the consultation box", async () => {
    expect(endsWithConsultationCta((await compileMdx("Text.\n\n<ConsultationCta />\n")).hast)).toBe(true);
    expect(endsWithConsultationCta((await compileMdx("<ConsultationCta />\n\nText.\n")).hast)).toBe(false);
  });

  it("shows the clinic's phone and email from clinic.yaml", async () => {
    const { html } = await render("Call <ClinicPhone /> or email <ClinicEmail />.");
    const clinic = getClinic();
    expect(html).toBe(
      `<p>Call <a href="tel:${clinic.phone}">${clinic.phoneDisplay}</a> or email <a href="mailto:${clinic.email}">${clinic.email}</a>.</p>`,
    );
  });

  it("escapes text and attribute values, so content can never inject markup", async () => {
    const { html } = await render(
      'Text with &lt;script&gt;alert(1)&lt;/script&gt;\n\n<Callout title="a <b>">x</Callout>\n\n<abbr title=\'"><script>\'>x</abbr>',
    );
    expect(html).toContain("<p>Text with &lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(html).toContain(">a &lt;b&gt;</p>");
    // Inside a quoted attribute only the quote can break out, and it is escaped.
    expect(html).toContain('<abbr title="&quot;&gt;&lt;script&gt;">x</abbr>');
  });

  it("keeps safe links, marks external ones, and drops any other scheme", async () => {
    const { html } = await render(
      "[in](/consultation) [call](tel:+19165550142) [out](https://988lifeline.org) [bad](javascript:alert(1))",
    );
    expect(html).toContain('<a href="/consultation">in</a>');
    expect(html).toContain('<a href="tel:+19165550142">call</a>');
    expect(html).toContain('<a href="https://988lifeline.org" rel="noopener noreferrer">out</a>');
    expect(html).toContain("<a>bad</a>");
    expect(html).not.toContain("javascript:");
  });

  it("reports attributes written as code, which the page could not show", async () => {
    const { findings } = await render("<Callout title={1 + 1}>x</Callout>");
    expect(findings.map((finding) => finding.rule)).toContain("mdx/expression");
  });
});
