import Link from "next/link";
import { nextReviewDue } from "@/lib/content/rules/review-dates";
import { formatReviewDateIn } from "@/lib/i18n/format";
import { t, type Locale } from "@/lib/i18n/messages";

/**
 * "Page last reviewed: 20 November 2026 · Next review due: 20 November 2027", at the end of every
 * article and clinic page with a review date (the NHS standard), linking to the editorial policy.
 */
export function ReviewLine({
  lastReviewed,
  nextReview,
  locale = "en",
}: {
  lastReviewed?: string;
  nextReview?: string;
  locale?: Locale;
}) {
  const due = nextReviewDue({ lastReviewed, nextReview });
  if (!lastReviewed || !due) return null;
  const words = t(locale).health;
  const date = (iso: string) => <time dateTime={iso}>{formatReviewDateIn(locale, iso)}</time>;
  return (
    <p className="review-line mt-10 border-t border-sand-200 pt-4 text-sm text-ink-muted">
      {`${words.lastReviewed} `}
      {date(lastReviewed)}
      {` · ${words.nextReview} `}
      {date(due)}
      {" · "}
      <Link className="font-medium text-brand-800 underline" href={words.editorialPolicyPath} prefetch={false}>
        {words.editorialPolicy}
      </Link>
    </p>
  );
}
