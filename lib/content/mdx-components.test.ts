import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMdx } from "./mdx";
import { componentUsage, mdxComponentNames, mdxComponentSpecs } from "./mdx-components";

const findings = (body: string) => parseMdx(body).findings.map((f) => `${f.rule}: ${f.message} | ${f.fix}`);

describe("the component registry", () => {
  it("refuses an unknown component and suggests the closest known one", () => {
    expect(findings("<Calout>x</Calout>")).toEqual([
      'mdx/component: <Calout> is not a component the site knows. | Did you mean <Callout>? It is written <Callout title="…">…</Callout>.',
    ]);
    expect(findings("<Carousel />")[0]).toContain("Use one of: <Callout>, <CrisisNote>");
  });

  it("refuses a prop a component does not accept, and a missing required one", () => {
    expect(findings('<Callout titel="x">y</Callout>')).toEqual([
      'mdx/props: <Callout> has no attribute "titel". | <Callout> accepts only title="…"; write it as <Callout title="…">…</Callout>.',
    ]);
    expect(findings('<CrisisNote size="big" />')[0]).toContain('<CrisisNote> has no attribute "size"');
    expect(findings("<FaqItem>answer</FaqItem>")[0]).toContain('<FaqItem> needs the attribute question="…"');
    expect(findings('<FaqItem question="">answer</FaqItem>')[0]).toContain("is empty");
  });

  it("accepts every registered component written as documented", () => {
    for (const name of mdxComponentNames) {
      const usage = componentUsage(name).replaceAll("…", "x");
      expect(findings(usage), usage).toEqual([]);
    }
  });

  it("CONTENT.md's component table lists exactly the registry, with its descriptions", () => {
    const guide = readFileSync(path.join(process.cwd(), "CONTENT.md"), "utf8");
    const rows = [...guide.matchAll(/^\| `(<[^`]+>)` +\| (.+?) +\|$/gm)].map(([, usage, description]) => ({ usage, description }));
    expect(rows).toEqual(
      mdxComponentNames.map((name) => ({ usage: componentUsage(name), description: mdxComponentSpecs[name].description })),
    );
  });
});
