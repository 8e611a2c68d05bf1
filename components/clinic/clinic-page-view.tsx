import type { ReactNode } from "react";
import { LiveContent } from "@/components/dev/live-content";
import { ReviewLine } from "@/components/health/review-line";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { PageHeader } from "@/components/layout/page-header";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";
import { JsonLd } from "@/components/seo/json-ld";
import { TeamList } from "@/components/team/team-list";
import { getClinic } from "@/lib/content/clinic";
import { pageName, type LocalPage } from "@/lib/content/localized";
import { compileMdx, endsWithConsultationCta } from "@/lib/content/mdx";
import { inLanguage } from "@/lib/i18n/json-ld";
import type { Locale } from "@/lib/i18n/messages";
import { pagePathIn } from "@/lib/i18n/paths";
import { extractFaq } from "@/lib/seo/faq";
import { clinicWebPageNode, faqPageNode } from "@/lib/seo/json-ld";
import { ContactDetails } from "./contact-details";
import { FeesTable } from "./fees-table";
import { InsuranceAndPayment } from "./insurance-payment";
import { ReferralContacts } from "./referral-contacts";

/** Notices and the page for clinicians end without the "Request a consultation" box. */
const noConsultationBox = new Set([
  "privacy",
  "accessibility",
  "notice-of-privacy-practices",
  "open-payments",
  "editorial-policy",
  "for-clinicians",
]);

/**
 * The clinic's facts from clinic.yaml that some pages show around their prose, by the page's
 * English file name, in either language: a page and its translation always show the same data.
 */
function clinicData(name: string, locale: Locale): { before?: ReactNode; after?: ReactNode } {
  const clinic = getClinic();
  switch (name) {
    case "costs":
      return {
        before: (
          <>
            <FeesTable fees={clinic.fees} locale={locale} />
            <InsuranceAndPayment insurance={clinic.insurance} payment={clinic.payment} locale={locale} />
          </>
        ),
      };
    case "contact":
      return { after: <ContactDetails clinic={clinic} locale={locale} /> };
    case "for-clinicians":
      return { before: <ReferralContacts referrals={clinic.referrals} locale={locale} /> };
    case "about":
      return { after: <TeamList locale={locale} /> };
    default:
      return {};
  }
}

/**
 * A clinic page (content/pages/<name>.mdx or content/es/pages/<nombre>.mdx) in its language: the
 * prose, the clinic's data where the page has some, the review line and the consultation box.
 */
export async function ClinicPageView({ page, locale }: { page: LocalPage; locale: Locale }) {
  const { hast, tree } = await compileMdx(page.body, page.bodyStartLine);
  const name = pageName(page);
  const path = pagePathIn(locale, page.slug);
  // Pages that use <Faq> also describe their questions as FAQPage structured data.
  const faq = extractFaq(tree);
  const node =
    faq.length > 0 ? faqPageNode({ path, ...page.frontmatter }, faq) : clinicWebPageNode({ path, ...page.frontmatter });
  const { before, after } = clinicData(name, locale);
  return (
    <>
      <JsonLd nodes={inLanguage([node], locale)} />
      <LanguageSwitch locale={locale} path={path} />
      <PageHeader title={page.frontmatter.title} lead={page.frontmatter.description} />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        {before}
        <MdxBody tree={hast} locale={locale} />
        {after}
        <ReviewLine
          lastReviewed={page.frontmatter.lastReviewed}
          nextReview={page.frontmatter.nextReview}
          locale={locale}
        />
        {/* Not on the notices, and not twice where the page's own text already ends with one. */}
        {noConsultationBox.has(name) || endsWithConsultationCta(hast) ? null : <ConsultationCta locale={locale} />}
      </div>
      <LiveContent />
    </>
  );
}
