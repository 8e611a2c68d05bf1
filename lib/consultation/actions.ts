"use server";

import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { env } from "@/lib/env";
import { errorClass, logWarn } from "@/lib/log";
import { clientAddress } from "./client-address";
import { services } from "./services";
import { startedCookieName } from "./started-cookie";
import type { ConsultationState } from "./state";
import { submitConsultation } from "./submit";

/** The consultation form's server action (works as a plain POST without JavaScript too). */
export async function requestConsultation(previous: ConsultationState, formData: FormData): Promise<ConsultationState> {
  const requestHeaders = await headers();
  const outcome = await submitConsultation(formData, previous.attempt, {
    formKey: services().formKey(),
    startedToken: (await cookies()).get(startedCookieName)?.value,
    minFillMs: env.FORM_MIN_FILL_MS,
    now: Date.now(),
    clientAddress: clientAddress(requestHeaders, env.TRUST_PROXY === "1"),
    services,
  });
  const { deliverId } = outcome;
  if (deliverId !== undefined) {
    // The row is already durable; sending straight after the response just saves the loop a wait.
    after(() =>
      services()
        .worker.deliverNow(deliverId)
        .catch((error: unknown) => logWarn("outbox", `immediate delivery failed (${errorClass(error)})`)),
    );
  }
  return outcome.state;
}
