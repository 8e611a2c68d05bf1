import { ConsultationForm } from "@/components/consultation/consultation-form";
import { CrisisNotice } from "@/components/consultation/crisis-notice";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { PageHeader } from "@/components/layout/page-header";
import { JsonLd } from "@/components/seo/json-ld";
import type { ConsultationState } from "@/lib/consultation/state";
import { getClinic } from "@/lib/content/clinic";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { t, type Locale } from "@/lib/i18n/messages";

const privacyPaths = { en: "/privacy", es: "/es/privacidad" } as const;

/**
 * The consultation page in either language: the same form, schema, spam controls and outbox;
 * the staff email records the language. `initialState` is set only when a form sent to an
 * earlier release comes back with its answers (app/…/again, lib/consultation/stale-form.ts).
 */
export function ConsultationPage({ locale, initialState }: { locale: Locale; initialState?: ConsultationState }) {
  const clinic = getClinic();
  const words = t(locale).consultationPage;
  return (
    <>
      <JsonLd />
      <LanguageSwitch locale={locale} path={consultationPaths[locale]} />
      <PageHeader title={words.title} lead={words.lead} />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <CrisisNotice locale={locale} />
        <ConsultationForm
          token=""
          phone={clinic.phone}
          phoneDisplay={clinic.phoneDisplay}
          locale={locale}
          privacyHref={privacyPaths[locale]}
          initialState={initialState}
        />
      </div>
    </>
  );
}
