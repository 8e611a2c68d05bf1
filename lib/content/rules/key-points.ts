import type { ContentProblem } from "../problems";
import { wordsOf } from "../readability/measure";
import type { FileRule } from "./rule";
import { bodyBlocks, fieldAt } from "./text";

/**
 * Key points: the main message first (CDC Clear Communication Index). 3 to 5 plain sentences in
 * `keyPoints:`, shown in a box at the top of the article. Their words are read by the claims rules
 * like the rest of the text (lib/content/entry-check.ts).
 */
export const keyPointLimits = { fewest: 3, most: 5, wordsPerPoint: 30, articleWordsBeforeRequired: 100 } as const;

const rule = (id: string) => `key-points/${id}`;

export const keyPointsRule: FileRule = {
  family: "key-points",
  check(input) {
    if (input.kind !== "article") return [];
    const points = Array.isArray(input.frontmatter.keyPoints) ? (input.frontmatter.keyPoints as unknown[]).map(String) : [];
    const problems: ContentProblem[] = [];
    if (points.length === 0) {
      // A note of a few lines is its own summary; the box is for articles a reader might skim.
      const words = bodyBlocks(input).reduce((sum, block) => sum + wordsOf(block.text).length, 0);
      if (words >= keyPointLimits.articleWordsBeforeRequired) {
        problems.push({
          severity: "warning",
          file: input.file,
          line: 1,
          rule: rule("missing"),
          message: `The article has no key points (${words} words of text).`,
          fix: 'Add keyPoints: with 3 to 5 plain sentences, each on a line starting with "- ", that say the main message first (see CONTENT.md).',
        });
      }
      return problems;
    }
    if (points.length > keyPointLimits.most) {
      problems.push({
        severity: "error",
        file: input.file,
        ...fieldAt(input, `keyPoints.${keyPointLimits.most}`),
        rule: rule("too-many"),
        message: `The article has ${points.length} key points; the box holds at most ${keyPointLimits.most}.`,
        fix: "Keep the 3 to 5 points that matter most to a reader; the rest belongs in the text.",
      });
    } else if (points.length < keyPointLimits.fewest) {
      problems.push({
        severity: "warning",
        file: input.file,
        ...fieldAt(input, "keyPoints.0"),
        rule: rule("too-few"),
        message: `The article has ${points.length} key point(s); aim for ${keyPointLimits.fewest} to ${keyPointLimits.most}.`,
        fix: "Add the main facts a reader should take away: what it is, what it may do, the risks, what to do next.",
      });
    }
    points.forEach((point, index) => {
      const words = wordsOf(point).length;
      if (words <= keyPointLimits.wordsPerPoint) return;
      problems.push({
        severity: "error",
        file: input.file,
        ...fieldAt(input, `keyPoints.${index}`),
        rule: rule("too-long"),
        message: `Key point ${index + 1} has ${words} words; keep each to ${keyPointLimits.wordsPerPoint} or fewer.`,
        fix: "Say one thing per point, in one short sentence; split it in two or move the detail into the text.",
      });
    });
    return problems;
  },
};
