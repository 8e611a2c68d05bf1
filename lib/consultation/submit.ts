import { createHash } from "node:crypto";
import { errorClass, logInfo, logWarn } from "@/lib/log";
import type { OutboxStore } from "@/lib/outbox/types";
import { contactMethods, fieldNames, honeypotName, languageName, tokenName, type ContactMethod } from "./fields";
import type { RateLimiter } from "./rate-limit";
import { decoyReference, newReference } from "./reference";
import { validateConsultation } from "./schema";
import type { ConsultationState, FormValues } from "./state";
import { issueToken, verifyToken } from "./token";

export type SubmitDeps = {
  formKey: Buffer;
  /** The token of the "form shown" cookie (lib/consultation/started-cookie.ts), if the browser sent one. */
  startedToken?: string;
  minFillMs: number;
  now: number;
  clientAddress: string;
  /** Opened lazily inside the error handling: a store that cannot open means "call us". */
  services: () => {
    store: Pick<OutboxStore, "enqueue" | "findByIdempotencyKey">;
    limiter: RateLimiter;
  };
};

/** The state to render, and the outbox row to deliver once the response is on its way. */
export type SubmitOutcome = { state: ConsultationState; deliverId?: number };

// Echoed values are capped: a bot's 16 kB of junk is not worth sending back.
const echoMax = 300;

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, echoMax) : "";
}

function readValues(formData: FormData): FormValues {
  return Object.fromEntries(fieldNames.map((name) => [name, field(formData, name)])) as FormValues;
}

/**
 * One consultation submission, in order: the honeypot (decoy "Thank you", nothing stored),
 * validation, token age (too fast: the form again, once), idempotency (same form twice = same
 * request), the per-client rate limit, then the durable write. A confirmation is only ever
 * returned after the write succeeded, or to the honeypot.
 */
export async function submitConsultation(
  formData: FormData,
  previousAttempt: number,
  deps: SubmitDeps,
): Promise<SubmitOutcome> {
  const attempt = previousAttempt + 1;
  const values = readValues(formData);
  // The prerendered form has an empty token field; the cookie set when it was shown stands in.
  const token = field(formData, tokenName) || (deps.startedToken ?? "").slice(0, echoMax);

  const decoy = (reason: string): SubmitOutcome => {
    logInfo("consultation", `discarded an automated submission (${reason})`);
    const method = contactMethods.find((option) => option.value === values.contactMethod)?.value ?? null;
    return {
      state: {
        status: "success",
        reference: decoyReference(deps.formKey, token),
        contactMethod: method,
        attempt,
      },
    };
  };

  if (field(formData, honeypotName).trim() !== "") return decoy("honeypot");
  const check = verifyToken(deps.formKey, token, {
    now: deps.now,
    minFillMs: deps.minFillMs,
  });
  const tooFast = !check.ok && check.reason === "too-fast";

  // A replacement token is back-dated by the minimum fill time: the person has already filled
  // the form in once and may press the button again straight away. A too-fast one stays as it
  // is, so the clock still runs from when the form was shown.
  const nextToken = check.ok || tooFast ? token : issueToken(deps.formKey, deps.now - deps.minFillMs);
  const retry = (status: "invalid" | "expired" | "rate_limited" | "unavailable", fieldErrors = {}): SubmitOutcome => ({
    state: { status, values, fieldErrors, token: nextToken, attempt },
  });

  // Validation comes before the too-fast trap: a person who presses Enter in the first field gets
  // the field errors, not a confirmation for a request nobody stored. A bot learns nothing new.
  const validation = validateConsultation({ ...values, language: field(formData, languageName) });
  if (!validation.success) return retry("invalid", validation.fieldErrors);
  if (tooFast) {
    // Valid but faster than people usually are (autofill makes that easy). A "Thank you" here
    // would be a lie if it was a person; so show the form again, values kept, with a token that
    // records we asked once: the next press is stored however soon it comes.
    logInfo("consultation", "valid form sent very fast; asked the person to check it and send again");
    const askedToken = issueToken(deps.formKey, check.issuedAt ?? deps.now, { askedOnce: true, nonce: check.nonce });
    return { state: { status: "confirm", values, fieldErrors: {}, token: askedToken, attempt } };
  }
  if (!check.ok) {
    logInfo("consultation", `form token ${check.reason}; asked the person to send again`);
    return retry("expired");
  }

  const contactMethod: ContactMethod = validation.data.contactMethod;
  const success = (reference: string): ConsultationState => ({
    status: "success",
    reference,
    contactMethod,
    attempt,
  });
  try {
    const { store, limiter } = deps.services();
    // The same form with the same answers is one request (a double click, a browser resubmit);
    // two tabs share the cookie's nonce, so different answers must stay different requests.
    const idempotencyKey = `${check.nonce}.${answersDigest(validation.data)}`;
    const existing = await store.findByIdempotencyKey(idempotencyKey);
    if (existing) return { state: success(existing.reference) };

    const decision = await limiter.consume(deps.clientAddress);
    if (!decision.allowed) {
      logInfo("consultation", `rate limit reached; retry after ${decision.retryAfterSeconds} s`);
      return retry("rate_limited");
    }

    const stored = await store.enqueue({
      idempotencyKey,
      payload: validation.data,
      now: deps.now,
      newReference,
    });
    if (stored.created) logInfo("consultation", `${stored.reference} stored`);
    return {
      state: success(stored.reference),
      deliverId: stored.created ? stored.id : undefined,
    };
  } catch (error) {
    logWarn("consultation", `could not store a request (${errorClass(error)}); asked the person to call`);
    return retry("unavailable");
  }
}

/** A short digest of the validated answers: part of the idempotency key, never stored as data. */
function answersDigest(answers: object): string {
  return createHash("sha256").update(JSON.stringify(answers)).digest("base64url").slice(0, 22);
}
