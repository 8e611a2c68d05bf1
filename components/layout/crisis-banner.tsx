import { spanishCrisisLines } from "@/lib/i18n/crisis";
import { t, type Locale } from "@/lib/i18n/messages";

const linkClass =
  "inline-flex min-h-6 items-center rounded px-1 underline underline-offset-2 focus-visible:outline-white";

/** The 988 Lifeline's links in each language: in Spanish its own words (CLINIC.md), with its Spanish chat. */
const lines: Record<Locale, { call: string; text: string; chat?: string }> = {
  en: { call: "tel:988", text: "sms:988" },
  es: spanishCrisisLines,
};

/**
 * Crisis help, in the same place on every page (WCAG 3.2.6 Consistent Help).
 * Plain links: they work on any phone without JavaScript.
 */
export function CrisisBanner({ locale = "en" }: { locale?: Locale }) {
  const words = t(locale).crisis;
  const links = lines[locale];
  return (
    <aside aria-label={words.label} className="bg-brand-900 text-white">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <span className="font-semibold">{words.heading}</span>
        <span className="flex flex-wrap gap-2">
          <a className={linkClass} href={links.call}>
            {words.call}
          </a>
          <a className={linkClass} href={links.text}>
            {words.text}
          </a>
          {links.chat && words.chat ? (
            <a className={linkClass} href={links.chat} hrefLang={locale}>
              {words.chat}
            </a>
          ) : null}
        </span>
        <span>
          {words.emergency}{" "}
          <a className={linkClass} href="tel:911">
            {words.call911}
          </a>
        </span>
      </p>
    </aside>
  );
}
