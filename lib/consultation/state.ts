import type { ContactMethod, FieldName } from "./fields";

/**
 * What the consultation action returns and the form renders. Plain data, safe to send to the
 * browser: the values are the person's own input, echoed back so nothing they typed is lost.
 */
export type FormValues = Record<FieldName, string>;
export type FieldErrorMap = Partial<Record<FieldName, string[]>>;

export type ConsultationState =
  | {
      /**
       * idle: nothing sent yet. invalid: see fieldErrors. confirm: valid, but sent faster than
       * people usually fill a form in (autofill): nothing stored; the form is shown again with a
       * token recording that we asked, and the next press is accepted however soon it comes.
       * expired: the form's token was too old or not ours, so we ask again with a fresh one
       * (never silently drop a person).
       * updated: the form came from a release of the site that no longer runs (its server action
       * is unknown here): nothing stored; the form again, values kept, to be sent again.
       * rate_limited / unavailable: not stored; the person is given the phone number.
       */
      status: "idle" | "invalid" | "confirm" | "updated" | "expired" | "rate_limited" | "unavailable";
      values: FormValues;
      fieldErrors: FieldErrorMap;
      /** Replaces the form's token when set: keeps the original render time across retries. */
      token?: string;
      /** Changes on every response, so the form can re-mount with the echoed values. */
      attempt: number;
    }
  | {
      status: "success";
      reference: string;
      contactMethod: ContactMethod | null;
      attempt: number;
    };

export const emptyValues: FormValues = {
  firstName: "",
  lastName: "",
  email: "",
  phone: "",
  contactMethod: "",
  bestTime: "any",
  consent: "",
};

export const initialConsultationState: ConsultationState = {
  status: "idle",
  values: emptyValues,
  fieldErrors: {},
  attempt: 0,
};
