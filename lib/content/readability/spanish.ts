/**
 * Spanish reading ease: the INFLESZ scale (Barrio-Cantalejo et al. 2008) of the Szigriszt-Pazos
 * "perspicuity" formula, 206.835 − 62.3 × syllables/words − words/sentences. 55–65 is "normal",
 * 65–80 "bastante fácil". No kept npm package counts Spanish syllables, so this module does, by
 * the rules of Spanish spelling: one syllable per vowel nucleus, where a diphthong or triphthong
 * (a weak vowel i, u, ü next to another vowel) is one nucleus, two strong vowels (a, e, o) are a
 * hiatus, and an accented í or ú always breaks the group (pa-ís, rí-o).
 */
const strong = new Set(["a", "e", "o", "á", "é", "ó"]);
const weak = new Set(["i", "u", "ü"]);
/** An accented i or u is pronounced apart from the vowel beside it. */
const accentedWeak = new Set(["í", "ú"]);

const isVowel = (char: string) => strong.has(char) || weak.has(char) || accentedWeak.has(char);

export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, "");
  if (!letters) return 1; // a number or a symbol is read as a word
  let count = 0;
  let previous: string | undefined; // the previous vowel of the current group
  for (let index = 0; index < letters.length; index++) {
    let char = letters[index]!;
    // "y" is a vowel at the end of a word or on its own (hoy, muy, y), a consonant before a vowel (yo, mayo).
    if (char === "y" && (index === letters.length - 1 || !isVowel(letters[index + 1]!))) char = "i";
    if (!isVowel(char)) {
      previous = undefined;
      continue;
    }
    // "qu" and "gu" before e or i: the u is silent (que, guerra); "gü" is pronounced and counted as weak.
    if (char === "u" && (letters[index - 1] === "q" || letters[index - 1] === "g") && /[eéiíy]/.test(letters[index + 1] ?? "")) {
      continue;
    }
    const startsNucleus =
      previous === undefined ||
      (strong.has(previous) && strong.has(char)) ||
      accentedWeak.has(char) ||
      accentedWeak.has(previous);
    if (startsNucleus) count++;
    previous = char;
  }
  return Math.max(1, count);
}

export function inflesz(counts: { sentences: number; words: number; syllables: number }): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  return 206.835 - 62.3 * (counts.syllables / counts.words) - counts.words / counts.sentences;
}

/** The INFLESZ scale's bands (Barrio-Cantalejo 2008). */
export function infleszBand(score: number): string {
  if (score < 40) return "muy difícil";
  if (score < 55) return "algo difícil";
  if (score < 65) return "normal";
  if (score < 80) return "bastante fácil";
  return "muy fácil";
}
