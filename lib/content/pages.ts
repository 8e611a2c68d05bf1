import { isProduction } from "@/lib/env";
import { validEntries, type ContentEntry } from "./collection";
import type { PageFrontmatter } from "./schemas";

export type ClinicPage = ContentEntry<PageFrontmatter>;

let cache: ClinicPage[] | undefined;

/** Clinic pages (about, faq, privacy, …) served at /<slug>. */
export function getPages(): ClinicPage[] {
  if (cache) return cache;
  const pages = validEntries("page");
  if (isProduction) cache = pages;
  return pages;
}

export function getPage(slug: string): ClinicPage | undefined {
  return getPages().find((page) => page.slug === slug);
}
