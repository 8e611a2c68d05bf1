import type { ClaimsLanguage } from "./claims";

/**
 * The claims and safe-messaging rules. Each finds words in one block of visible text and says,
 * in plain English, why they are a problem and what to write instead. Sources: CLINIC.md
 * (FDA status of ketamine and Spravato; the 2023 JAMA Network Open study of ketamine
 * advertising; suicidepreventionmessaging.org). How they read a sentence is claims.ts; the
 * English words are below, the Spanish ones in rules-es.ts.
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

const dash = "[\\s\\u2010-\\u2014-]*";

const diedBy: Record<string, string> = {
  commit: "die by suicide",
  commits: "dies by suicide",
  committed: "died by suicide",
  committing: "dying by suicide",
};

export const english: ClaimsLanguage = {
  negation: /\b(?:not|never|no|nor|neither|nothing|cannot|without|lacks?|lacking|pending|awaiting)\b|n['’]t\b/i,
  reported: /\b(?:falsely|wrongly|incorrectly|mistakenly|misleadingly)\b/i,
  fdaApproved: {
    phrase: new RegExp(
      [
        `\\bFDA${dash}(?:approved|approval)\\b`,
        `\\bapproved\\s+by\\s+(?:the\\s+)?(?:U\\.?S\\.?\\s+)?(?:FDA|Food\\s+and\\s+Drug\\s+Administration)\\b`,
        `\\b(?:FDA|Food\\s+and\\s+Drug\\s+Administration)(?:\\s+\\(FDA\\))?\\s+(?:has\\s+|have\\s+|had\\s+)?approved\\b`,
      ].join("|"),
      "gi",
    ),
    drug: /\b(?:es)?ketamine\b|\bspravato\b/gi,
    ketamine: "ketamine",
    legitimateUse: /\ban(?:a)?esthe|\bsedation\b/i,
    message: (words) =>
      `"${words}" says that ketamine is approved by the FDA for a mental-health use. It is not: using ketamine ` +
      "for depression, anxiety or PTSD is off-label. Only esketamine (Spravato) nasal spray is FDA-approved, " +
      "for specific depression indications.",
    fix: () =>
      'Write e.g. "Using ketamine for depression is off-label: the FDA has not approved it for this use." ' +
      "If the sentence is about Spravato, name Spravato (esketamine) just before the approval.",
  },
  nonAddictive: {
    phrase: new RegExp(
      `\\bnon${dash}addictive\\b|\\bnot\\s+addictive\\b|\\b(?:no|zero)\\s+(?:risk|chance)\\s+of\\s+(?:addiction|dependence|dependency|misuse|abuse)\\b|\\bno\\s+addiction\\s+risk\\b`,
      "gi",
    ),
    message: (words) =>
      `"${words}" claims there is no risk of addiction. That is not true of ketamine: it can be misused and ` +
      "can lead to dependence, and regulators and researchers have called this claim out in clinic advertising.",
    fix: () =>
      'Describe the risk honestly, e.g. "Ketamine can be misused, so we give it only in our clinic, under ' +
      'supervision, and ask about substance use during screening."',
  },
  cure: {
    phrase:
      /\bcur(?:e|es|ed|ing)\b|\bguarantee(?:s|d)?\b|\b100\s*(?:%|percent|per\s+cent)\s+(?:effective|success(?:ful)?)\b|\bworks\s+for\s+every(?:one|body)\b/gi,
    message: (words) =>
      `"${words}" promises a result no treatment can promise. Ketamine therapy does not help everyone, and individual results vary.`,
    fix: () =>
      'Describe possible benefits carefully, e.g. "may ease symptoms for some people" or "individual results ' +
      'vary". To deny the claim, say so plainly, e.g. "Ketamine is not a cure".',
  },
  committedSuicide: {
    phrase: /\bcommit(?:s|ted|ting)?\s+suicide\b/gi,
    message: (words) =>
      `"${words}" describes suicide as a crime or a sin. Safe-messaging guidelines ask for "died by suicide".`,
    fix: (words) =>
      `Write "${diedBy[words.split(/\s+/)[0]!.toLowerCase()] ?? "died by suicide"}" instead of "${words}".`,
  },
  suicide: {
    // Names of crisis services are not mentions of suicide that call for a <CrisisNote />.
    serviceName: /\bsuicide\s+(?:&|and)\s+crisis\s+lifeline\b|\bsuicide\s+prevention\s+lifeline\b/gi,
    word: /\bsuicid(?:e|es|al|ality)\b/gi,
  },
};
