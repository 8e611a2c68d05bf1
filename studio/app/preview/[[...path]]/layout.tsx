import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/site-document";
import "@/app/globals.css";

export const metadata = { title: "Preview — ShaMynds studio", robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ path?: string[] }> };

/** The site's own document (crisis banner, header, footer) in the page's language. */
export default async function PreviewLayout({ children, params }: Props) {
  const { path = [] } = await params;
  return <SiteDocument locale={path[0] === "es" ? "es" : "en"}>{children}</SiteDocument>;
}
