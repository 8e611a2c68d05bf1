import type { Metadata } from "next";
import { ContentPage } from "@/components/clinic/content-page";
import { FeesTable } from "@/components/clinic/fees-table";
import { InsuranceAndPayment } from "@/components/clinic/insurance-payment";
import { getClinic } from "@/lib/content/clinic";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/seo/metadata";
import { MissingContent } from "@/components/dev/content-problems";

// Fees, insurance and payment from clinic.yaml; the Good Faith Estimate notice is content/pages/costs.mdx.
const slug = "costs";

export function generateMetadata(): Metadata {
  const page = getPage(slug);
  if (!page) return {};
  return pageMetadata({ title: page.frontmatter.title, description: page.frontmatter.description, path: `/${slug}` });
}

export default function CostsPage() {
  const page = getPage(slug);
  if (!page) return <MissingContent collection="page" slug={slug} />;
  const clinic = getClinic();
  return (
    <ContentPage
      page={page}
      before={
        <>
          <FeesTable fees={clinic.fees} />
          <InsuranceAndPayment insurance={clinic.insurance} payment={clinic.payment} />
        </>
      }
    />
  );
}
