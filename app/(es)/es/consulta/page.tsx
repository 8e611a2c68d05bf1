import type { Metadata } from "next";
import { ConsultationForm } from "@/components/consultation/consultation-form";
import { CrisisNotice } from "@/components/consultation/crisis-notice";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { PageHeader } from "@/components/layout/page-header";
import { JsonLd } from "@/components/seo/json-ld";
import { getClinic } from "@/lib/content/clinic";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { t } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/seo/metadata";

// The Spanish form: the same form, schema, spam controls and outbox as /consultation, in Spanish
// (lib/consultation/messages.ts); the staff email says "Preferred language: Spanish". Prerendered
// and script-free like the English page (see app/(en)/consultation/page.tsx).
export const dynamic = "force-static";

const words = t("es").consultationPage;

export const metadata: Metadata = pageMetadata({
  title: words.title,
  description: words.description,
  path: consultationPaths.es,
  locale: "es",
});

export default function SpanishConsultationPage() {
  const clinic = getClinic();
  return (
    <>
      <JsonLd />
      <LanguageSwitch locale="es" path={consultationPaths.es} />
      <PageHeader title={words.title} lead={words.lead} />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <CrisisNotice locale="es" />
        <ConsultationForm
          token=""
          phone={clinic.phone}
          phoneDisplay={clinic.phoneDisplay}
          locale="es"
          privacyHref="/es/privacidad"
        />
      </div>
    </>
  );
}
