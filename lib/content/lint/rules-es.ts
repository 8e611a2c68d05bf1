import type { TextFinding } from "./rules";
import { isQuestion, sentences } from "./sentences";

/**
 * The claims and safe-messaging rules for Spanish text (content/es/), with the same rule ids as
 * the English ones (rules.ts), so content-check-ignore comments work alike. Messages and fixes are
 * in English for staff and quote the Spanish words. Sources: CLINIC.md ("Spanish"); the
 * Lifeline's Spanish materials use "murió por suicidio".
 *
 * JavaScript's \b does not know accented letters ("murió", "adicción"): word edges here are
 * written with Unicode letter classes instead.
 */
const start = "(?<![\\p{L}\\p{N}])";
const end = "(?![\\p{L}\\p{N}])";
const word = (pattern: string, flags = "giu") => new RegExp(`${start}(?:${pattern})${end}`, flags);

/** Words that, shortly before a claim, deny it: "no", "nunca", "sin", "ni". */
const negation = word("no|nunca|jamás|ni|sin|tampoco|pendiente|todavía\\s+no|aún\\s+no", "iu");
/** A sentence that reports someone else's false claim is a warning, not a claim. */
const reported = word("falsamente|erróneamente|incorrectamente|engañosamente|equivocadamente", "iu");

function wordsBefore(sentence: string, index: number, count: number): string {
  const clause = sentence.slice(0, index).split(/[,;:()—–]/).at(-1) ?? "";
  return clause.split(/\s+/).filter(Boolean).slice(-count).join(" ");
}

/** Every Spanish rule on one block of text; indexes are relative to `text`. */
export function findInSpanishText(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const sentence of sentences(text)) {
    const shift = (found: TextFinding[]) => found.map((f) => ({ ...f, index: sentence.start + f.index }));
    if (!isQuestion(sentence.text)) {
      findings.push(...shift(fdaApproved(sentence.text)));
      findings.push(...shift(nonAddictive(sentence.text)));
      findings.push(...shift(cure(sentence.text)));
    }
    findings.push(...shift(committedSuicide(sentence.text)));
  }
  return findings.sort((a, b) => a.index - b.index);
}

const fda = "(?:la\\s+)?(?:FDA|Administración\\s+de\\s+Alimentos\\s+y\\s+Medicamentos)";
const approvalPhrase = word(
  [
    `aprobad[oa]s?\\s+por\\s+${fda}`,
    `aprobación\\s+de\\s+${fda}`,
    `FDA\\s+(?:ya\\s+)?(?:(?:la|lo)\\s+)?(?:ha\\s+|había\\s+|han\\s+)?aprob(?:ó|ado|ada)`,
  ].join("|"),
);
const drugMention = word("(?:es)?ketamina|spravato");
const legitimateUse = word("anestesia|anestésic[oa]|sedación", "iu");

function fdaApproved(sentence: string): TextFinding[] {
  if (reported.test(sentence) || legitimateUse.test(sentence)) return [];
  const drugs = [...sentence.matchAll(drugMention)].map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    isKetamine: m[0].toLowerCase() === "ketamina",
  }));
  const findings: TextFinding[] = [];
  for (const match of sentence.matchAll(approvalPhrase)) {
    // As in English: the approval is about the drug named last before it, else first after it.
    const subject =
      drugs.filter((drug) => drug.end <= match.index).at(-1) ?? drugs.find((drug) => drug.index >= match.index);
    if (!subject?.isKetamine) continue;
    if (negation.test(wordsBefore(sentence, match.index, 5))) continue;
    findings.push({
      rule: "claims/fda-approved",
      index: match.index,
      words: match[0],
      message:
        `"${match[0]}" ("approved by the FDA") says that ketamine is FDA-approved for a mental-health use. It is ` +
        "not: using ketamine for depression, anxiety or PTSD is off-label. Only esketamine (Spravato) nasal spray " +
        "is FDA-approved, for specific depression indications.",
      fix:
        'Write e.g. "El uso de la ketamina para la depresión es fuera de indicación: la FDA no la ha aprobado para ' +
        'este uso." If the sentence is about Spravato, name Spravato (esketamina) just before "aprobada por la FDA".',
    });
  }
  return findings;
}

const nonAddictivePhrase = word(
  [
    "no\\s+(?:es\\s+|son\\s+)?adictiv[oa]s?",
    "no\\s+(?:crea|causa|produce|genera)\\s+(?:adicción|dependencia)",
    "(?:sin|cero|ningún)\\s+riesgo\\s+de\\s+(?:adicción|dependencia|abuso|uso\\s+indebido)",
  ].join("|"),
);

function nonAddictive(sentence: string): TextFinding[] {
  if (reported.test(sentence)) return [];
  return [...sentence.matchAll(nonAddictivePhrase)].map((match) => ({
    rule: "claims/non-addictive" as const,
    index: match.index,
    words: match[0],
    message:
      `"${match[0]}" ("not addictive" / "no risk of addiction") claims there is no risk of addiction. That is not ` +
      "true of ketamine: it can be misused and can lead to dependence.",
    fix:
      'Describe the risk honestly, e.g. "La ketamina se puede usar de forma indebida, por eso solo la administramos ' +
      'en nuestra clínica, bajo supervisión."',
  }));
}

const promisePhrase = word(
  [
    "cura(?:s|r|n|mos)?",
    "curad[oa]s?",
    "curó",
    "garantizad[oa]s?",
    "garantiza(?:mos)?\\s+(?:que|resultados|el\\s+éxito|la\\s+mejoría|alivio)",
    "100\\s*(?:%|por\\s+ciento)\\s+(?:eficaz|efectiv[oa]|de\\s+éxito)",
    "funciona\\s+(?:para|con)\\s+(?:todos|todas|todo\\s+el\\s+mundo|cualquier\\s+persona)",
  ].join("|"),
);

function cure(sentence: string): TextFinding[] {
  if (reported.test(sentence)) return [];
  const findings: TextFinding[] = [];
  for (const match of sentence.matchAll(promisePhrase)) {
    if (negation.test(wordsBefore(sentence, match.index, 4))) continue;
    findings.push({
      rule: "claims/cure",
      index: match.index,
      words: match[0],
      message: `"${match[0]}" ("cure", "guaranteed", "works for everyone") promises a result no treatment can promise. Ketamine therapy does not help everyone, and individual results vary.`,
      fix:
        'Describe possible benefits carefully, e.g. "puede aliviar los síntomas de algunas personas" or "los ' +
        'resultados varían de una persona a otra". To deny the claim, say so plainly: "la ketamina no es una cura".',
    });
  }
  return findings;
}

const committedPhrase = word(
  "(?:cometi(?:ó|eron|do|endo)|comete(?:n|r)?|cometer)\\s+(?:el\\s+|un\\s+)?suicidio|se\\s+suicid(?:ó|aron|a|an|ará|aría)|suicidarse",
);

/** The safe wording for each way of writing it (plural stays plural). */
function diedBy(words: string): string {
  const lower = words.toLowerCase();
  if (/cometieron|suicidaron/.test(lower)) return "murieron por suicidio";
  if (/cometen|suicidan/.test(lower)) return "mueren por suicidio";
  if (/comete\s|suicida\b/.test(lower)) return "muere por suicidio";
  if (/cometer|suicidarse|cometiendo|cometido/.test(lower)) return "morir por suicidio";
  return "murió por suicidio";
}

function committedSuicide(sentence: string): TextFinding[] {
  return [...sentence.matchAll(committedPhrase)].map((match) => ({
    rule: "safe-messaging/committed-suicide" as const,
    index: match.index,
    words: match[0],
    message: `"${match[0]}" describes suicide as a crime or a verdict ("committed suicide"). Safe-messaging guidelines ask for "murió por suicidio" ("died by suicide").`,
    fix: `Write "${diedBy(match[0])}" instead of "${match[0]}".`,
  }));
}

/** The Lifeline's Spanish name is not a mention of suicide that calls for a <CrisisNote />. */
const serviceName = word("(?:Lifeline\\s+|Línea\\s+)?(?:de\\s+)?Prevención\\s+del\\s+Suicidio(?:\\s+y\\s+Crisis)?");
const suicideWord = word("suicid(?:io|ios|a|as|arse|ó|aron|an|ará|aría)");

/** Where a block of Spanish text mentions suicide (for safe-messaging/crisis-note). */
export function spanishSuicideMentions(text: string): { index: number; words: string }[] {
  const masked = text.replace(serviceName, (name) => " ".repeat(name.length));
  return [...masked.matchAll(suicideWord)].map((match) => ({
    index: match.index,
    words: text.slice(match.index, match.index + match[0].length),
  }));
}
