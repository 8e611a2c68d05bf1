import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/site-document";
import { getClinic } from "@/lib/content/clinic";
import { rootMetadata, siteViewport } from "@/lib/seo/root-metadata";
import { feedPath } from "@/lib/seo/metadata";
import "../globals.css";

const clinic = getClinic();

export const metadata = rootMetadata({
  locale: "en",
  title: `${clinic.name} — Ketamine therapy in Sacramento`,
  description: clinic.description,
  feedPath,
});

export const viewport = siteViewport;

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="en">{children}</SiteDocument>;
}
