import { describe, expect, it } from "vitest";
import { getSpanishArticles, getSpanishPages, unreviewedTranslations } from "@/lib/content/translations";
import { counterpartsOfEnglish, counterpartsOfSpanish, publicPathsIn, switchTarget } from "./paths";

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
    // Outside production every lookup reads the files afresh (staff edit them while the site runs).
    expect(counterpartsOfEnglish("/articles/why-does-ketamine-therapy-work")).toEqual({
      en: "/articles/why-does-ketamine-therapy-work",
      es: "/es/articulos/por-que-funciona-la-terapia-con-ketamina",
    });
  }, 60_000);

  it("gives every public page of either language its counterpart, both ways", () => {
    for (const locale of ["en", "es"] as const) {
      const other = locale === "en" ? "es" : "en";
      const theirs = new Set(publicPathsIn(other));
      for (const path of publicPathsIn(locale)) {
        const target = switchTarget(locale, path);
        expect(target.exact, path).toBe(true);
        expect(theirs.has(target.href), `${path} → ${target.href}`).toBe(true);
        expect(switchTarget(other, target.href).href, target.href).toBe(path);
      }
    }
    expect(counterpartsOfEnglish("/costs")).toEqual({ en: "/costs", es: "/es/costos" });
    expect(counterpartsOfEnglish("/articles/tags/depression")).toEqual({
      en: "/articles/tags/depression",
      es: "/es/articulos/temas/depresion",
    });
    expect(counterpartsOfEnglish("/search")).toEqual({ en: "/search", es: "/es/buscar" });
  }, 60_000);

  it("sends the switch of a page without a translation to the other home page", () => {
    expect(counterpartsOfEnglish("/no-such-page")).toBeUndefined();
    expect(switchTarget("en", "/no-such-page")).toEqual({ href: "/es", exact: false });
    expect(switchTarget("es", "/es/no-existe")).toEqual({ href: "/", exact: false });
    expect(switchTarget("en", "/faq")).toEqual({ href: "/es/preguntas-frecuentes", exact: true });
  });

  it("lists the translations nobody on the team has reviewed yet, for launch:check", () => {
    const unreviewed = unreviewedTranslations();
    // No team member has reviewed the first Spanish translations yet: every file is listed.
    expect(unreviewed.map((u) => u.translationOf).sort()).toEqual(
      [
        "about",
        "accessibility",
        "contact",
        "costs",
        "disclaimer",
        "editorial-policy",
        "faq",
        "for-clinicians",
        "home",
        "ketamine-and-spravato-what-is-the-difference",
        "ketamine-therapy",
        "notice-of-privacy-practices",
        "open-payments",
        "privacy",
        "what-to-expect",
        "why-does-ketamine-therapy-work",
      ].sort(),
    );
    expect(unreviewed.every((u) => u.file.startsWith("content/es/") && typeof u.line === "number")).toBe(true);
  });
});
