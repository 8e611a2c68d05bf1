import type { Metadata } from "next";
import { ConsultationPage } from "@/components/consultation/consultation-page";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { t } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/seo/metadata";

// The Spanish form (components/consultation/consultation-page.tsx); prerendered and script-free
// like the English page (see app/(en)/consultation/page.tsx).
export const dynamic = "force-static";

const words = t("es").consultationPage;

export const metadata: Metadata = pageMetadata({
  title: words.title,
  description: words.description,
  path: consultationPaths.es,
  locale: "es",
});

export default function SpanishConsultationPage() {
  return <ConsultationPage locale="es" />;
}
