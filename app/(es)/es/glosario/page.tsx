import type { Metadata } from "next";
import { GlossaryPage, glossaryPageWords } from "@/components/health/glossary-list";
import { glossaryPaths } from "@/lib/content/glossary";
import { pageMetadata } from "@/lib/seo/metadata";

// El glosario de content/glossary.yaml, en español; los artículos enlazan aquí cada término la primera vez.
export function generateMetadata(): Metadata {
  const { title, lead } = glossaryPageWords.es;
  return pageMetadata({ title, description: lead, path: glossaryPaths.es, locale: "es" });
}

export default function Glosario() {
  return <GlossaryPage language="es" />;
}
