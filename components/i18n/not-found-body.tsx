import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { spanishCrisisSentence } from "@/lib/i18n/crisis";
import { t, type Locale } from "@/lib/i18n/messages";
import { spanishArticlesPath, spanishHomePath } from "@/lib/i18n/paths";

/** The 404 page's words and links, in either language (the Spanish one also spells out crisis help). */
export function NotFoundBody({ locale, headingId }: { locale: Locale; headingId?: string }) {
  const words = t(locale).notFound;
  const es = locale === "es";
  const linkClass = "font-semibold text-brand-800 underline";
  return (
    <>
      {headingId ? (
        // The second language on the same page: a section heading, not a second h1.
        <div className="mx-auto max-w-3xl px-4 pt-10 sm:px-6">
          <h2 id={headingId} className="text-2xl font-bold text-brand-900">
            {words.title}
          </h2>
          <p className="mt-3 text-lg">{words.lead}</p>
        </div>
      ) : (
        <PageHeader title={words.title} lead={words.lead} />
      )}
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <Link className={linkClass} href={es ? spanishHomePath : "/"}>
              {words.home}
            </Link>
          </li>
          <li>
            <Link className={linkClass} href={es ? spanishArticlesPath : "/articles"}>
              {words.articles}
            </Link>
          </li>
          <li>
            <Link className={linkClass} href={es ? consultationPaths.es : "/consultation"}>
              {words.consultation}
            </Link>
          </li>
          {es ? null : (
            <li lang="es">
              <Link className={linkClass} href={spanishHomePath} hrefLang="es">
                Sitio en español
              </Link>
            </li>
          )}
        </ul>
        {es ? <p className="mt-6">{spanishCrisisSentence}</p> : null}
      </div>
    </>
  );
}
