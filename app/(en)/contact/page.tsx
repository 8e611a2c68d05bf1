import type { Metadata } from "next";
import { ContentPage } from "@/components/clinic/content-page";
import { ContactDetails } from "@/components/clinic/contact-details";
import { getClinic } from "@/lib/content/clinic";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/seo/metadata";
import { MissingContent } from "@/components/dev/content-problems";

// Phone, address, hours, closures and directions from clinic.yaml; the crisis help and the rest is content/pages/contact.mdx.
const slug = "contact";

export function generateMetadata(): Metadata {
  const page = getPage(slug);
  if (!page) return {};
  return pageMetadata({ title: page.frontmatter.title, description: page.frontmatter.description, path: `/${slug}` });
}

export default function ContactPage() {
  const page = getPage(slug);
  if (!page) return <MissingContent collection="page" slug={slug} />;
  const clinic = getClinic();
  return <ContentPage page={page} after={<ContactDetails clinic={clinic} />} />;
}
