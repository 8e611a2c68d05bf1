import type { Metadata } from "next";
import { ResendPage } from "@/components/consultation/resend-page";
import { t } from "@/lib/i18n/messages";

// A form from an earlier release, shown again with its answers (components/consultation/resend-page.tsx).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: t("en").consultationPage.title, robots: { index: false } };

export default function EnglishResendPage() {
  return <ResendPage locale="en" />;
}
