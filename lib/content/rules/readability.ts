import { measureReadability, targets, type ReadabilityFigures } from "../readability/measure";
import { infleszBand } from "../readability/spanish";
import type { FileRule, FileRuleInput } from "./rule";
import { bodySentences } from "./text";
import { citationMarker } from "./references";

/**
 * Reading level, per file and per language: English by the Flesch-Kincaid grade (target ≤ 8),
 * Spanish by INFLESZ (target ≥ 55, "normal"). A warning above the target names the hardest
 * sentences with their lines. Texts under 100 words are not scored: the formulas need a sample.
 */
export const minimumWords = 100;

const figuresCache = new WeakMap<FileRuleInput, ReturnType<typeof measureReadability> | undefined>();

/** The file's figures (for content:check --json), or undefined for team bios and short texts. */
export function readabilityOf(input: FileRuleInput): ReturnType<typeof measureReadability> | undefined {
  if (figuresCache.has(input)) return figuresCache.get(input);
  let result: ReturnType<typeof measureReadability> | undefined;
  if (input.kind !== "team") {
    const sentences = bodySentences(input).map((sentence) => ({
      // Citation markers are not words a reader reads.
      text: sentence.text.replace(citationMarker, ""),
      ...sentence.position,
    }));
    const measured = measureReadability(sentences, input.language);
    if (measured.figures.words >= minimumWords) result = measured;
  }
  figuresCache.set(input, result);
  return result;
}

export const readabilityRule: FileRule = {
  family: "readability",
  check(input) {
    const measured = readabilityOf(input);
    if (!measured || measured.figures.meetsTarget) return [];
    const { figures, hardest } = measured;
    const first = hardest[0];
    const list = hardest
      .map((sentence) => `line ${sentence.line} (${sentence.words} words, ${describe(figures, sentence.score)}): "${excerpt(sentence.text)}"`)
      .join("; ");
    return [
      {
        severity: "warning",
        file: input.file,
        line: first?.line,
        column: first?.column,
        rule: `readability/${figures.language === "en" ? "grade" : "inflesz"}`,
        message: `${summary(figures)}. Hardest sentences: ${list}.`,
        fix:
          figures.language === "en"
            ? "Use shorter sentences (15–20 words) and everyday words (\"help\" for \"facilitate\", \"often\" for \"frequently\"); explain one idea per sentence. Put technical terms in the glossary instead of defining them in the sentence."
            : "Use frases más cortas (15–20 palabras) y palabras cotidianas; una idea por frase. Los términos técnicos van al glosario.",
      },
    ];
  },
};

export function summary(figures: ReadabilityFigures): string {
  return figures.language === "en"
    ? `Reading level: Flesch-Kincaid grade ${figures.score} (target ${targets.en} or lower)`
    : `Reading ease: INFLESZ ${figures.score}, "${infleszBand(figures.score)}" (target ${targets.es} or higher)`;
}

function describe(figures: ReadabilityFigures, score: number): string {
  return figures.language === "en" ? `grade ${score.toFixed(1)}` : `INFLESZ ${score.toFixed(1)}`;
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
