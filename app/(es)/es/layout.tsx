import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { CrisisBanner } from "@/components/layout/crisis-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getClinic } from "@/lib/content/clinic";
import { getSpanishHome } from "@/lib/content/translations";
import { env } from "@/lib/env";
import { htmlLang, ogLocale, t } from "@/lib/i18n/messages";
import { spanishFeedPath } from "@/lib/i18n/paths";
import { siteImage } from "@/lib/seo/metadata";
import "../../globals.css";

const clinic = getClinic();
const words = t("es");

// The second root layout: everything under /es is Spanish, from <html lang> down.
export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: getSpanishHome()?.frontmatter.title ?? clinic.name, template: `%s | ${clinic.name}` },
  description: getSpanishHome()?.frontmatter.description,
  applicationName: clinic.name,
  alternates: { types: { "application/rss+xml": [{ url: spanishFeedPath, title: words.feedTitle(clinic.name) }] } },
  openGraph: { type: "website", siteName: clinic.name, locale: ogLocale.es, images: [siteImage(clinic.name)] },
  twitter: { card: "summary_large_image" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: "#1f5a54",
  width: "device-width",
  initialScale: 1,
};

export default function SpanishRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={htmlLang.es}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-white px-4 py-2 font-semibold text-brand-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {words.skipLink}
        </a>
        <CrisisBanner locale="es" />
        <SiteHeader locale="es" />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter locale="es" />
      </body>
    </html>
  );
}
