import type { FileFacts } from "../context-check";
import type { ContentProblem } from "../problems";
import type { SiteRule } from "./rule";
import { fieldAt } from "./text";

/**
 * The review cycle, as the NHS shows it: every article and clinic page with `lastReviewed` has a
 * next review, `nextReview` or 12 months later. A warning 30 days before it is due and again once
 * it is overdue. Never an error: an urgent change (a closure) must always be publishable.
 */
export const warnDaysBefore = 30;

/** The date 12 months after a YYYY-MM-DD date (29 February → 28 February). */
export function twelveMonthsAfter(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year + 1, month - 1, day));
  if (next.getUTCMonth() !== month - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

/** When the next review is due: the page's own nextReview, else 12 months after lastReviewed. */
export function nextReviewDue(frontmatter: { lastReviewed?: string; nextReview?: string }): string | undefined {
  if (frontmatter.nextReview) return frontmatter.nextReview;
  return frontmatter.lastReviewed ? twelveMonthsAfter(frontmatter.lastReviewed) : undefined;
}

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export type ReviewStatus = { state: "current" | "due-soon" | "overdue"; due: string } | undefined;

export function reviewStatus(frontmatter: { lastReviewed?: string; nextReview?: string }, today: string): ReviewStatus {
  const due = nextReviewDue(frontmatter);
  if (!due) return undefined;
  const days = daysBetween(today, due);
  return { state: days < 0 ? "overdue" : days <= warnDaysBefore ? "due-soon" : "current", due };
}

export const reviewDatesRule: SiteRule = {
  family: "review",
  check(files, { today }) {
    return files.flatMap((facts) => (facts.valid && (facts.kind === "article" || facts.kind === "page") ? problemsOf(facts, today) : []));
  },
};

function problemsOf(facts: FileFacts, today: string): ContentProblem[] {
  const frontmatter = facts.frontmatter as { lastReviewed?: string; nextReview?: string };
  const { lastReviewed, nextReview } = frontmatter;
  if (nextReview && lastReviewed && nextReview <= lastReviewed) {
    return [
      {
        severity: "error",
        file: facts.file,
        ...fieldAt(facts, "nextReview"),
        rule: "nextReview",
        message: `"nextReview" (${nextReview}) is not after lastReviewed (${lastReviewed}).`,
        fix: "Set nextReview to a later date, or remove it: the default is 12 months after lastReviewed.",
      },
    ];
  }
  const status = reviewStatus(frontmatter, today);
  if (!status || status.state === "current") return [];
  const what = facts.kind === "article" ? "article" : "page";
  const fix = `Ask a clinician to review the ${what} again, then set lastReviewed to the date of the new review.`;
  if (status.state === "overdue") {
    return [
      {
        severity: "warning",
        file: facts.file,
        ...fieldAt(facts, nextReview ? "nextReview" : "lastReviewed"),
        rule: nextReview ? "nextReview" : "lastReviewed",
        message: nextReview
          ? `The next review of this ${what} was due on ${nextReview}.`
          : `The medical review of ${lastReviewed} is more than 12 months old.`,
        fix,
      },
    ];
  }
  return [
    {
      severity: "warning",
      file: facts.file,
      ...fieldAt(facts, nextReview ? "nextReview" : "lastReviewed"),
      rule: "review/due-soon",
      message: `The next review of this ${what} is due on ${status.due}, within ${warnDaysBefore} days.`,
      fix,
    },
  ];
}
