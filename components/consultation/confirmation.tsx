import { useEffect, useRef } from "react";
import type { ContactMethod } from "@/lib/consultation/fields";
import { messagesFor, type Locale } from "@/lib/consultation/messages";

/** The "Thank you" view. Focus moves to its heading so screen readers start reading here. */
export function Confirmation(props: {
  reference: string;
  contactMethod: ContactMethod | null;
  phone: string;
  phoneDisplay: string;
  locale: Locale;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const m = messagesFor(props.locale);
  const method = props.contactMethod ? m.contactPhrases[props.contactMethod] : m.methodYouChose;
  return (
    <section aria-labelledby="consultation-thanks" className="rounded-2xl bg-brand-50 px-6 py-6 text-ink">
      <h2 id="consultation-thanks" ref={heading} tabIndex={-1} className="text-2xl font-bold text-brand-900">
        {m.thanksHeading}
      </h2>
      <p className="mt-3">
        {m.thanksReceived}{" "}
        <strong className="font-mono text-lg tracking-wider" data-testid="consultation-reference">
          {props.reference}
        </strong>
        .
      </p>
      <h3 className="mt-6 text-lg font-bold text-brand-900">{m.nextHeading}</h3>
      <p className="mt-2">
        {m.nextBefore(method)}{" "}
        <a className="font-semibold text-brand-800 underline" href={`tel:${props.phone}`}>
          {props.phoneDisplay}
        </a>{" "}
        {m.nextAfter}
      </p>
      <p className="mt-4">{m.thanksCrisis}</p>
    </section>
  );
}
