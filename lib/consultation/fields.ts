/**
 * The consultation form's fields, labels, choices and limits. Free of zod and Node APIs so the
 * client form can import it without shipping the validator; schema.ts builds the zod schema from
 * the same numbers, so the browser's hints and the server's checks cannot drift apart.
 */

export const limits = {
  nameMax: 60,
  emailMax: 254,
  /** Digits only, after removing spaces, dashes, dots, parentheses and a leading +. */
  phoneDigitsMin: 7,
  phoneDigitsMax: 20,
  /** Characters as typed; room for separators around 20 digits. */
  phoneMax: 32,
} as const;

export const contactMethods = [
  { value: "phone", label: "Phone call", phrase: "a phone call" },
  { value: "text", label: "Text message", phrase: "a text message" },
  { value: "email", label: "Email", phrase: "email" },
] as const;

export const bestTimes = [
  { value: "morning", label: "Morning" },
  { value: "afternoon", label: "Afternoon" },
  { value: "evening", label: "Evening" },
  { value: "any", label: "Any time" },
] as const;

export type ContactMethod = (typeof contactMethods)[number]["value"];
export type BestTime = (typeof bestTimes)[number]["value"];

/** Form field names as they appear in the HTML and in the action's FormData. */
export const fieldNames = ["firstName", "lastName", "email", "phone", "contactMethod", "bestTime", "consent"] as const;
export type FieldName = (typeof fieldNames)[number];

/** The spam trap's name: a plausible field bots fill in, that browsers do not autofill. */
export const honeypotName = "homepage";
export const tokenName = "formToken";
/** Hidden field with the language the form was shown in (validated as one of our locales). */
export const languageName = "language";

export function contactMethodLabel(value: ContactMethod): string {
  return contactMethods.find((method) => method.value === value)?.label ?? value;
}

export function contactMethodPhrase(value: ContactMethod): string {
  return contactMethods.find((method) => method.value === value)?.phrase ?? value;
}

export function bestTimeLabel(value: BestTime): string {
  return bestTimes.find((time) => time.value === value)?.label ?? value;
}
