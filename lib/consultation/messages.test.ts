import { describe, expect, it } from "vitest";
import { consultationMessages, locales } from "./messages";

/** Every key path of a message object ("errors.phone", "bestTimes.any", …). */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("consultation messages", () => {
  it("has every English key in Spanish, and no extra ones", () => {
    expect(keyPaths(consultationMessages.es).sort()).toEqual(keyPaths(consultationMessages.en).sort());
  });

  it("has no empty message and no English left in the Spanish words that people read", () => {
    for (const locale of locales) {
      for (const path of keyPaths(consultationMessages[locale])) {
        const value = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], consultationMessages[locale]);
        const text =
          typeof value === "function" ? String((value as (...args: unknown[]) => string)("X", 7, 20)) : String(value);
        expect(text.trim(), `${locale}.${path}`).not.toBe("");
      }
    }
    expect(consultationMessages.es.submit).toBe("Solicitar consulta");
    expect(consultationMessages.es.errors.phoneFormat(7, 20)).toContain("7 a 20 dígitos");
  });
});
