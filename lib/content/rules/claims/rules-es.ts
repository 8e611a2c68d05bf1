import type { ClaimsLanguage } from "./claims";

/**
 * The claims and safe-messaging rules' words for Spanish text (content/es/), with the same rule
 * ids as the English ones (rules.ts), so content-check-ignore comments work alike; how a
 * sentence is read is claims.ts, for both. Messages and fixes are in English for staff and quote
 * the Spanish words. Sources: CLINIC.md ("Spanish"); the Lifeline's Spanish materials use
 * "murió por suicidio".
 *
 * JavaScript's \b does not know accented letters ("murió", "adicción"): word edges here are
 * written with Unicode letter classes instead.
 */
const start = "(?<![\\p{L}\\p{N}])";
const end = "(?![\\p{L}\\p{N}])";
const word = (pattern: string, flags = "giu") => new RegExp(`${start}(?:${pattern})${end}`, flags);

const fda = "(?:la\\s+)?(?:FDA|Administración\\s+de\\s+Alimentos\\s+y\\s+Medicamentos)";

/** The safe wording for each way of writing it (plural stays plural). */
function diedBy(words: string): string {
  const lower = words.toLowerCase();
  if (/cometieron|suicidaron/.test(lower)) return "murieron por suicidio";
  if (/cometen|suicidan/.test(lower)) return "mueren por suicidio";
  if (/comete\s|suicida\b/.test(lower)) return "muere por suicidio";
  if (/cometer|suicidarse|cometiendo|cometido/.test(lower)) return "morir por suicidio";
  return "murió por suicidio";
}

export const spanish: ClaimsLanguage = {
  negation: word("no|nunca|jamás|ni|sin|tampoco|pendiente|todavía\\s+no|aún\\s+no", "iu"),
  reported: word("falsamente|erróneamente|incorrectamente|engañosamente|equivocadamente", "iu"),
  fdaApproved: {
    phrase: word(
      [
        `aprobad[oa]s?\\s+por\\s+${fda}`,
        `aprobación\\s+de\\s+${fda}`,
        `FDA\\s+(?:ya\\s+)?(?:(?:la|lo)\\s+)?(?:ha\\s+|había\\s+|han\\s+)?aprob(?:ó|ado|ada)`,
      ].join("|"),
    ),
    drug: word("(?:es)?ketamina|spravato"),
    ketamine: "ketamina",
    legitimateUse: word("anestesia|anestésic[oa]|sedación", "iu"),
    message: (words) =>
      `"${words}" ("approved by the FDA") says that ketamine is FDA-approved for a mental-health use. It is ` +
      "not: using ketamine for depression, anxiety or PTSD is off-label. Only esketamine (Spravato) nasal spray " +
      "is FDA-approved, for specific depression indications.",
    fix: () =>
      'Write e.g. "El uso de la ketamina para la depresión es fuera de indicación: la FDA no la ha aprobado para ' +
      'este uso." If the sentence is about Spravato, name Spravato (esketamina) just before "aprobada por la FDA".',
  },
  nonAddictive: {
    phrase: word(
      [
        "no\\s+(?:es\\s+|son\\s+)?adictiv[oa]s?",
        "no\\s+(?:crea|causa|produce|genera)\\s+(?:adicción|dependencia)",
        "(?:sin|cero|ningún)\\s+riesgo\\s+de\\s+(?:adicción|dependencia|abuso|uso\\s+indebido)",
      ].join("|"),
    ),
    message: (words) =>
      `"${words}" ("not addictive" / "no risk of addiction") claims there is no risk of addiction. That is not ` +
      "true of ketamine: it can be misused and can lead to dependence.",
    fix: () =>
      'Describe the risk honestly, e.g. "La ketamina se puede usar de forma indebida, por eso solo la administramos ' +
      'en nuestra clínica, bajo supervisión."',
  },
  cure: {
    phrase: word(
      [
        "cura(?:s|r|n|mos)?",
        "curad[oa]s?",
        "curó",
        "garantizad[oa]s?",
        "garantiza(?:mos)?\\s+(?:que|resultados|el\\s+éxito|la\\s+mejoría|alivio)",
        "100\\s*(?:%|por\\s+ciento)\\s+(?:eficaz|efectiv[oa]|de\\s+éxito)",
        "funciona\\s+(?:para|con)\\s+(?:todos|todas|todo\\s+el\\s+mundo|cualquier\\s+persona)",
      ].join("|"),
    ),
    message: (words) =>
      `"${words}" ("cure", "guaranteed", "works for everyone") promises a result no treatment can promise. Ketamine therapy does not help everyone, and individual results vary.`,
    fix: () =>
      'Describe possible benefits carefully, e.g. "puede aliviar los síntomas de algunas personas" or "los ' +
      'resultados varían de una persona a otra". To deny the claim, say so plainly: "la ketamina no es una cura".',
  },
  committedSuicide: {
    phrase: word(
      "(?:cometi(?:ó|eron|do|endo)|comete(?:n|r)?|cometer)\\s+(?:el\\s+|un\\s+)?suicidio|se\\s+suicid(?:ó|aron|a|an|ará|aría)|suicidarse",
    ),
    message: (words) =>
      `"${words}" describes suicide as a crime or a verdict ("committed suicide"). Safe-messaging guidelines ask for "murió por suicidio" ("died by suicide").`,
    fix: (words) => `Write "${diedBy(words)}" instead of "${words}".`,
  },
  suicide: {
    // The Lifeline's Spanish name is not a mention of suicide that calls for a <CrisisNote />.
    serviceName: word("(?:Lifeline\\s+|Línea\\s+)?(?:de\\s+)?Prevención\\s+del\\s+Suicidio(?:\\s+y\\s+Crisis)?"),
    word: word("suicid(?:io|ios|a|as|arse|ó|aron|an|ará|aría)"),
  },
};
