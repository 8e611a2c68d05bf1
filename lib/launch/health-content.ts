import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { reviewStatus } from "@/lib/content/rules/review-dates";
import type { CheckLine, LaunchCheck } from "./checks";
import { frontmatterData } from "@/lib/content/frontmatter";

/**
 * What is left for the medical reviewer before launch (issue 22): articles without references,
 * and articles and clinic pages whose review is overdue or due within 30 days. Warnings only: an
 * overdue review never blocks a build or a release (an urgent change must always be publishable).
 */
const folders = ["articles", "pages", "es/articles", "es/pages"] as const;

export function medicalReviewLines(contentRoot: string, today: string): CheckLine[] {
  const lines: CheckLine[] = [];
  for (const folder of folders) {
    const dir = path.join(contentRoot, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith(".mdx"))
      .sort()) {
      const shown = `content/${folder}/${file}`;
      const data = frontmatterData(readFileSync(path.join(dir, file), "utf8"));
      const isArticle = folder.endsWith("articles");
      if (isArticle && !(Array.isArray(data.references) && data.references.length > 0)) {
        lines.push({
          status: "warning",
          message: `${shown}: no references${data.draft ? " (draft)" : ""}`,
          fix: "the medical reviewer adds verifiable sources (DOI, PubMed ID or https) and cites them with [1], [2] (CONTENT.md)",
        });
      }
      const status = reviewStatus(
        {
          lastReviewed: typeof data.lastReviewed === "string" ? data.lastReviewed : undefined,
          nextReview: typeof data.nextReview === "string" ? data.nextReview : undefined,
        },
        today,
      );
      if (status?.state === "overdue") {
        lines.push({
          status: "warning",
          message: `${shown}: review overdue since ${status.due}`,
          fix: "review it, then update lastReviewed",
        });
      } else if (status?.state === "due-soon") {
        lines.push({
          status: "warning",
          message: `${shown}: review due on ${status.due}`,
          fix: "plan the review, then update lastReviewed",
        });
      }
    }
  }
  return lines;
}

export const medicalReviewCheck: LaunchCheck = {
  title: "Health information: references and review dates",
  run: ({ projectRoot }) => {
    const lines = medicalReviewLines(path.join(projectRoot, "content"), new Date().toISOString().slice(0, 10));
    return lines.length
      ? lines
      : [{ status: "ok", message: "every article has references; no review is due within 30 days" }];
  },
};
