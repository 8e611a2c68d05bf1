import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/site-document";
import { getClinic } from "@/lib/content/clinic";
import { getSpanishHome } from "@/lib/content/translations";
import { spanishFeedPath } from "@/lib/i18n/paths";
import { rootMetadata, siteViewport } from "@/lib/seo/root-metadata";
import "../../globals.css";

// The second root layout: everything under /es is Spanish, from <html lang> down.
export const metadata = rootMetadata({
  locale: "es",
  title: getSpanishHome()?.frontmatter.title ?? getClinic().name,
  description: getSpanishHome()?.frontmatter.description,
  feedPath: spanishFeedPath,
});

export const viewport = siteViewport;

export default function SpanishRootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="es">{children}</SiteDocument>;
}
