import { describe, expect, it } from "vitest";
import { englishSyllables, fleschKincaidGrade } from "./english";
import { measureReadability } from "./measure";
import { inflesz, infleszBand, spanishSyllables } from "./spanish";

describe("English: Flesch-Kincaid grade", () => {
  it("gives the published figures of the formula", () => {
    // "The cat sat on the mat.": 6 words, 6 syllables, 1 sentence → 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    expect(fleschKincaidGrade({ sentences: 1, words: 6, syllables: 6 })).toBeCloseTo(-1.45, 2);
    // The formula's floor, one one-syllable word per sentence: −3.40 (Kincaid et al. 1975).
    expect(fleschKincaidGrade({ sentences: 1, words: 1, syllables: 1 })).toBeCloseTo(-3.4, 2);
  });

  it("counts syllables with the syllable package", () => {
    expect(["cat", "ketamine", "readability", "depression", "988"].map(englishSyllables)).toEqual([1, 3, 5, 3, 1]);
  });

  it("scores a plain sentence below a dense one and names the dense one as hardest", () => {
    const { figures, hardest } = measureReadability(
      [
        { text: "The cat sat on the mat.", line: 1, column: 1 },
        { text: "Ketamine modulates glutamatergic neurotransmission, potentiating synaptic plasticity.", line: 3, column: 1 },
      ],
      "en",
    );
    expect(figures).toMatchObject({ language: "en", measure: "flesch-kincaid-grade", sentences: 2, words: 13, target: 8 });
    expect(hardest[0]?.line).toBe(3);
  });
});

describe("Spanish: INFLESZ (Szigriszt-Pazos)", () => {
  it("splits words into syllables by Spanish spelling", () => {
    const cases: Record<string, number> = {
      casa: 2,
      ciudad: 2, // ciu-dad: two weak vowels make a diphthong
      país: 2, // pa-ís: an accented í breaks it
      río: 2,
      aéreo: 4, // a-é-re-o: strong vowels are a hiatus
      murciélago: 4, // mur-cié-la-go
      Uruguay: 3, // u-ru-guay: a triphthong, final y as a vowel
      guerra: 2, // the u of gue is silent
      pingüino: 3, // pin-güi-no
      hoy: 1,
      y: 1,
      leer: 2,
      ketamina: 4,
      depresión: 3,
      esketamina: 5,
    };
    for (const [word, syllables] of Object.entries(cases)) expect([word, spanishSyllables(word)]).toEqual([word, syllables]);
  });

  it("computes 206.835 − 62.3 × syllables/words − words/sentences and its bands", () => {
    // 100 words, 200 syllables, 5 sentences: 206.835 − 124.6 − 20 = 62.235, "normal" (Barrio-Cantalejo 2008).
    expect(inflesz({ sentences: 5, words: 100, syllables: 200 })).toBeCloseTo(62.235, 3);
    expect(infleszBand(62.235)).toBe("normal");
    expect(infleszBand(54.9)).toBe("algo difícil");
    expect(infleszBand(70)).toBe("bastante fácil");
  });

  it("scores Spanish with INFLESZ, never with the English grade", () => {
    const { figures } = measureReadability([{ text: "La casa es muy bonita.", line: 1, column: 1 }], "es");
    // 5 words, 8 syllables (la ca-sa es muy bo-ni-ta): 206.835 − 62.3 × 1.6 − 5 = 102.2.
    expect(figures).toMatchObject({ measure: "inflesz", words: 5, syllables: 8, score: 102.2, meetsTarget: true });
  });
});
