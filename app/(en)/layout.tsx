import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { CrisisBanner } from "@/components/layout/crisis-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getClinic } from "@/lib/content/clinic";
import { env } from "@/lib/env";
import { feedPath, siteImage } from "@/lib/seo/metadata";
import "../globals.css";

const clinic = getClinic();

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: `${clinic.name} — Ketamine therapy in Sacramento`, template: `%s | ${clinic.name}` },
  description: clinic.description,
  applicationName: clinic.name,
  alternates: { types: { "application/rss+xml": [{ url: feedPath, title: `${clinic.name} articles` }] } },
  // Defaults for routes without their own (pages use lib/seo's pageMetadata, which repeats these).
  openGraph: { type: "website", siteName: clinic.name, locale: "en_US", images: [siteImage(clinic.name)] },
  twitter: { card: "summary_large_image" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: "#1f5a54",
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-US">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-white px-4 py-2 font-semibold text-brand-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to main content
        </a>
        <CrisisBanner />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
