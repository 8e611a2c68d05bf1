import { isProduction } from "@/lib/env";
import { validEntries, type ContentEntry } from "./collection";
import type { PageFrontmatter } from "./schemas";
import { loadedContent } from "./loaded-content";

export type ClinicPage = ContentEntry<PageFrontmatter>;

const cache = loadedContent<ClinicPage[]>();

/** Clinic pages (about, faq, privacy, …) served at /<slug>. */
export function getPages(): ClinicPage[] {
  const kept = cache.get();
  if (kept) return kept;
  const pages = validEntries("page");
  if (isProduction) cache.keep(pages);
  return pages;
}

export function getPage(slug: string): ClinicPage | undefined {
  return getPages().find((page) => page.slug === slug);
}
