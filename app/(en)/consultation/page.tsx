import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { ConsultationForm } from "@/components/consultation/consultation-form";
import { CrisisNotice } from "@/components/consultation/crisis-notice";
import { PageHeader } from "@/components/layout/page-header";
import { JsonLd } from "@/components/seo/json-ld";
import { getClinic } from "@/lib/content/clinic";
import { pageMetadata } from "@/lib/seo/metadata";

// Prerendered and served as a document without JavaScript, like every content page: the form
// posts natively to its server action. The signed "form shown at" token comes from a cookie the
// proxy sets (lib/consultation/started-cookie.ts); forms the action renders carry their own.
export const dynamic = "force-static";

export const metadata: Metadata = pageMetadata({
  title: "Request a consultation",
  description: "Ask for a free consultation. Tell us how to reach you and a staff member will contact you.",
  path: "/consultation",
});

export default function ConsultationPage() {
  const clinic = getClinic();
  return (
    <>
      <JsonLd />
      <LanguageSwitch locale="en" path={"/consultation"} />
      <PageHeader
        title="Request a consultation"
        lead="Tell us how to reach you. A member of our team will contact you, usually within one business day."
      />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <CrisisNotice />
        <ConsultationForm token="" phone={clinic.phone} phoneDisplay={clinic.phoneDisplay} locale="en" />
      </div>
    </>
  );
}
