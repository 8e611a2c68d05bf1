import { describe, expect, it } from "vitest";
import { findClaims, suicideMentions } from "./claims";
import { spanish } from "./rules-es";

const findInSpanishText = (text: string) => findClaims(text, [spanish]);
const spanishSuicideMentions = (text: string) => suicideMentions(text, spanish);

const rules = (text: string) => findInSpanishText(text).map((f) => `${f.rule} ${f.words}`);

describe("Spanish claims rules", () => {
  it('flags ketamine "aprobada por la FDA", not esketamine (Spravato), not a denial, not a question', () => {
    expect(rules("La ketamina está aprobada por la FDA para la depresión.")).toEqual([
      "claims/fda-approved aprobada por la FDA",
    ]);
    expect(rules("La FDA aprobó la ketamina para la ansiedad.")).toEqual(["claims/fda-approved FDA aprobó"]);
    expect(rules("La esketamina (Spravato) está aprobada por la FDA para indicaciones específicas.")).toEqual([]);
    expect(rules("La FDA no ha aprobado la ketamina para estos usos.")).toEqual([]);
    expect(rules("La ketamina no está aprobada por la FDA para la depresión.")).toEqual([]);
    expect(rules("¿Ha aprobado la FDA la ketamina para la depresión?")).toEqual([]);
    expect(rules("La ketamina está aprobada por la FDA como anestesia.")).toEqual([]);
  });

  it('flags "no adictivo" and "sin riesgo de adicción"', () => {
    expect(rules("La ketamina no es adictiva.")).toEqual(["claims/non-addictive no es adictiva"]);
    expect(rules("Un tratamiento sin riesgo de adicción.")).toEqual(["claims/non-addictive sin riesgo de adicción"]);
    expect(rules("Algunas clínicas dicen falsamente que no es adictiva.")).toEqual([]);
  });

  it('flags "cura" and guarantees, but not "no es una cura" nor words that only contain the letters', () => {
    expect(rules("La ketamina cura la depresión.")).toEqual(["claims/cure cura"]);
    expect(rules("Resultados garantizados.")).toEqual(["claims/cure garantizados"]);
    expect(rules("Funciona para todos.")).toEqual(["claims/cure Funciona para todos"]);
    expect(rules("La ketamina no es una cura.")).toEqual([]);
    expect(rules("Procuramos su seguridad con curiosidad y cuidado.")).toEqual([]);
  });
});

describe("Spanish safe-messaging rules", () => {
  it('asks for "murió por suicidio" instead of "cometió suicidio" / "se suicidó"', () => {
    const found = findInSpanishText("Su padre cometió suicidio. Sus tíos se suicidaron.");
    expect(found.map((f) => f.fix)).toEqual([
      'Write "murió por suicidio" instead of "cometió suicidio".',
      'Write "murieron por suicidio" instead of "se suicidaron".',
    ]);
    expect(findInSpanishText("Su padre murió por suicidio.")).toEqual([]);
  });

  it("finds mentions of suicide, but not the Lifeline's name nor English words", () => {
    expect(spanishSuicideMentions("Si piensa en el suicidio, llame.").map((m) => m.words)).toEqual(["suicidio"]);
    expect(spanishSuicideMentions("la 988 Lifeline de Prevención del Suicidio y Crisis")).toEqual([]);
    expect(spanishSuicideMentions("suicide and suicidal thoughts")).toEqual([]);
  });
});
