import type { ReactNode } from "react";
import { htmlLang, t, type Locale } from "@/lib/i18n/messages";
import { CrisisBanner } from "./crisis-banner";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * The page around every route of one language: <html lang>, the skip link, the crisis banner,
 * header, main and footer. The two root layouts (app/(en) and app/(es)/es) differ only in
 * `locale`.
 */
export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={htmlLang[locale]}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-white px-4 py-2 font-semibold text-brand-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t(locale).skipLink}
        </a>
        <CrisisBanner locale={locale} />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
