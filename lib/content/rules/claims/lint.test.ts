import { describe, expect, it } from "vitest";
import type { ContentEntry } from "../../collection";
import { checkEntry, type EntryKind } from "../../entry-check";
import { parseFrontmatter } from "../../frontmatter";
import { formatProblem } from "../../problems";
import { articleFrontmatterSchema, pageFrontmatterSchema } from "../../schemas";

const file = "content/articles/example.mdx";
const frontmatter = ['title: "About ketamine"', 'description: "What ketamine therapy is."', 'date: "2026-03-14"'];

/** An article whose text starts on line 7 (lines 1–5 are the frontmatter, line 6 is empty). */
const article = (body: string, fields: string[] = frontmatter) => `---\n${fields.join("\n")}\n---\n\n${body}\n`;

/** What content:check prints for an article (or page) with this body and frontmatter. */
const ruleFamilies = new Set(["key-points", "references", "readability", "glossary"]);

async function check(body: string, fields: string[] = frontmatter, kind: EntryKind = "article"): Promise<string[]> {
  const schema = kind === "article" ? articleFrontmatterSchema : pageFrontmatterSchema;
  const parsed = parseFrontmatter(article(body, fields), file, schema as typeof articleFrontmatterSchema);
  expect(parsed.problems).toEqual([]);
  const entry: ContentEntry<unknown> = {
    slug: "example",
    file,
    frontmatter: parsed.data,
    body: parsed.body,
    bodyStartLine: parsed.bodyStartLine,
    fields: parsed.fields,
    frontmatterComments: parsed.comments,
  };
  const { problems } = await checkEntry(entry, { kind });
  // The claims and safe-messaging rules only: key points, references and reading level have their
  // own tests in lib/content/rules/.
  return problems.filter((problem) => !ruleFamilies.has(problem.rule.split("/")[0]!)).map(formatProblem);
}

const fdaMessage = (words: string, where: string) => `${file}:${where}  error  [claims/fda-approved]
  Problem: "${words}" says that ketamine is approved by the FDA for a mental-health use. It is not: using ketamine for depression, anxiety or PTSD is off-label. Only esketamine (Spravato) nasal spray is FDA-approved, for specific depression indications.
  Fix: Write e.g. "Using ketamine for depression is off-label: the FDA has not approved it for this use." If the sentence is about Spravato, name Spravato (esketamine) just before the approval.`;

describe("claims/fda-approved", () => {
  it("flags ketamine described as FDA-approved, pointing at the words", async () => {
    expect(await check("Our ketamine infusions are **FDA-approved** for depression.")).toEqual([
      fdaMessage("FDA-approved", "7:30"),
    ]);
  });

  it("flags other ways of saying it", async () => {
    const found = await check(
      [
        "Ketamine was approved by the U.S. Food and Drug Administration for depression.",
        "",
        "The FDA has approved ketamine for PTSD.",
        "",
        "FDA approved ketamine therapy is available here.",
      ].join("\n"),
    );
    expect(found).toEqual([
      fdaMessage("approved by the U.S. Food and Drug Administration", "7:14"),
      fdaMessage("FDA has approved", "9:5"),
      fdaMessage("FDA approved", "11:1"),
    ]);
  });

  it("accepts honest statements from the clinic's own pages", async () => {
    const honest = [
      "Using ketamine for mental-health conditions is off-label, which means the FDA has not approved ketamine for these uses.",
      "Esketamine (Spravato) nasal spray, a related medicine, is FDA-approved only for specific depression indications.",
      "This means the U.S. Food and Drug Administration (FDA) has not approved ketamine for these uses.",
      "Spravato is a nasal spray that contains esketamine, a close relative of ketamine. Spravato nasal spray is FDA-approved for specific depression indications in adults.",
      "Unlike ketamine, Spravato is FDA-approved for treatment-resistant depression.",
      "Ketamine is not FDA-approved for any mental-health condition.",
      "Ketamine has been FDA-approved as an anesthetic since 1970.",
      "Some clinics falsely claim that ketamine is FDA-approved for depression.",
      "| FDA status | Off-label for mental-health conditions | Approved by the FDA for specific depression indications in adults |\n| --- | --- | --- |\n| a | b | c |",
      '<FaqItem question="Has the FDA approved ketamine for depression?">\n\nNo.\n\n</FaqItem>',
    ];
    expect(await check(honest.join("\n\n"))).toEqual([]);
  });
});

describe("claims/non-addictive", () => {
  const message = (words: string, where: string) => `${file}:${where}  error  [claims/non-addictive]
  Problem: "${words}" claims there is no risk of addiction. That is not true of ketamine: it can be misused and can lead to dependence, and regulators and researchers have called this claim out in clinic advertising.
  Fix: Describe the risk honestly, e.g. "Ketamine can be misused, so we give it only in our clinic, under supervision, and ask about substance use during screening."`;

  it("flags non-addictive, nonaddictive and no risk of addiction", async () => {
    expect(await check("Ketamine is non-addictive. It is nonaddictive, with no risk of addiction.")).toEqual([
      message("non-addictive", "7:13"),
      message("nonaddictive", "7:34"),
      message("no risk of addiction", "7:53"),
    ]);
  });

  it("accepts an honest description of the risk", async () => {
    expect(
      await check("Yes, ketamine can be misused, and researchers are still studying tolerance, dependence and addiction."),
    ).toEqual([]);
  });
});

describe("claims/cure", () => {
  const message = (words: string, where: string) => `${file}:${where}  error  [claims/cure]
  Problem: "${words}" promises a result no treatment can promise. Ketamine therapy does not help everyone, and individual results vary.
  Fix: Describe possible benefits carefully, e.g. "may ease symptoms for some people" or "individual results vary". To deny the claim, say so plainly, e.g. "Ketamine is not a cure".`;

  it("flags cure, guaranteed, 100% effective and works for everyone", async () => {
    expect(await check("Ketamine cures depression, guaranteed! It is 100% effective and works for everyone.")).toEqual([
      message("cures", "7:10"),
      message("guaranteed", "7:28"),
      message("100% effective", "7:46"),
      message("works for everyone", "7:65"),
    ]);
  });

  it("points at the words even after escapes, entities and emphasis", async () => {
    expect(await check("Fees \\{see below\\} &amp; a **guaranteed** result.")).toEqual([message("guaranteed", "7:30")]);
  });

  it("flags a promise in the title, at its place in the frontmatter", async () => {
    const fields = ['title: "A cure for depression"', ...frontmatter.slice(1)];
    expect(await check("Plain text.", fields)).toEqual([message("cure", "2:11")]);
  });

  it("does not match inside other words or in denials", async () => {
    expect(
      await check(
        [
          "Curious readers ask whether the clinic is secure, the information accurate, and how to procure records.",
          "Ketamine is not a cure. There is no guarantee that it will help. No treatment is 100% effective.",
          "Can ketamine cure depression?",
          "Code is not text: `cure`.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });
});

describe("safe-messaging/committed-suicide", () => {
  it('suggests "died by suicide", matching the verb form', async () => {
    expect(
      await check("Her brother committed suicide in 2019. People who commit suicide often told someone.\n\n<CrisisNote />"),
    ).toEqual([
      `${file}:7:13  error  [safe-messaging/committed-suicide]
  Problem: "committed suicide" describes suicide as a crime or a sin. Safe-messaging guidelines ask for "died by suicide".
  Fix: Write "died by suicide" instead of "committed suicide".`,
      `${file}:7:51  error  [safe-messaging/committed-suicide]
  Problem: "commit suicide" describes suicide as a crime or a sin. Safe-messaging guidelines ask for "died by suicide".
  Fix: Write "die by suicide" instead of "commit suicide".`,
    ]);
  });

  it('accepts "died by suicide"', async () => {
    expect(await check("Her brother died by suicide in 2019.\n\n<CrisisNote />")).toEqual([]);
  });
});

describe("safe-messaging/crisis-note", () => {
  it("requires <CrisisNote /> when an article mentions suicide", async () => {
    expect(await check("Intro.\n\nIf you have suicidal thoughts, please tell your clinician.")).toEqual([
      `${file}:9:13  error  [safe-messaging/crisis-note]
  Problem: This article mentions suicide ("suicidal") but does not include <CrisisNote />, the box with the 988 Suicide & Crisis Lifeline and 911.
  Fix: Add a line <CrisisNote /> (with an empty line before and after it) near the first mention of suicide.`,
    ]);
  });

  it("is satisfied by <CrisisNote /> anywhere, and applies to pages too", async () => {
    expect(await check("If you have suicidal thoughts, please tell your clinician.\n\n<CrisisNote />")).toEqual([]);
    const page = ['title: "Help"', 'description: "Where to find help."'];
    expect(await check("Thinking about suicide? Call 988.", page, "page")).toHaveLength(1);
  });

  it("does not count the name of the 988 Suicide & Crisis Lifeline as a mention", async () => {
    expect(await check("Call or text the 988 Suicide & Crisis Lifeline at any time.")).toEqual([]);
  });
});

describe("content-check-ignore", () => {
  const cure = "The 2023 study found ads that promised a cure.";

  it("silences one rule on the next line when it gives a reason", async () => {
    expect(await check(`{/* content-check-ignore claims/cure: quoting the ads the study found */}\n${cure}`)).toEqual([]);
  });

  it("covers a whole paragraph when placed just before it", async () => {
    expect(
      await check(`{/* content-check-ignore claims/cure: quoting the ads the study found */}\nThe study\nfound ads that promised a cure.`),
    ).toEqual([]);
  });

  it("silences nothing without a reason, and says so", async () => {
    expect(await check(`{/* content-check-ignore claims/cure */}\n${cure}`)).toEqual([
      `${file}:7:1  error  [content-check-ignore]
  Problem: The ignore comment for claims/cure gives no reason, so it silences nothing.
  Fix: Say why the words are right here, after a colon, e.g. {/* content-check-ignore claims/cure: quoting a false claim from a 2023 study of clinic advertising */}.`,
      `${file}:8:42  error  [claims/cure]
  Problem: "cure" promises a result no treatment can promise. Ketamine therapy does not help everyone, and individual results vary.
  Fix: Describe possible benefits carefully, e.g. "may ease symptoms for some people" or "individual results vary". To deny the claim, say so plainly, e.g. "Ketamine is not a cure".`,
    ]);
  });

  it("only silences the rule it names", async () => {
    const found = await check(`{/* content-check-ignore claims/non-addictive: quoting */}\n${cure}`);
    expect(found.map((line) => line.split("\n")[0])).toEqual([
      `${file}:7:1  warning  [content-check-ignore]`,
      `${file}:8:42  error  [claims/cure]`,
    ]);
  });

  it("rejects an unknown rule id", async () => {
    expect((await check(`{/* content-check-ignore claims/curse: typo */}\n${cure}`))[0]).toBe(
      `${file}:7:1  error  [content-check-ignore]
  Problem: "claims/curse" is not a rule content:check knows, so this ignore comment silences nothing.
  Fix: Write one of claims/fda-approved, claims/non-addictive, claims/cure, safe-messaging/committed-suicide, safe-messaging/crisis-note after content-check-ignore, then a colon and the reason.`,
    );
  });

  it("works in the frontmatter as a # comment", async () => {
    const fields = ["# content-check-ignore claims/cure: the title names the study", 'title: "The cure claims study"', ...frontmatter.slice(1)];
    expect(await check("Plain text.", fields)).toEqual([]);
  });

  it("leaves ordinary comments alone", async () => {
    expect(await check(`{/* PLACEHOLDER: confirm the price */}\nPlain text.`)).toEqual([]);
  });
});
