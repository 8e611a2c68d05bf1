import type { Metadata } from "next";
import { NotFoundBody } from "@/components/i18n/not-found-body";
import { CrisisBanner } from "@/components/layout/crisis-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

/**
 * The 404 for addresses no route matches. With two root layouts ((en) and (es)) Next.js has no
 * single layout to put a not-found page in, so this file is a whole document
 * (experimental.globalNotFound in next.config.mjs). Unknown addresses under /es get the Spanish
 * 404 from app/(es)/es/[...resto] instead.
 */
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="en-US">
      <body className="flex min-h-screen flex-col">
        <CrisisBanner />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <NotFoundBody locale="en" />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
