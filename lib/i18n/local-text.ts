import type { Locale } from "./messages";

/**
 * A clinic.yaml value in the reader's language: the Spanish value beside the English one (the
 * field ending in "Es"), or the English one, marked as English so screen readers pronounce it
 * right, while nobody has translated it yet (the content check warns about those).
 */
export interface LocalText {
  text: string;
  lang?: "en";
}

export function inLocale(locale: Locale, english: string, spanish: string | undefined): LocalText {
  if (locale === "en") return { text: english };
  return spanish ? { text: spanish } : { text: english, lang: "en" };
}

/** A list (payment methods) in the reader's language: the Spanish list if there is one, else the English. */
export function listInLocale(
  locale: Locale,
  english: readonly string[],
  spanish: readonly string[] | undefined,
): LocalText[] {
  if (locale === "es" && spanish) return spanish.map((text) => ({ text }));
  return english.map((text) => inLocale(locale, text, undefined));
}

/** A price: dollars through Intl in the reader's language, or the words written for it. */
export function priceIn(locale: Locale, price: number | string, priceEs: string | undefined): LocalText {
  const dollars =
    typeof price === "number" ? price : /^\$?\d+(?:\.\d{2})?$/.test(price) ? Number(price.replace("$", "")) : undefined;
  if (dollars !== undefined) {
    const format = new Intl.NumberFormat(locale === "es" ? "es-US" : "en-US", {
      style: "currency",
      currency: "USD",
      maximumFractionDigits: Number.isInteger(dollars) ? 0 : 2,
    });
    return { text: format.format(dollars) };
  }
  return inLocale(locale, String(price), priceEs);
}
