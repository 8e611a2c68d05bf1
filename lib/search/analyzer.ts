import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as spanishStemmer } from "@orama/stemmers/spanish";
import type { Locale } from "@/lib/i18n/messages";

/**
 * How text becomes search terms, the same for the index (at build time) and for a query: words
 * are split on anything that is not a letter or a digit, lowercased, stripped of accents
 * ("depresión" and "depresion" are one word; people type without accents on phones), dropped if
 * they are stop words, and stemmed per language ("treatments" → "treatment", "depresiones" →
 * "depresion"). Stemmers: @orama/stemmers (Porter for English, Snowball for Spanish).
 */

/** Letters with their accents removed: NFD splits "ó" into "o" + a combining mark, which goes. */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The words of a text, as written (MiniSearch's `tokenize`). */
export function tokenize(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** Each word of a text with its position, for marking matched words in a passage. */
export function* words(text: string): Generator<{ word: string; start: number; end: number }> {
  for (const match of text.matchAll(wordPattern)) {
    yield { word: match[0], start: match.index, end: match.index + match[0].length };
  }
}

/**
 * Words that carry no meaning on their own, accents already removed. Short, reviewed lists of
 * function words only: a generic list (e.g. 577 Spanish words) also drops words people search
 * for ("tiempo", "trabajo", "mejor", "horas").
 */
const stopWords: Record<Locale, ReadonlySet<string>> = {
  en: new Set(
    (
      "a about after again all am an and any are as at be been before being between both but by can could did do " +
      "does doing during each for from further had has have having he her here hers him his how i if in into is it " +
      "its itself just me more most my myself of off on once only or other our ours out over own same she should so " +
      "some such than that the their theirs them then there these they this those through to too under until up " +
      "very was we were what when where which while who whom why will with would you your yours"
    ).split(" "),
  ),
  es: new Set(
    (
      "a al algo algun alguna algunas alguno algunos ante antes como con contra cual cuales cuando de del desde " +
      "donde durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estan estas este esto " +
      "estos fue fueron ha han hasta hay la las le les lo los mas me mi mis muy nos nuestra nuestro o os para pero " +
      "por porque que se sea ser si sin sobre son su sus te tu tus u un una unas uno unos usted ustedes y ya yo"
    ).split(" "),
  ),
};

/**
 * Snowball's Spanish suffix lists expect the written accent ("-ación", "-ución", "-logía"): put
 * it back on a word typed without it, so "medicacion" stems like "medicación" and "medicaciones".
 */
function restoreSpanishSuffixAccent(word: string): string {
  return word
    .replace(/acion$/, "ación")
    .replace(/ucion$/, "ución")
    .replace(/logia$/, "logía");
}

const stemmers: Record<Locale, (word: string) => string> = {
  en: englishStemmer,
  es: (word) => foldAccents(spanishStemmer(restoreSpanishSuffixAccent(word))),
};

/** Terms already worked out, per language: passages ask for the same words again and again. */
const cache: Record<Locale, Map<string, string | null>> = { en: new Map(), es: new Map() };
const cacheLimit = 100_000;

/**
 * One word as a search term, or null when it is a stop word (MiniSearch's `processTerm`).
 * Single letters are dropped too; numbers stay ("988").
 */
export function processTerm(word: string, language: Locale): string | null {
  const known = cache[language].get(word);
  if (known !== undefined) return known;
  const folded = foldAccents(word.toLowerCase());
  const term =
    folded.length < 2 && !/^\d$/.test(folded)
      ? null
      : stopWords[language].has(folded)
        ? null
        : stemmers[language](folded);
  if (cache[language].size >= cacheLimit) cache[language].clear();
  cache[language].set(word, term);
  return term;
}

/** The distinct terms of a text, in order of first appearance. */
export function analyze(text: string, language: Locale): string[] {
  const terms = new Set<string>();
  for (const word of tokenize(text)) {
    const term = processTerm(word, language);
    if (term) terms.add(term);
  }
  return [...terms];
}
