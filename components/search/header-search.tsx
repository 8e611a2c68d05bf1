import { t, type Locale } from "@/lib/i18n/messages";
import { SearchForm } from "./search-form";

/**
 * The header's search on wide screens, where the bar has no room for a form: a native disclosure
 * (a magnifier) that opens the form under the bar, without JavaScript. Small screens find the
 * same form in the menu.
 */
export function HeaderSearch({ locale }: { locale: Locale }) {
  const words = t(locale).search;
  return (
    <details className="hidden xl:block">
      <summary className="flex size-11 cursor-pointer list-none items-center justify-center rounded-lg text-brand-800 hover:bg-sand-100 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
          <circle cx="8.5" cy="8.5" r="5.5" className="fill-none stroke-current" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" className="stroke-current" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="sr-only">{words.open}</span>
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-sand-200 bg-sand-50 px-4 pt-3 pb-4 shadow-lg sm:px-6">
        <SearchForm locale={locale} id="header-search-q" className="mx-auto max-w-xl" />
      </div>
    </details>
  );
}
