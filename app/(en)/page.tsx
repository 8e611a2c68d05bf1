import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MissingContent } from "@/components/dev/content-problems";
import { findHome, HomeView, homeMetadata } from "@/components/home/home-view";
import { homeIn } from "@/lib/content/localized";
import { homePageSlug } from "@/lib/content/page-routes";

// The home page's words are content/pages/home.mdx (hero in its frontmatter, sections in its body).
export function generateMetadata(): Metadata {
  return homeMetadata("en");
}

export default function HomePage() {
  if (!homeIn("en")) return <MissingContent collection="page" slug={homePageSlug} />;
  const found = findHome("en");
  if (!found) notFound();
  return <HomeView {...found} locale="en" />;
}
