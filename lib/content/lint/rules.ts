import { isQuestion, sentences } from "./sentences";

/**
 * The claims and safe-messaging rules. Each finds words in one block of visible text and says,
 * in plain English, why they are a problem and what to write instead. Sources: CLINIC.md
 * (FDA status of ketamine and Spravato; the 2023 JAMA Network Open study of ketamine
 * advertising; suicidepreventionmessaging.org).
 */
export const lintRules = {
  "claims/fda-approved": "Ketamine described as FDA-approved for mental health",
  "claims/non-addictive": 'Ketamine described as "non-addictive"',
  "claims/cure": 'Promises: "cure", "guaranteed", "100% effective", "works for everyone"',
  "safe-messaging/committed-suicide": '"committed suicide" instead of "died by suicide"',
  "safe-messaging/crisis-note": "Suicide mentioned without <CrisisNote />",
} as const;

export type LintRuleId = keyof typeof lintRules;

export const lintRuleIds = Object.keys(lintRules) as LintRuleId[];

export interface TextFinding {
  rule: LintRuleId;
  /** Index of the offending words in the text given to findInText. */
  index: number;
  /** The offending words, as written. */
  words: string;
  message: string;
  fix: string;
}

const dash = "[\\s\\u2010-\\u2014-]*";

/** Words that, shortly before a claim, deny it: "not", "no known cure", "can't guarantee". */
const negation = /\b(?:not|never|no|nor|neither|nothing|cannot|without|lacks?|lacking|pending|awaiting)\b|n['’]t\b/i;
/** A sentence that reports someone else's false claim is a warning, not a claim. */
const reported = /\b(?:falsely|wrongly|incorrectly|mistakenly|misleadingly)\b/i;

/** The last few words before `index`, within the same clause. */
function wordsBefore(sentence: string, index: number, count: number): string {
  const clause = sentence.slice(0, index).split(/[,;:()—–]/).at(-1) ?? "";
  return clause.split(/\s+/).filter(Boolean).slice(-count).join(" ");
}

/** Every rule on one block of text; indexes are relative to `text`. */
export function findInText(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const sentence of sentences(text)) {
    const at = (index: number) => sentence.start + index;
    const question = isQuestion(sentence.text);
    if (!question) {
      findings.push(...fdaApproved(sentence.text).map((f) => ({ ...f, index: at(f.index) })));
      findings.push(...nonAddictive(sentence.text).map((f) => ({ ...f, index: at(f.index) })));
      findings.push(...cure(sentence.text).map((f) => ({ ...f, index: at(f.index) })));
    }
    findings.push(...committedSuicide(sentence.text).map((f) => ({ ...f, index: at(f.index) })));
  }
  return findings.sort((a, b) => a.index - b.index);
}

const approvalPhrase = new RegExp(
  [
    `\\bFDA${dash}(?:approved|approval)\\b`,
    `\\bapproved\\s+by\\s+(?:the\\s+)?(?:U\\.?S\\.?\\s+)?(?:FDA|Food\\s+and\\s+Drug\\s+Administration)\\b`,
    `\\b(?:FDA|Food\\s+and\\s+Drug\\s+Administration)(?:\\s+\\(FDA\\))?\\s+(?:has\\s+|have\\s+|had\\s+)?approved\\b`,
  ].join("|"),
  "gi",
);
const drugMention = /\b(?:es)?ketamine\b|\bspravato\b/gi;
const legitimateUse = /\ban(?:a)?esthe|\bsedation\b/i;

function fdaApproved(sentence: string): TextFinding[] {
  if (reported.test(sentence) || legitimateUse.test(sentence)) return [];
  const drugs = [...sentence.matchAll(drugMention)].map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    isKetamine: m[0].toLowerCase() === "ketamine",
  }));
  const findings: TextFinding[] = [];
  for (const match of sentence.matchAll(approvalPhrase)) {
    // The approval is about the drug named last before it (or, failing that, first after it):
    // "Unlike ketamine, Spravato is FDA-approved…" is about Spravato.
    const subject =
      drugs.filter((drug) => drug.end <= match.index).at(-1) ?? drugs.find((drug) => drug.index >= match.index);
    if (!subject?.isKetamine) continue;
    if (negation.test(wordsBefore(sentence, match.index, 5))) continue;
    const words = match[0];
    findings.push({
      rule: "claims/fda-approved",
      index: match.index,
      words,
      message:
        `"${words}" says that ketamine is approved by the FDA for a mental-health use. It is not: using ketamine ` +
        "for depression, anxiety or PTSD is off-label. Only esketamine (Spravato) nasal spray is FDA-approved, " +
        "for specific depression indications.",
      fix:
        'Write e.g. "Using ketamine for depression is off-label: the FDA has not approved it for this use." ' +
        "If the sentence is about Spravato, name Spravato (esketamine) just before the approval.",
    });
  }
  return findings;
}

const nonAddictivePhrase = new RegExp(
  `\\bnon${dash}addictive\\b|\\bnot\\s+addictive\\b|\\b(?:no|zero)\\s+(?:risk|chance)\\s+of\\s+(?:addiction|dependence|dependency|misuse|abuse)\\b|\\bno\\s+addiction\\s+risk\\b`,
  "gi",
);

function nonAddictive(sentence: string): TextFinding[] {
  if (reported.test(sentence)) return [];
  return [...sentence.matchAll(nonAddictivePhrase)].map((match) => ({
    rule: "claims/non-addictive" as const,
    index: match.index,
    words: match[0],
    message:
      `"${match[0]}" claims there is no risk of addiction. That is not true of ketamine: it can be misused and ` +
      "can lead to dependence, and regulators and researchers have called this claim out in clinic advertising.",
    fix:
      'Describe the risk honestly, e.g. "Ketamine can be misused, so we give it only in our clinic, under ' +
      'supervision, and ask about substance use during screening."',
  }));
}

const promisePhrase =
  /\bcur(?:e|es|ed|ing)\b|\bguarantee(?:s|d)?\b|\b100\s*(?:%|percent|per\s+cent)\s+(?:effective|success(?:ful)?)\b|\bworks\s+for\s+every(?:one|body)\b/gi;

function cure(sentence: string): TextFinding[] {
  if (reported.test(sentence)) return [];
  const findings: TextFinding[] = [];
  for (const match of sentence.matchAll(promisePhrase)) {
    if (negation.test(wordsBefore(sentence, match.index, 4))) continue;
    findings.push({
      rule: "claims/cure",
      index: match.index,
      words: match[0],
      message: `"${match[0]}" promises a result no treatment can promise. Ketamine therapy does not help everyone, and individual results vary.`,
      fix:
        'Describe possible benefits carefully, e.g. "may ease symptoms for some people" or "individual results ' +
        'vary". To deny the claim, say so plainly, e.g. "Ketamine is not a cure".',
    });
  }
  return findings;
}

const committedPhrase = /\b(commit(?:s|ted|ting)?)\s+suicide\b/gi;
const diedBy: Record<string, string> = {
  commit: "die by suicide",
  commits: "dies by suicide",
  committed: "died by suicide",
  committing: "dying by suicide",
};

function committedSuicide(sentence: string): TextFinding[] {
  return [...sentence.matchAll(committedPhrase)].map((match) => {
    const replacement = diedBy[match[1]!.toLowerCase()] ?? "died by suicide";
    return {
      rule: "safe-messaging/committed-suicide" as const,
      index: match.index,
      words: match[0],
      message: `"${match[0]}" describes suicide as a crime or a sin. Safe-messaging guidelines ask for "died by suicide".`,
      fix: `Write "${replacement}" instead of "${match[0]}".`,
    };
  });
}

/** Names of crisis services are not mentions of suicide that call for a <CrisisNote />. */
const serviceName = /\bsuicide\s+(?:&|and)\s+crisis\s+lifeline\b|\bsuicide\s+prevention\s+lifeline\b/gi;
const suicideWord = /\bsuicid(?:e|es|al|ality)\b/gi;

/** Where a block of text mentions suicide (for safe-messaging/crisis-note). */
export function suicideMentions(text: string): { index: number; words: string }[] {
  const masked = text.replace(serviceName, (name) => " ".repeat(name.length));
  return [...masked.matchAll(suicideWord)].map((match) => ({
    index: match.index,
    words: text.slice(match.index, match.index + match[0].length),
  }));
}
