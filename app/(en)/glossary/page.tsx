import type { Metadata } from "next";
import { GlossaryPage, glossaryPageWords } from "@/components/health/glossary-list";
import { glossaryPaths } from "@/lib/content/glossary";
import { pageMetadata } from "@/lib/seo/metadata";

// The glossary from content/glossary.yaml; articles link the first use of each term here.
export function generateMetadata(): Metadata {
  const { title, lead } = glossaryPageWords.en;
  return pageMetadata({ title, description: lead, path: glossaryPaths.en });
}

export default function Glossary() {
  return <GlossaryPage language="en" />;
}
