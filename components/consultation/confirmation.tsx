import { useEffect, useRef } from "react";
import { contactMethodPhrase, type ContactMethod } from "@/lib/consultation/fields";

/** The "Thank you" view. Focus moves to its heading so screen readers start reading here. */
export function Confirmation(props: {
  reference: string;
  contactMethod: ContactMethod | null;
  phone: string;
  phoneDisplay: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const method = props.contactMethod ? contactMethodPhrase(props.contactMethod) : "the method you chose";
  return (
    <section aria-labelledby="consultation-thanks" className="rounded-2xl bg-brand-50 px-6 py-6 text-ink">
      <h2 id="consultation-thanks" ref={heading} tabIndex={-1} className="text-2xl font-bold text-brand-900">
        Thank you
      </h2>
      <p className="mt-3">
        We have received your request. Your reference is{" "}
        <strong className="font-mono text-lg tracking-wider" data-testid="consultation-reference">
          {props.reference}
        </strong>
        .
      </p>
      <h3 className="mt-6 text-lg font-bold text-brand-900">What happens next</h3>
      <p className="mt-2">
        A staff member will contact you by {method}, usually within one business day. If you need to reach us sooner,
        call{" "}
        <a className="font-semibold text-brand-800 underline" href={`tel:${props.phone}`}>
          {props.phoneDisplay}
        </a>{" "}
        and mention your reference.
      </p>
      <p className="mt-4">If you are in crisis, call or text 988. In an emergency, call 911.</p>
    </section>
  );
}
