import { getClinic } from "@/lib/content/clinic";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { t, type Locale } from "@/lib/i18n/messages";

/**
 * The call to action at the end of articles and pages and on the home page, and what
 * <ConsultationCta /> shows in MDX, in the page's language (its form is that language's form).
 */
export function ConsultationCta({ locale = "en" }: { locale?: Locale }) {
  const clinic = getClinic();
  const words = t(locale).consultationCta;
  return (
    <section
      aria-label={words.label}
      data-print="hide"
      className="not-prose my-10 rounded-2xl bg-sand-100 px-6 py-6 text-ink"
    >
      <p className="text-xl font-bold text-brand-900">{words.heading}</p>
      <p className="mt-2">{words.body}</p>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        {/* A plain link, as in the MDX bodies it ends: content pages ship no router script. */}
        <a
          href={consultationPaths[locale]}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {words.button}
        </a>
        <span>
          {words.orCall}{" "}
          <a className="font-semibold underline" href={`tel:${clinic.phone}`}>
            {clinic.phoneDisplay}
          </a>
        </span>
      </p>
    </section>
  );
}
