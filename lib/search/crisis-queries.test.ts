import { describe, expect, it } from "vitest";
import { crisisPhrases, suggestsCrisis } from "./crisis-queries";

describe("crisis queries", () => {
  const every = [...crisisPhrases.en, ...crisisPhrases.es];

  it.each(every)("%s triggers the crisis help", (phrase) => {
    expect(suggestsCrisis(phrase)).toBe(true);
  });

  it("triggers inside a longer query, whatever the case, accents and punctuation", () => {
    expect(suggestsCrisis("ketamine for SUICIDAL thoughts")).toBe(true);
    expect(suggestsCrisis("I want to die.")).toBe(true);
    expect(suggestsCrisis("Self–harm help")).toBe(true);
    expect(suggestsCrisis("¿qué hago si quiero MORIR?")).toBe(true);
    expect(suggestsCrisis("autolesion")).toBe(true);
    expect(suggestsCrisis("hacerme dano")).toBe(true);
    expect(suggestsCrisis("I don't want to live")).toBe(true);
  });

  it("triggers in either language on either page", () => {
    expect(suggestsCrisis("suicidio")).toBe(true);
    expect(suggestsCrisis("suicide")).toBe(true);
  });

  it.each([
    "ketamine",
    "side effects",
    "cost",
    "depression",
    "depresión",
    "what to expect",
    "Spravato",
    "insurance",
    "ketamina efectos secundarios",
    "dietary supplements",
    "overdue bill",
    "morning appointments",
    "",
  ])("%j does not trigger it", (query) => {
    expect(suggestsCrisis(query)).toBe(false);
  });

  it("matches whole words only", () => {
    expect(suggestsCrisis("suicidology")).toBe(false);
    expect(suggestsCrisis("9880")).toBe(false);
  });
});
