import { defaultLocale, messagesFor, type Locale } from "@/lib/consultation/messages";
import { spanishCrisisLines } from "@/lib/i18n/crisis";

const linkClass =
  "inline-flex min-h-11 items-center rounded-lg border-2 border-alert-700 bg-white px-4 font-semibold text-alert-800 underline-offset-2 hover:underline";

/** Shown above the consultation form: the form is not a crisis line, and what to do instead. */
export function CrisisNotice({ locale = defaultLocale }: { locale?: Locale }) {
  const m = messagesFor(locale);
  return (
    <aside
      aria-labelledby="crisis-notice-text"
      className="mb-6 rounded-xl border-l-4 border-alert-700 bg-alert-50 px-5 py-4 text-ink"
    >
      <p id="crisis-notice-text" className="font-semibold">
        {m.crisisNotice}
      </p>
      <p className="mt-3 flex flex-wrap gap-3">
        <a className={linkClass} href="tel:988">
          {m.call988}
        </a>
        {/* In Spanish the text line answers "AYUDA": the message is written for the person. */}
        <a className={linkClass} href={locale === "es" ? spanishCrisisLines.text : "sms:988"}>
          {m.text988}
        </a>
        <a className={linkClass} href="tel:911">
          {m.call911}
        </a>
      </p>
    </aside>
  );
}
