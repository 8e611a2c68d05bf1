import { t, type Locale } from "@/lib/i18n/messages";
import { searchPaths } from "@/lib/i18n/paths";
import { maxQueryLength } from "@/lib/search/query";

/**
 * The site's search: a plain GET form, so it works without JavaScript and the results are an
 * ordinary address (/search?q=… or /es/buscar?q=…). `id` keeps label and input paired when a
 * page shows more than one form (the header's and the search page's own).
 */
export function SearchForm({
  locale,
  id,
  slot,
  className,
}: {
  locale: Locale;
  id: string;
  /** Marks the search page's own input, which the results fill with the query (data-search-slot). */
  slot?: string;
  className?: string;
}) {
  const words = t(locale).search;
  return (
    <form action={searchPaths[locale]} method="get" role="search" aria-label={words.formName} className={className}>
      <label htmlFor={id} className="block font-semibold text-ink">
        {words.label}
      </label>
      <div className="mt-1 flex gap-2">
        {/* autoComplete off: a browser's form history would show someone's searches to the next person on a shared device. */}
        <input
          id={id}
          type="search"
          name="q"
          maxLength={maxQueryLength}
          autoComplete="off"
          enterKeyHint="search"
          data-search-slot={slot}
          className="min-h-11 w-full min-w-0 rounded-lg border border-ink-muted bg-white px-3 text-ink focus-visible:border-brand-700"
        />
        <button
          type="submit"
          className="inline-flex min-h-11 shrink-0 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {words.button}
        </button>
      </div>
    </form>
  );
}
