import type { LintRuleId } from "./rules";
import { isQuestion, sentences } from "./sentences";

export interface TextFinding {
  rule: LintRuleId;
  /** Index of the offending words in the text given to findClaims. */
  index: number;
  /** The offending words, as written. */
  words: string;
  message: string;
  fix: string;
}

/** A rule's words for staff: what is wrong with `words`, and what to write instead. */
interface Advice {
  message: (words: string) => string;
  fix: (words: string) => string;
}

/**
 * The words of one language for the claims and safe-messaging rules (rules.ts in English,
 * rules-es.ts in Spanish). How a claim is recognised is the same in every language and lives
 * here once: a claim in a question, in a sentence that reports someone else's false claim, or
 * just after a denial ("not", "no") is not one.
 */
export interface ClaimsLanguage {
  /** Words that, shortly before a claim, deny it. */
  negation: RegExp;
  /** A sentence that reports someone else's false claim ("falsely") is a warning, not a claim. */
  reported: RegExp;
  fdaApproved: Advice & {
    phrase: RegExp;
    /** Drug names; the approval is about the one named last before it (else first after it). */
    drug: RegExp;
    /** How ketamine itself is written (esketamine/Spravato is FDA-approved). */
    ketamine: string;
    /** Approved uses that are not mental-health claims (anesthesia). */
    legitimateUse: RegExp;
  };
  nonAddictive: Advice & { phrase: RegExp };
  cure: Advice & { phrase: RegExp };
  committedSuicide: Advice & { phrase: RegExp };
  /** Mentions of suicide that call for a <CrisisNote />, minus names of crisis services. */
  suicide: { word: RegExp; serviceName: RegExp };
}

/** Every rule of every language given, on one block of text; indexes are relative to `text`. */
export function findClaims(text: string, languages: readonly ClaimsLanguage[]): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const sentence of sentences(text)) {
    const question = isQuestion(sentence.text);
    for (const language of languages) {
      const found = [
        ...(question ? [] : [...fdaApproved(sentence.text, language), ...nonAddictive(sentence.text, language)]),
        ...(question ? [] : cure(sentence.text, language)),
        ...committedSuicide(sentence.text, language),
      ];
      for (const finding of found) findings.push({ ...finding, index: sentence.start + finding.index });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

/** Where a block of text mentions suicide (for safe-messaging/crisis-note). */
export function suicideMentions(text: string, language: ClaimsLanguage): { index: number; words: string }[] {
  const masked = text.replace(language.suicide.serviceName, (name) => " ".repeat(name.length));
  return [...masked.matchAll(language.suicide.word)].map((match) => ({
    index: match.index,
    words: text.slice(match.index, match.index + match[0].length),
  }));
}

/** The last few words before `index`, within the same clause. */
function wordsBefore(sentence: string, index: number, count: number): string {
  const clause = sentence.slice(0, index).split(/[,;:()—–]/).at(-1) ?? "";
  return clause.split(/\s+/).filter(Boolean).slice(-count).join(" ");
}

function finding(rule: LintRuleId, index: number, words: string, advice: Advice): TextFinding {
  return { rule, index, words, message: advice.message(words), fix: advice.fix(words) };
}

function fdaApproved(sentence: string, language: ClaimsLanguage): TextFinding[] {
  const rule = language.fdaApproved;
  if (language.reported.test(sentence) || rule.legitimateUse.test(sentence)) return [];
  const drugs = [...sentence.matchAll(rule.drug)].map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    isKetamine: m[0].toLowerCase() === rule.ketamine,
  }));
  const findings: TextFinding[] = [];
  for (const match of sentence.matchAll(rule.phrase)) {
    // "Unlike ketamine, Spravato is FDA-approved…" is about Spravato.
    const subject =
      drugs.filter((drug) => drug.end <= match.index).at(-1) ?? drugs.find((drug) => drug.index >= match.index);
    if (!subject?.isKetamine) continue;
    if (language.negation.test(wordsBefore(sentence, match.index, 5))) continue;
    findings.push(finding("claims/fda-approved", match.index, match[0], rule));
  }
  return findings;
}

function nonAddictive(sentence: string, language: ClaimsLanguage): TextFinding[] {
  if (language.reported.test(sentence)) return [];
  return [...sentence.matchAll(language.nonAddictive.phrase)].map((match) =>
    finding("claims/non-addictive", match.index, match[0], language.nonAddictive),
  );
}

function cure(sentence: string, language: ClaimsLanguage): TextFinding[] {
  if (language.reported.test(sentence)) return [];
  return [...sentence.matchAll(language.cure.phrase)]
    .filter((match) => !language.negation.test(wordsBefore(sentence, match.index, 4)))
    .map((match) => finding("claims/cure", match.index, match[0], language.cure));
}

function committedSuicide(sentence: string, language: ClaimsLanguage): TextFinding[] {
  return [...sentence.matchAll(language.committedSuicide.phrase)].map((match) =>
    finding("safe-messaging/committed-suicide", match.index, match[0], language.committedSuicide),
  );
}
