import type { Metadata } from "next";
import { ConsultationPage } from "@/components/consultation/consultation-page";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { t } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/seo/metadata";

// Prerendered and served as a document without JavaScript, like every content page: the form
// posts natively to its server action. The signed "form shown at" token comes from a cookie the
// proxy sets (lib/consultation/started-cookie.ts); forms the action renders carry their own.
export const dynamic = "force-static";

const words = t("en").consultationPage;

export const metadata: Metadata = pageMetadata({
  title: words.title,
  description: words.description,
  path: consultationPaths.en,
});

export default function EnglishConsultationPage() {
  return <ConsultationPage locale="en" />;
}
