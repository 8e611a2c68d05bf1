import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

/**
 * English reading level: the Flesch-Kincaid grade (Kincaid et al. 1975), the US school grade a
 * reader needs. Syllables come from `syllable` (a word list plus rules, kept by the words-js
 * project), the formula from `flesch-kincaid`: 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
 */
export function englishSyllables(word: string): number {
  // Digits and abbreviations have no vowels to count: a number is read as at least one syllable.
  return Math.max(1, syllable(word));
}

export function fleschKincaidGrade(counts: { sentences: number; words: number; syllables: number }): number {
  return fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
}
