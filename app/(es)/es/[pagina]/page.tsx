import type { Metadata } from "next";
import { ClinicPageView } from "@/components/clinic/clinic-page-view";
import { MissingContent } from "@/components/dev/content-problems";
import { brokenSlugs } from "@/lib/content/collection";
import { clinicPageMetadata, clinicPageParams, findClinicPage } from "@/lib/seo/clinic-page";

// Spanish clinic pages come from content/es/pages/<nombre>.mdx; any other name is the Spanish 404.
export const dynamicParams = false;

export function generateStaticParams() {
  // In `npm run dev`, files skipped for their mistakes keep their address, to show them.
  return clinicPageParams("es", brokenSlugs("translated-page")).map((slug) => ({ pagina: slug }));
}

type Props = { params: Promise<{ pagina: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return clinicPageMetadata("es", (await params).pagina);
}

export default async function SpanishClinicPage({ params }: Props) {
  const slug = (await params).pagina;
  const page = findClinicPage("es", slug);
  if (!page) return <MissingContent collection="translated-page" slug={slug} />;
  return <ClinicPageView page={page} locale="es" />;
}
