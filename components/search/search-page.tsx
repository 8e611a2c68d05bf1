import Link from "next/link";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { PageHeader } from "@/components/layout/page-header";
import { spanishConsultationPath } from "@/components/layout/nav-links";
import { CrisisNote } from "@/components/mdx/crisis-note";
import { getClinic } from "@/lib/content/clinic";
import { t, type Locale } from "@/lib/i18n/messages";
import { searchPaths, spanishPagePath } from "@/lib/i18n/paths";
import { SearchForm } from "./search-form";

/**
 * The search page of one language, as prerendered: the empty search. It is also the template of
 * every results page: the search route (app/api/search/[locale]/route.ts) takes this page's
 * built HTML and fills the elements marked `data-search-slot` (lib/search/template.ts): the
 * query into the input, the crisis help shown (it is `hidden` here), the status line and the
 * results, the suggestions hidden when there are results. Rename a slot here and there together;
 * the build checks that every slot is present (scripts/search-index.ts).
 */
export function SearchPage({ locale }: { locale: Locale }) {
  const words = t(locale).search;
  const clinic = getClinic();
  const link = "font-semibold text-brand-800 underline underline-offset-2";
  return (
    <>
      <LanguageSwitch locale={locale} path={searchPaths[locale]} />
      <PageHeader title={words.title} lead={words.lead} />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <SearchForm locale={locale} id="search-q" slot="query" />
        {/* Crisis help comes before anything else the search found (CLINIC.md). */}
        <section data-search-slot="crisis" hidden className="mt-8">
          <p className="text-lg">{words.crisisLead}</p>
          <CrisisNote locale={locale} />
        </section>
        <p data-search-slot="status" className="mt-8 text-lg font-semibold text-brand-900" />
        <div data-search-slot="results" />
        <section data-search-slot="suggestions" aria-labelledby="search-suggestions" className="mt-8">
          <h2 id="search-suggestions" className="text-xl font-bold text-brand-900">
            {words.suggestionsHeading}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
            <li>
              <Link className={link} href={locale === "es" ? spanishPagePath("preguntas-frecuentes") : "/faq"}>
                {words.faq}
              </Link>
            </li>
            <li>
              <Link className={link} href={locale === "es" ? spanishConsultationPath : "/consultation"}>
                {words.consultation}
              </Link>
            </li>
            <li>
              {words.call}{" "}
              <a className={link} href={`tel:${clinic.phone}`}>
                {clinic.phoneDisplay}
              </a>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
