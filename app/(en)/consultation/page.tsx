import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { ConsultationForm } from "@/components/consultation/consultation-form";
import { CrisisNotice } from "@/components/consultation/crisis-notice";
import { PageHeader } from "@/components/layout/page-header";
import { JsonLd } from "@/components/seo/json-ld";
import { formKey } from "@/lib/consultation/runtime";
import { issueToken } from "@/lib/consultation/token";
import { getClinic } from "@/lib/content/clinic";
import { pageMetadata } from "@/lib/seo/metadata";

// Every render carries a fresh signed token (render time + idempotency nonce), so never prerender.
export const dynamic = "force-dynamic";

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
        <ConsultationForm token={issueToken(formKey())} phone={clinic.phone} phoneDisplay={clinic.phoneDisplay} />
      </div>
    </>
  );
}
