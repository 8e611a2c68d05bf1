import { englishSyllables, fleschKincaidGrade } from "./english";
import { inflesz, spanishSyllables } from "./spanish";

export type Language = "en" | "es";

/** A sentence of a page's visible text and where it starts in the file. */
export interface PlacedSentence {
  text: string;
  line: number;
  column: number;
}

export interface SentenceScore extends PlacedSentence {
  words: number;
  syllables: number;
  /** The sentence scored alone by the page's formula (grade for English, INFLESZ for Spanish). */
  score: number;
}

/** What content:check --json reports per file. */
export interface ReadabilityFigures {
  language: Language;
  /** "flesch-kincaid-grade" (lower is easier, target ≤ 8) or "inflesz" (higher is easier, target ≥ 55). */
  measure: "flesch-kincaid-grade" | "inflesz";
  score: number;
  target: number;
  meetsTarget: boolean;
  sentences: number;
  words: number;
  syllables: number;
}

export const targets = { en: 8, es: 55 } as const;

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export const wordsOf = (text: string) => text.match(wordPattern) ?? [];

/** Each language by its own formula: Spanish is never scored with an English one. */
const formulas = {
  en: { measure: "flesch-kincaid-grade", syllables: englishSyllables, score: fleschKincaidGrade, harder: (a: number, b: number) => b - a },
  es: { measure: "inflesz", syllables: spanishSyllables, score: inflesz, harder: (a: number, b: number) => a - b },
} as const;

export function measureReadability(sentences: PlacedSentence[], language: Language): { figures: ReadabilityFigures; hardest: SentenceScore[] } {
  const formula = formulas[language];
  const scored: SentenceScore[] = [];
  for (const sentence of sentences) {
    const words = wordsOf(sentence.text);
    if (words.length === 0) continue;
    const syllables = words.reduce((sum, word) => sum + formula.syllables(word), 0);
    scored.push({ ...sentence, words: words.length, syllables, score: formula.score({ sentences: 1, words: words.length, syllables }) });
  }
  const totals = scored.reduce(
    (sum, sentence) => ({ sentences: sum.sentences + 1, words: sum.words + sentence.words, syllables: sum.syllables + sentence.syllables }),
    { sentences: 0, words: 0, syllables: 0 },
  );
  const score = totals.words ? round(formula.score(totals)) : 0;
  const target = targets[language];
  return {
    figures: {
      language,
      measure: formula.measure,
      score,
      target,
      meetsTarget: language === "en" ? score <= target : score >= target,
      ...totals,
    },
    // A two-word heading can score as "hard" as anything; the sentences worth rewriting are long ones.
    hardest: [...(scored.some((s) => s.words >= 12) ? scored.filter((s) => s.words >= 12) : scored)]
      .sort((a, b) => formula.harder(a.score, b.score) || b.words - a.words)
      .slice(0, 3),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
