"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { requestConsultation } from "@/lib/consultation/actions";
import {
  bestTimes,
  contactMethods,
  fieldNames,
  honeypotName,
  languageName,
  limits,
  tokenName,
} from "@/lib/consultation/fields";
import { defaultLocale, messagesFor, type Locale } from "@/lib/consultation/messages";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { initialConsultationState, type ConsultationState } from "@/lib/consultation/state";
import { Confirmation } from "./confirmation";
import { FailureBoundary } from "./failure-boundary";
import { ConsentCheckbox, RadioGroup, SelectField, TextField } from "./fields";
import { FormMessage } from "./form-message";

type Props = {
  token: string;
  phone: string;
  phoneDisplay: string;
  /** The language of every word on the form and of its error messages; the request records it. */
  locale?: Locale;
  /** Where "privacy notice" links to (the Spanish page passes its own). */
  privacyHref?: string;
  /** The state to start from: a form sent to a release that no longer runs comes back with its values. */
  initialState?: ConsultationState;
};

/**
 * The consultation form. A plain <form> posting to a server action: without JavaScript the
 * browser posts it and the server renders errors or the confirmation; with JavaScript React
 * sends it in the background and shows a pending button. `noValidate` so that everyone gets the
 * same, accessible error messages from the server instead of the browser's bubbles.
 */
export function ConsultationForm(props: Props) {
  return (
    <FailureBoundary phone={props.phone} phoneDisplay={props.phoneDisplay} locale={props.locale ?? defaultLocale}>
      <Form {...props} />
    </FailureBoundary>
  );
}

function Form({
  token,
  phone,
  phoneDisplay,
  locale = defaultLocale,
  privacyHref = "/privacy",
  initialState = initialConsultationState,
}: Props) {
  // The permalink keys the form's state by its address, not by its place in the component tree:
  // a form sent without JavaScript gets its answer (errors, "Thank you") from any page and any
  // release that renders this form, e.g. the resend page or a release with a changed layout.
  const [state, formAction, pending] = useActionState(requestConsultation, initialState, consultationPaths[locale]);
  const message = useRef<HTMLDivElement>(null);
  const m = messagesFor(locale);

  // Errors move focus to the first invalid field (autoFocus below); other messages to themselves.
  useEffect(() => {
    if (state.status !== "idle" && state.status !== "invalid" && state.status !== "success") {
      message.current?.focus();
    }
  }, [state]);

  if (state.status === "success") {
    return (
      <Confirmation
        reference={state.reference}
        contactMethod={state.contactMethod}
        phone={phone}
        phoneDisplay={phoneDisplay}
        locale={locale}
      />
    );
  }

  const { values, fieldErrors } = state;
  const firstError = fieldNames.find((name) => fieldErrors[name]?.length);
  const fieldProps = (name: (typeof fieldNames)[number]) => ({
    name,
    error: fieldErrors[name]?.[0],
    errorPrefix: m.errorPrefix,
    autoFocus: name === firstError,
  });
  // "Check and send again" is a calm note, not an error.
  const messageClass =
    state.status === "idle"
      ? undefined
      : state.status === "confirm" || state.status === "updated"
        ? "mb-6 rounded-xl border-l-4 border-brand-700 bg-brand-50 px-5 py-4 text-ink"
        : "mb-6 rounded-xl border-l-4 border-alert-700 bg-alert-50 px-5 py-4 text-ink";

  return (
    <div>
      <div ref={message} tabIndex={-1} role="alert" className={messageClass}>
        <FormMessage
          status={state.status}
          fieldErrors={fieldErrors}
          phone={phone}
          phoneDisplay={phoneDisplay}
          locale={locale}
        />
      </div>
      <p className="mb-6">{m.requiredNote}</p>
      {/* Re-mounted after every response so the inputs start from the echoed values. */}
      <form key={state.attempt} action={formAction} noValidate className="flex flex-col gap-6">
        <input type="hidden" name={tokenName} value={state.token ?? token} />
        <input type="hidden" name={languageName} value={locale} />
        {/* Spam trap: invisible and unreachable for people and assistive technology. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="consultation-homepage">{m.spamTrapLabel}</label>
          <input id="consultation-homepage" type="text" name={honeypotName} tabIndex={-1} autoComplete="off" />
        </div>

        <div className="grid gap-6 sm:grid-cols-2">
          <TextField
            {...fieldProps("firstName")}
            label={m.firstName}
            autoComplete="given-name"
            maxLength={limits.nameMax}
            defaultValue={values.firstName}
          />
          <TextField
            {...fieldProps("lastName")}
            label={m.lastName}
            autoComplete="family-name"
            maxLength={limits.nameMax}
            defaultValue={values.lastName}
          />
        </div>
        <RadioGroup
          {...fieldProps("contactMethod")}
          legend={m.contactMethod}
          options={contactMethods.map((method) => ({ value: method.value, label: m.contactMethods[method.value] }))}
          defaultValue={values.contactMethod}
        />
        <TextField
          {...fieldProps("email")}
          label={m.email}
          type="email"
          inputMode="email"
          autoComplete="email"
          hint={m.emailHint}
          conditional
          maxLength={limits.emailMax}
          defaultValue={values.email}
        />
        <TextField
          {...fieldProps("phone")}
          label={m.phone}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          hint={m.phoneHint}
          conditional
          maxLength={limits.phoneMax}
          defaultValue={values.phone}
        />
        <SelectField
          {...fieldProps("bestTime")}
          label={m.bestTime}
          options={bestTimes.map((time) => ({ value: time.value, label: m.bestTimes[time.value] }))}
          defaultValue={values.bestTime || "any"}
        />
        <ConsentCheckbox {...fieldProps("consent")} defaultChecked={values.consent === "yes"}>
          {m.consentBefore}{" "}
          <Link className="font-semibold text-brand-800 underline" href={privacyHref}>
            {m.consentLink}
          </Link>
          {m.consentAfter}
        </ConsentCheckbox>

        <div>
          <button
            type="submit"
            disabled={pending}
            aria-disabled={pending}
            className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-80"
          >
            {pending ? m.sending : m.submit}
          </button>
        </div>
      </form>
    </div>
  );
}
