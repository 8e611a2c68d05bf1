import type { FieldName } from "@/lib/consultation/fields";
import { messagesFor, type Locale } from "@/lib/consultation/messages";
import type { ConsultationState, FieldErrorMap } from "@/lib/consultation/state";
import { fieldId } from "./fields";

type Status = Exclude<ConsultationState["status"], "success">;

// The order of the fields on the form, so the summary reads top to bottom.
const order: FieldName[] = ["firstName", "lastName", "contactMethod", "email", "phone", "bestTime", "consent"];

/** The one message at the top of the form: what went wrong and what to do. */
export function FormMessage(props: {
  status: Status;
  fieldErrors: FieldErrorMap;
  phone: string;
  phoneDisplay: string;
  locale: Locale;
}) {
  const m = messagesFor(props.locale);
  const call = (
    <a className="font-semibold underline" href={`tel:${props.phone}`}>
      {props.phoneDisplay}
    </a>
  );
  switch (props.status) {
    case "idle":
      return null;
    case "invalid": {
      const problems = order.flatMap((name) => {
        const message = props.fieldErrors[name]?.[0];
        return message ? [{ name, message }] : [];
      });
      return (
        <>
          <h2 className="text-lg font-bold">{m.summaryHeading}</h2>
          <ul className="mt-2 list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem.name}>
                <a className="underline" href={`#${fieldId(problem.name)}`}>
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      );
    }
    case "confirm":
      return <p>{m.checkAgain}</p>;
    case "updated":
      return <p>{m.updated}</p>;
    case "expired":
      return <p>{m.expired}</p>;
    case "rate_limited":
      return (
        <p>
          {m.rateLimitedBefore} {call}
          {m.rateLimitedAfter}
        </p>
      );
    case "unavailable":
      return (
        <p>
          {m.unavailableBefore} {call} {m.unavailableAfter}
        </p>
      );
  }
}
