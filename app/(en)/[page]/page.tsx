import type { Metadata } from "next";
import { ClinicPageView } from "@/components/clinic/clinic-page-view";
import { MissingContent } from "@/components/dev/content-problems";
import { brokenSlugs } from "@/lib/content/collection";
import { clinicPageMetadata, clinicPageParams, findClinicPage } from "@/lib/seo/clinic-page";

// Clinic pages come from content/pages/<name>.mdx; anything else under / is a 404 (and so is
// /home: home.mdx is the home page at /).
export const dynamicParams = false;

export function generateStaticParams() {
  // In `npm run dev`, files skipped for their mistakes keep their address, to show them.
  return clinicPageParams("en", brokenSlugs("page")).map((slug) => ({ page: slug }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return clinicPageMetadata("en", (await params).page);
}

export default async function ClinicPage({ params }: Props) {
  const slug = (await params).page;
  const page = findClinicPage("en", slug);
  if (!page) return <MissingContent collection="page" slug={slug} />;
  return <ClinicPageView page={page} locale="en" />;
}
