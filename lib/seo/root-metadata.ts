import type { Metadata, Viewport } from "next";
import { getClinic } from "@/lib/content/clinic";
import { env } from "@/lib/env";
import { ogLocale, t, type Locale } from "@/lib/i18n/messages";
import { siteImage } from "./metadata";

/**
 * The defaults of one language's root layout, for routes without their own metadata (pages use
 * pageMetadata, which repeats these): the site's title and description, its feed, Open Graph.
 */
export function rootMetadata({
  locale,
  title,
  description,
  feedPath,
}: {
  locale: Locale;
  title: string;
  description?: string;
  feedPath: string;
}): Metadata {
  const clinic = getClinic();
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: title, template: `%s | ${clinic.name}` },
    description,
    applicationName: clinic.name,
    alternates: { types: { "application/rss+xml": [{ url: feedPath, title: t(locale).feedTitle(clinic.name) }] } },
    openGraph: { type: "website", siteName: clinic.name, locale: ogLocale[locale], images: [siteImage(clinic.name)] },
    twitter: { card: "summary_large_image" },
    formatDetection: { telephone: false },
  };
}

export const siteViewport: Viewport = {
  themeColor: "#1f5a54",
  width: "device-width",
  initialScale: 1,
};
