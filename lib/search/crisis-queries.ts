import { foldAccents } from "./analyzer";

/**
 * Searches that suggest someone may be in crisis. A query containing any of these phrases (as
 * whole words, in either language, whatever its accents or capitals) shows the 988 help above any
 * result, in the page's language (CLINIC.md: "a query that suggests a crisis gets 988 first").
 *
 * This is the one list. It is clinical content: the clinic's medical director reviews every
 * change to it (README, "Search"). Err on the side of showing help: a calm help box shown to
 * someone who did not need it costs nothing; a missed one may. Write phrases as people type them,
 * without worrying about accents, capitals, hyphens or punctuation (they are ignored).
 */
export const crisisPhrases = {
  en: [
    "suicide",
    "suicides",
    "suicidal",
    "kill myself",
    "killing myself",
    "want to die",
    "wanna die",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "end my life",
    "ending my life",
    "end it all",
    "take my own life",
    "take my life",
    "no reason to live",
    "dont want to live",
    "don t want to live",
    "do not want to live",
    "self harm",
    "self-harm",
    "selfharm",
    "self injury",
    "hurt myself",
    "hurting myself",
    "cut myself",
    "cutting myself",
    "overdose",
    "overdosed",
    "overdosing",
    "crisis line",
    "988",
  ],
  es: [
    "suicidio",
    "suicidios",
    "suicida",
    "suicidas",
    "suicidarme",
    "quiero morir",
    "quiero morirme",
    "me quiero morir",
    "matarme",
    "me quiero matar",
    "quitarme la vida",
    "acabar con mi vida",
    "terminar con mi vida",
    "no quiero vivir",
    "no quiero seguir viviendo",
    "hacerme daño",
    "lastimarme",
    "autolesión",
    "autolesiones",
    "autolesionarme",
    "cortarme",
    "sobredosis",
    "línea de crisis",
  ],
} as const;

/** Lowercase, no accents, words separated by single spaces, padded: " end my life ". */
function normalize(text: string): string {
  return ` ${foldAccents(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

const normalizedPhrases = [...new Set([...crisisPhrases.en, ...crisisPhrases.es].map(normalize))];

/** Whether a query suggests a crisis (any listed phrase of either language, as whole words). */
export function suggestsCrisis(query: string): boolean {
  const text = normalize(query);
  return normalizedPhrases.some((phrase) => text.includes(phrase));
}
