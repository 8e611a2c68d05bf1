import type { Metadata } from "next";
import { ContentPage } from "@/components/clinic/content-page";
import { ReferralContacts } from "@/components/clinic/referral-contacts";
import { getClinic } from "@/lib/content/clinic";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/seo/metadata";
import { MissingContent } from "@/components/dev/content-problems";

// How to refer (fax, secure email, phone) from clinic.yaml; the rest is content/pages/for-clinicians.mdx.
const slug = "for-clinicians";

export function generateMetadata(): Metadata {
  const page = getPage(slug);
  if (!page) return {};
  return pageMetadata({ title: page.frontmatter.title, description: page.frontmatter.description, path: `/${slug}` });
}

export default function ForCliniciansPage() {
  const page = getPage(slug);
  if (!page) return <MissingContent collection="page" slug={slug} />;
  const clinic = getClinic();
  return <ContentPage page={page} before={<ReferralContacts referrals={clinic.referrals} />} cta={false} />;
}
