import type { Metadata } from "next";
import { ResendPage } from "@/components/consultation/resend-page";
import { t } from "@/lib/i18n/messages";

// Un formulario de una versión anterior del sitio, otra vez con sus datos (components/consultation/resend-page.tsx).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: t("es").consultationPage.title, robots: { index: false } };

export default function SpanishResendPage() {
  return <ResendPage locale="es" />;
}
