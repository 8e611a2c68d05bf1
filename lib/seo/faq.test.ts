import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getClinic } from "@/lib/content/clinic";
import { parseMdx } from "@/lib/content/mdx";
import { getPage } from "@/lib/content/pages";
import { extractFaq } from "./faq";

describe("extractFaq", () => {
  it("reads the question attribute and the answer's text, without markup or comments", () => {
    const body = `
Intro text.

<Faq>

<FaqItem question="Do I need a referral?">

You can contact us **yourself**. See [our page](/what-to-expect). {/* PLACEHOLDER: policy */}

- First point
- Second point

</FaqItem>

<FaqItem question="Is it &quot;safe&quot; for </script>?">
Short answer, on one line.
</FaqItem>

</Faq>
`;
    expect(extractFaq(parseMdx(body).tree)).toEqual([
      {
        question: "Do I need a referral?",
        answer: "You can contact us yourself. See our page.\n\nFirst point\n\nSecond point",
      },
      {
        question: 'Is it "safe" for </script>?',
        answer: "Short answer, on one line.",
      },
    ]);
  });

  it("writes out the clinic's phone and email where an answer uses <ClinicPhone /> or <ClinicEmail />", () => {
    const body =
      '<Faq>\n<FaqItem question="How do I reach you?">\n\nCall <ClinicPhone /> or write to <ClinicEmail />.\n\n</FaqItem>\n</Faq>';
    const clinic = getClinic();
    expect(extractFaq(parseMdx(body).tree)).toEqual([
      { question: "How do I reach you?", answer: `Call ${clinic.phoneDisplay} or write to ${clinic.email}.` },
    ]);
  });

  it("finds nothing on a page without FaqItems", () => {
    expect(extractFaq(parseMdx("# Title\n\nJust text with a <Callout>note</Callout>.").tree)).toEqual([]);
  });

  it("reads every question of content/pages/faq.mdx", () => {
    const page = getPage("faq");
    expect(page).toBeDefined();
    const entries = extractFaq(parseMdx(page!.body).tree);
    const source = readFileSync(path.join(process.cwd(), "content/pages/faq.mdx"), "utf8");
    expect(entries).toHaveLength(source.match(/<FaqItem /g)?.length ?? 0);
    expect(entries[0]?.question).toBe("What is ketamine therapy?");
    expect(entries.every((entry) => entry.answer.length > 20 && !entry.answer.includes("</"))).toBe(true);
  });
});
