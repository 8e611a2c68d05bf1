import { describe, expect, it } from "vitest";
import { missingCounterparts } from "./translations";

const english = {
  articles: [
    { file: "content/articles/a.mdx", slug: "a" },
    { file: "content/articles/draft.mdx", slug: "draft", draft: true },
  ],
  pages: [
    { file: "content/pages/faq.mdx", slug: "faq" },
    { file: "content/pages/costs.mdx", slug: "costs" },
  ],
};

describe("pages and articles in one language only", () => {
  it("names each English file without a Spanish version, and a Spanish article whose original is a draft", () => {
    const missing = missingCounterparts({
      english,
      spanish: {
        articles: [{ file: "content/es/articles/borrador.mdx", translationOf: "draft" }],
        pages: [{ file: "content/es/pages/preguntas-frecuentes.mdx", translationOf: "faq" }],
      },
    });
    expect(missing.map((entry) => entry.file)).toEqual([
      "content/articles/a.mdx",
      "content/pages/costs.mdx",
      "content/es/articles/borrador.mdx",
    ]);
    expect(missing[1]!.fix).toContain("translationOf: costs");
  });

  it("reports nothing for an English-only site, and nothing once every file has its counterpart", () => {
    expect(missingCounterparts({ english, spanish: { articles: [], pages: [] } })).toEqual([]);
    expect(
      missingCounterparts({
        english,
        spanish: {
          articles: [{ file: "content/es/articles/a.mdx", translationOf: "a" }],
          pages: [
            { file: "content/es/pages/preguntas-frecuentes.mdx", translationOf: "faq" },
            { file: "content/es/pages/costos.mdx", translationOf: "costs" },
          ],
        },
      }),
    ).toEqual([]);
  });
});
