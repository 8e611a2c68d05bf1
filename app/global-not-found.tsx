import type { Metadata } from "next";
import { getClinic } from "@/lib/content/clinic";
import { NotFoundBody } from "@/components/i18n/not-found-body";
import { CrisisBanner } from "@/components/layout/crisis-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

/**
 * The 404 for addresses no route matches. With two root layouts ((en) and (es)) Next.js has no
 * single layout to put a not-found page in, so this file is a whole document
 * (experimental.globalNotFound in next.config.mjs). It is prerendered and served without
 * JavaScript for every unknown address, /es ones included, so it says the same in Spanish too
 * (a 404 rendered per request inside the Spanish layout would need the framework's scripts).
 */
// A whole document of its own: no layout adds the clinic's name, so the title carries it.
export const metadata: Metadata = { title: `Page not found | ${getClinic().name}`, robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="en-US">
      <body className="flex min-h-screen flex-col">
        <CrisisBanner />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <NotFoundBody locale="en" />
          <section lang="es" aria-labelledby="not-found-es" className="border-t border-sand-200">
            <NotFoundBody locale="es" headingId="not-found-es" />
          </section>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
