import type { Metadata } from "next";
import { LiveContent } from "@/components/dev/live-content";
import { NotFoundBody } from "@/components/i18n/not-found-body";

export const metadata: Metadata = { title: "No encontramos esta página", robots: { index: false } };

export default function SpanishNotFound() {
  return (
    <>
      <NotFoundBody locale="es" />
      <LiveContent notFound />
    </>
  );
}
