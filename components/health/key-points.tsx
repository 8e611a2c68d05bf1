import { t, type Locale } from "@/lib/i18n/messages";

/** The main message first (CDC Clear Communication Index): the article's 3 to 5 key points. */
export function KeyPoints({ points, locale = "en" }: { points?: string[]; locale?: Locale }) {
  if (!points || points.length === 0) return null;
  return (
    <section
      aria-labelledby="key-points-heading"
      className="key-points my-8 rounded-2xl border border-brand-200 bg-brand-50 px-6 py-5"
    >
      <h2 id="key-points-heading" className="text-lg font-bold text-brand-900">
        {t(locale).health.keyPoints}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
