import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage } from "@/components/clinic/content-page";
import { ReferralContacts } from "@/components/clinic/referral-contacts";
import { getClinic } from "@/lib/content/clinic";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/seo/metadata";

// How to refer (fax, secure email, phone) from clinic.yaml; the rest is content/pages/for-clinicians.mdx.
const slug = "for-clinicians";

export function generateMetadata(): Metadata {
  const page = getPage(slug);
  if (!page) return {};
  return pageMetadata({ title: page.frontmatter.title, description: page.frontmatter.description, path: `/${slug}` });
}

export default function ForCliniciansPage() {
  const page = getPage(slug);
  if (!page) notFound();
  const clinic = getClinic();
  return <ContentPage page={page} before={<ReferralContacts referrals={clinic.referrals} />} cta={false} />;
}
