import type { FieldName } from "@/lib/consultation/fields";
import type { FieldErrorMap } from "@/lib/consultation/state";
import { fieldId } from "./fields";

type Status = "idle" | "invalid" | "expired" | "rate_limited" | "unavailable";

const order: FieldName[] = ["firstName", "lastName", "email", "phone", "contactMethod", "bestTime", "consent"];

/** The one message at the top of the form: what went wrong and what to do. */
export function FormMessage(props: {
  status: Status;
  fieldErrors: FieldErrorMap;
  phone: string;
  phoneDisplay: string;
}) {
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
          <h2 className="text-lg font-bold">There is a problem</h2>
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
    case "expired":
      return (
        <p>
          For your security, this form expired before it was sent. Your details are still below: please check them and
          press Request consultation again.
        </p>
      );
    case "rate_limited":
      return (
        <p>
          We have received several requests from your connection in a short time, so we could not accept this one.
          Please call us at {call}, or try again later.
        </p>
      );
    case "unavailable":
      return (
        <p>
          Sorry, we could not save your request, so it has not been sent. Please call the clinic at {call} and we will
          help you directly.
        </p>
      );
  }
}
