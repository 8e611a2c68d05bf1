import type { Reference } from "../schemas";
import type { ContentProblem } from "../problems";
import type { FileRule, FileRuleInput } from "./rule";
import { bodyBlocks, fieldAt } from "./text";

/**
 * References: an article lists its sources in the frontmatter (`references:`) and cites them in
 * the text with markers [1], [2] or [1, 3] (the number is the reference's place in the list).
 * Each reference needs a DOI, a PubMed ID or an https address, written the way a reader's link
 * will work; markers must point at a reference and every reference must be cited.
 */
export const citationMarker = /\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]/g;

/** The numbers a marker's text cites: "1, 3" → [1, 3]; "2–4" → [2, 3, 4]. */
export function citedNumbers(inside: string): number[] {
  return inside.split(",").flatMap((part) => {
    const [from, to] = part.split(/[–-]/).map((value) => Number(value.trim()));
    if (from === undefined || Number.isNaN(from)) return [];
    if (to === undefined || Number.isNaN(to) || to < from || to - from > 20) return [from];
    return Array.from({ length: to - from + 1 }, (_, index) => from + index);
  });
}

export const doiPattern = /^10\.\d{4,9}\/\S+$/;
export const pmidPattern = /^\d{1,9}$/;

/** Words that say the text rests on research; such an article must say which research. */
const researchClaim =
  /\b(?:studies (?:have |has )?(?:show|shown|suggest|suggested|found|demonstrated|indicate)|(?:preliminary|recent|multiple|some) studies|research (?:has )?(?:suggests?|shows?|shown|indicated?|indicates|found)|recent research|evidence (?:suggests|indicates|shows)|estudios|la investigaci[oó]n (?:sugiere|muestra|indica|ha mostrado))\b/i;

const rule = (id: string) => `references/${id}`;

export const referencesRule: FileRule = {
  family: "references",
  check(input) {
    if (input.kind !== "article") return [];
    const references = Array.isArray(input.frontmatter.references) ? (input.frontmatter.references as Reference[]) : [];
    const problems: ContentProblem[] = references.flatMap((reference, index) => referenceProblems(input, reference, index));

    const cited = new Set<number>();
    let firstClaim: { line: number; column: number; words: string } | undefined;
    for (const block of bodyBlocks(input)) {
      for (const match of block.text.matchAll(citationMarker)) {
        for (const number of citedNumbers(match[1]!)) {
          cited.add(number);
          if (number < 1 || number > references.length) {
            problems.push({
              severity: "error",
              file: input.file,
              ...block.positionAt(match.index),
              rule: rule("marker"),
              message: `The citation marker [${number}] has no reference: the article lists ${references.length} reference(s).`,
              fix: references.length
                ? `Use a number from 1 to ${references.length} (the reference's place in the references list), or add the missing reference.`
                : "Add the source under references: in the frontmatter (see CONTENT.md), or remove the marker.",
            });
          }
        }
      }
      const claim = researchClaim.exec(block.text);
      if (claim && !firstClaim) firstClaim = { ...block.positionAt(claim.index), words: claim[0] };
    }
    references.forEach((reference, index) => {
      if (cited.has(index + 1)) return;
      problems.push({
        severity: "warning",
        file: input.file,
        ...fieldAt(input, `references.${index}`),
        rule: rule("uncited"),
        message: `Reference ${index + 1} ("${String(reference.title ?? "").slice(0, 60)}") is never cited in the text.`,
        fix: `Add the marker [${index + 1}] after the sentence it supports, or remove the reference.`,
      });
    });
    if (firstClaim && references.length === 0) {
      problems.push({
        severity: "warning",
        file: input.file,
        line: firstClaim.line,
        column: firstClaim.column,
        rule: rule("missing"),
        message: `The article makes research claims ("${firstClaim.words}") but lists no references.`,
        fix: "Add the studies under references: and cite them with [1], [2], … (see CONTENT.md); if no source can be verified, leave the claim to the medical reviewer (npm run launch:check lists such articles).",
      });
    }
    return problems;
  },
};

function referenceProblems(input: FileRuleInput, reference: Reference, index: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const name = `references.${index}`;
  const report = (field: string, id: string, message: string, fix: string) =>
    problems.push({ severity: "error", file: input.file, ...fieldAt(input, `${name}.${field}`), rule: rule(id), message: `Reference ${index + 1}: ${message}`, fix });
  const doi = reference.doi?.trim();
  const pmid = reference.pmid === undefined ? undefined : String(reference.pmid).trim();
  const url = reference.url?.trim();
  if (!doi && !pmid && !url) {
    problems.push({
      severity: "error",
      file: input.file,
      ...fieldAt(input, name),
      rule: rule("link"),
      message: `Reference ${index + 1} has no DOI, PubMed ID or address, so no reader can check it.`,
      fix: 'Add doi: "10.…", pmid: 12345678 or url: "https://…" as found on the publisher\'s or PubMed\'s page. Never guess one.',
    });
  }
  if (doi && !doiPattern.test(doi)) {
    report("doi", "doi", `"${doi}" is not a DOI.`, 'Write only the DOI itself, starting with 10. and a slash, e.g. doi: "10.1097/HRP.0000000000000183" (not the https://doi.org/ address).');
  }
  if (pmid && !pmidPattern.test(pmid)) {
    report("pmid", "pmid", `"${pmid}" is not a PubMed ID.`, "Write the PubMed number only, e.g. pmid: 29465478 (digits, without PMID:).");
  }
  if (url && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(url)) {
    report("url", "url", `"${url.slice(0, 60)}" is not an https:// address.`, "Use the page's https:// address; http:// pages are not linked.");
  }
  const year = reference.year;
  const thisYear = new Date().getUTCFullYear();
  if (typeof year === "number" && (year < 1800 || year > thisYear + 1)) {
    report("year", "year", `the year ${year} cannot be right.`, `Write the year of publication, e.g. year: 2000 (between 1800 and ${thisYear + 1}).`);
  }
  return problems;
}

/** The address a reader follows for a reference: the DOI, else PubMed, else its own address. */
export function referenceHref(reference: Reference): string | undefined {
  if (reference.doi) return `https://doi.org/${reference.doi.trim()}`;
  if (reference.pmid !== undefined) return `https://pubmed.ncbi.nlm.nih.gov/${String(reference.pmid).trim()}/`;
  return reference.url?.trim();
}
