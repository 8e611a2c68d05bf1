import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MissingContent } from "@/components/dev/content-problems";
import { findHome, HomeView, homeMetadata } from "@/components/home/home-view";
import { homeIn } from "@/lib/content/localized";
import { homePageSlug } from "@/lib/content/page-routes";

// /es: the hero from content/es/pages/home.mdx's frontmatter, then its body.
export function generateMetadata(): Metadata {
  return homeMetadata("es");
}

export default function SpanishHomePage() {
  if (!homeIn("es")) return <MissingContent collection="translated-page" slug={homePageSlug} />;
  const found = findHome("es");
  if (!found) notFound();
  return <HomeView {...found} locale="es" />;
}
