import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { services } from "@/lib/consultation/services";
import { resendHeader, resendState } from "@/lib/consultation/stale-form";
import type { Locale } from "@/lib/i18n/messages";
import { ConsultationPage } from "./consultation-page";

/**
 * Reached only through the proxy's rewrite of a form posted to a release that no longer runs
 * (lib/consultation/stale-form.ts): the form again, the answers kept, a calm line. Without the
 * proxy's header it does not exist.
 */
export async function ResendPage({ locale }: { locale: Locale }) {
  const state = resendState((await headers()).get(resendHeader), {
    formKey: services().formKey(),
    // A server component rendered once per request: the time is the request's, not render state.
    // eslint-disable-next-line react-hooks/purity
    now: Date.now(),
  });
  if (!state) notFound();
  return <ConsultationPage locale={locale} initialState={state} />;
}
