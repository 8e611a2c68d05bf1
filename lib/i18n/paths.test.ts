import { describe, expect, it } from "vitest";
import { getSpanishArticles, getSpanishPages, unreviewedTranslations } from "@/lib/content/translations";
import { counterpartsOfEnglish, counterpartsOfSpanish, switchTarget } from "./paths";

describe("English ↔ Spanish addresses from translationOf (the repository's content/es/)", () => {
  it("pairs every Spanish page with its English page, both ways", () => {
    const spanish = [
      "/es",
      "/es/articulos",
      ...getSpanishArticles({ includeDrafts: false }).map((a) => `/es/articulos/${a.slug}`),
      ...getSpanishPages().map((p) => `/es/${p.slug}`),
    ];
    for (const path of spanish) {
      const pair = counterpartsOfSpanish(path);
      expect(pair, path).toBeDefined();
      expect(counterpartsOfEnglish(pair!.en), path).toEqual(pair);
    }
    expect(counterpartsOfEnglish("/articles/why-does-ketamine-therapy-work")).toEqual({
      en: "/articles/why-does-ketamine-therapy-work",
      es: "/es/articulos/por-que-funciona-la-terapia-con-ketamina",
    });
  });

  it("sends the switch of a page without a translation to the other home page", () => {
    expect(counterpartsOfEnglish("/about")).toBeUndefined();
    expect(switchTarget("en", "/about")).toEqual({ href: "/es", exact: false });
    expect(switchTarget("es", "/es/no-existe")).toEqual({ href: "/", exact: false });
    expect(switchTarget("en", "/faq")).toEqual({ href: "/es/preguntas-frecuentes", exact: true });
  });

  it("lists the translations nobody on the team has reviewed yet, for launch:check", () => {
    const unreviewed = unreviewedTranslations();
    // No team member has reviewed the first Spanish translations yet: every file is listed.
    expect(unreviewed.map((u) => u.translationOf).sort()).toEqual(
      [
        "accessibility",
        "disclaimer",
        "editorial-policy",
        "faq",
        "home",
        "ketamine-therapy",
        "privacy",
        "what-to-expect",
        "why-does-ketamine-therapy-work",
      ].sort(),
    );
    expect(unreviewed.every((u) => u.file.startsWith("content/es/") && typeof u.line === "number")).toBe(true);
  });
});
