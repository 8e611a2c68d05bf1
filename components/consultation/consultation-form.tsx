"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { requestConsultation } from "@/lib/consultation/actions";
import { bestTimes, contactMethods, fieldNames, honeypotName, limits, tokenName } from "@/lib/consultation/fields";
import { initialConsultationState } from "@/lib/consultation/state";
import { Confirmation } from "./confirmation";
import { FailureBoundary } from "./failure-boundary";
import { ConsentCheckbox, RadioGroup, SelectField, TextField } from "./fields";
import { FormMessage } from "./form-message";

type Props = { token: string; phone: string; phoneDisplay: string };

/**
 * The consultation form. A plain <form> posting to a server action: without JavaScript the
 * browser posts it and the server renders errors or the confirmation; with JavaScript React
 * sends it in the background and shows a pending button. `noValidate` so that everyone gets the
 * same, accessible error messages from the server instead of the browser's bubbles.
 */
export function ConsultationForm(props: Props) {
  return (
    <FailureBoundary phone={props.phone} phoneDisplay={props.phoneDisplay}>
      <Form {...props} />
    </FailureBoundary>
  );
}

function Form({ token, phone, phoneDisplay }: Props) {
  const [state, formAction, pending] = useActionState(requestConsultation, initialConsultationState);
  const message = useRef<HTMLDivElement>(null);

  // Errors move focus to the first invalid field (autoFocus below); other messages to themselves.
  useEffect(() => {
    if (state.status === "expired" || state.status === "rate_limited" || state.status === "unavailable") {
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
      />
    );
  }

  const { values, fieldErrors } = state;
  const firstError = fieldNames.find((name) => fieldErrors[name]?.length);
  const fieldProps = (name: (typeof fieldNames)[number]) => ({
    name,
    error: fieldErrors[name]?.[0],
    autoFocus: name === firstError,
  });

  return (
    <div>
      <div
        ref={message}
        tabIndex={-1}
        role="alert"
        className={
          state.status === "idle"
            ? undefined
            : "mb-6 rounded-xl border-l-4 border-alert-700 bg-alert-50 px-5 py-4 text-ink"
        }
      >
        <FormMessage status={state.status} fieldErrors={fieldErrors} phone={phone} phoneDisplay={phoneDisplay} />
      </div>
      {/* Re-mounted after every response so the inputs start from the echoed values. */}
      <form key={state.attempt} action={formAction} noValidate className="flex flex-col gap-6">
        <input type="hidden" name={tokenName} value={state.token ?? token} />
        {/* Spam trap: invisible and unreachable for people and assistive technology. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="consultation-homepage">Leave this field empty</label>
          <input id="consultation-homepage" type="text" name={honeypotName} tabIndex={-1} autoComplete="off" />
        </div>

        <div className="grid gap-6 sm:grid-cols-2">
          <TextField
            {...fieldProps("firstName")}
            label="First name"
            autoComplete="given-name"
            maxLength={limits.nameMax}
            defaultValue={values.firstName}
          />
          <TextField
            {...fieldProps("lastName")}
            label="Last name"
            autoComplete="family-name"
            maxLength={limits.nameMax}
            defaultValue={values.lastName}
          />
        </div>
        <TextField
          {...fieldProps("email")}
          label="Email"
          type="email"
          inputMode="email"
          autoComplete="email"
          maxLength={limits.emailMax}
          defaultValue={values.email}
        />
        <TextField
          {...fieldProps("phone")}
          label="Phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          hint="Include the area code, for example (916) 555-0142."
          maxLength={limits.phoneMax}
          defaultValue={values.phone}
        />
        <RadioGroup
          {...fieldProps("contactMethod")}
          legend="Preferred contact method"
          options={contactMethods}
          defaultValue={values.contactMethod}
        />
        <SelectField
          {...fieldProps("bestTime")}
          label="Best time to reach you"
          options={bestTimes}
          defaultValue={values.bestTime || "any"}
        />
        <ConsentCheckbox {...fieldProps("consent")} defaultChecked={values.consent === "yes"}>
          I agree to be contacted by the method I chose, and I understand that this form is not for emergencies. Read
          how we protect your information in our{" "}
          <Link className="font-semibold text-brand-800 underline" href="/privacy">
            privacy notice
          </Link>
          .
        </ConsentCheckbox>

        <div>
          <button
            type="submit"
            disabled={pending}
            aria-disabled={pending}
            className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-80"
          >
            {pending ? "Sending your request…" : "Request consultation"}
          </button>
        </div>
      </form>
    </div>
  );
}
