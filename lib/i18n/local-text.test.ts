import { describe, expect, it } from "vitest";
import { inLocale, listInLocale, priceIn } from "./local-text";

describe("clinic.yaml values in the reader's language", () => {
  it("uses the Spanish value beside the English one, and marks an untranslated one as English", () => {
    expect(inLocale("es", "Free parking", "Estacionamiento gratuito")).toEqual({ text: "Estacionamiento gratuito" });
    expect(inLocale("es", "Free parking", undefined)).toEqual({ text: "Free parking", lang: "en" });
    expect(inLocale("en", "Free parking", "Estacionamiento gratuito")).toEqual({ text: "Free parking" });
    expect(listInLocale("es", ["Cards"], undefined)).toEqual([{ text: "Cards", lang: "en" }]);
    expect(listInLocale("es", ["Cards"], ["Tarjetas"])).toEqual([{ text: "Tarjetas" }]);
  });

  it("shows dollars through Intl in both languages, and words as written", () => {
    expect(priceIn("en", 250, undefined).text).toBe("$250");
    expect(priceIn("es", "250", undefined).text).toBe("$250");
    expect(priceIn("es", "$99.50", undefined).text).toBe("$99.50");
    expect(priceIn("es", "Free", "Gratis")).toEqual({ text: "Gratis" });
    expect(priceIn("es", "Free", undefined)).toEqual({ text: "Free", lang: "en" });
  });
});
