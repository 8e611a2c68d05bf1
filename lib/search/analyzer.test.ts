import { describe, expect, it } from "vitest";
import { analyze, foldAccents, processTerm, tokenize } from "./analyzer";

describe("the search analyzer", () => {
  it("folds accents and case", () => {
    expect(foldAccents("Depresión Ñandú ÀÉÎÕÜ")).toBe("Depresion Nandu AEIOU");
    expect(processTerm("DEPRESIÓN", "es")).toBe(processTerm("depresion", "es"));
  });

  it('collapses "depresión", "depresion" and "depresiones" in Spanish', () => {
    const terms = ["depresión", "depresion", "depresiones", "Depresiones"].map((word) => processTerm(word, "es"));
    expect(new Set(terms).size).toBe(1);
  });

  it("stems Spanish words typed with or without their accent alike", () => {
    for (const group of [
      ["medicación", "medicacion", "medicaciones"],
      ["sesión", "sesion", "sesiones"],
      ["ketamina", "ketaminas"],
      ["tratamiento", "tratamientos"],
      ["solución", "solucion", "soluciones"],
    ]) {
      expect(new Set(group.map((word) => processTerm(word, "es"))).size, group.join(", ")).toBe(1);
    }
  });

  it('collapses "treatments" and "treatment" in English', () => {
    expect(processTerm("treatments", "en")).toBe(processTerm("treatment", "en"));
    expect(processTerm("Sessions", "en")).toBe(processTerm("session", "en"));
    expect(processTerm("effects", "en")).toBe(processTerm("effect", "en"));
  });

  it("drops stop words and single letters, keeps numbers", () => {
    expect(analyze("What is the cost of a session?", "en")).toEqual(["cost", "session"]);
    expect(analyze("¿Cuánto cuesta una sesión de ketamina?", "es")).toEqual(
      ["cuanto", "cuesta", "sesion", "ketamina"].map((word) => processTerm(word, "es")),
    );
    expect(analyze("call 988 or 911", "en")).toEqual(["call", "988", "911"]);
  });

  it("splits on anything that is not a letter or a digit", () => {
    expect(tokenize("self-harm, side effects… (PTSD)")).toEqual(["self", "harm", "side", "effects", "PTSD"]);
    expect(tokenize("¿Qué es?")).toEqual(["Qué", "es"]);
  });
});
