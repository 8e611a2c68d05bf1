import type { Locale } from "@/lib/i18n/messages";
import { SpanishCrisisBanner } from "./crisis-banner-es";

/**
 * Crisis help, in the same place on every page (WCAG 3.2.6 Consistent Help).
 * Plain links: they work on any phone without JavaScript.
 */
export function CrisisBanner({ locale = "en" }: { locale?: Locale }) {
  if (locale === "es") return <SpanishCrisisBanner />;
  return (
    <aside aria-label="Crisis help" className="bg-brand-900 text-white">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <span className="font-semibold">In crisis? Call or text 988</span>
        <span className="flex gap-2">
          <a
            className="inline-flex min-h-6 items-center rounded px-1 underline underline-offset-2 focus-visible:outline-white"
            href="tel:988"
          >
            Call 988
          </a>
          <a
            className="inline-flex min-h-6 items-center rounded px-1 underline underline-offset-2 focus-visible:outline-white"
            href="sms:988"
          >
            Text 988
          </a>
        </span>
        <span>
          In immediate danger,{" "}
          <a
            className="inline-flex min-h-6 items-center rounded px-1 underline underline-offset-2 focus-visible:outline-white"
            href="tel:911"
          >
            call 911
          </a>
        </span>
      </p>
    </aside>
  );
}
