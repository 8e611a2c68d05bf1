import { z } from "zod";
import { bestTimes, contactMethods, limits, type FieldName } from "./fields";

/**
 * The one schema for a consultation request. The server action always re-validates with it;
 * the form takes its limits from fields.ts, which this file is built from.
 */

// C0/C1 controls (CR, LF, tab…) plus the Unicode line and paragraph separators: nothing a
// person types into a one-line field, and exactly what header injection needs.
const controlCharacters = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/** Rejects control characters before trimming, so "Ann\r\n" is refused rather than cleaned. */
function singleLine(required: string, label: string, max: number) {
  return z
    .string({ error: required })
    .refine((value) => !controlCharacters.test(value), {
      error: `${label} must not contain line breaks, tabs or other control characters`,
      abort: true,
    })
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        // abort: one message per field; "Enter your phone number" says it all for an empty one.
        .min(1, { error: required, abort: true })
        .max(max, {
          error: `${label} must be ${max} characters or fewer`,
          abort: true,
        }),
    );
}

const phoneSeparators = /[\s().-]/g;

export function phoneDigits(phone: string): string {
  return phone.replace(phoneSeparators, "").replace(/^\+/, "");
}

const invalidEmail = "Enter an email address in the correct format, like name@example.com";

export const consultationSchema = z.object({
  firstName: singleLine("Enter your first name", "First name", limits.nameMax),
  lastName: singleLine("Enter your last name", "Last name", limits.nameMax),
  email: singleLine("Enter your email address", "Email address", limits.emailMax)
    // RFC 5322 addr-spec (dot-atom or quoted local part, domain or address literal), and the
    // RFC 5321 limit of 64 characters before the @.
    .pipe(z.email({ pattern: z.regexes.rfc5322Email, error: invalidEmail }))
    .refine((email) => email.lastIndexOf("@") <= 64, { error: invalidEmail }),
  phone: singleLine("Enter your phone number", "Phone number", limits.phoneMax).refine(
    (phone) => new RegExp(`^\\d{${limits.phoneDigitsMin},${limits.phoneDigitsMax}}$`).test(phoneDigits(phone)),
    {
      error: `Enter a phone number with ${limits.phoneDigitsMin} to ${limits.phoneDigitsMax} digits, like (916) 555-0142`,
    },
  ),
  contactMethod: z.enum(
    contactMethods.map((method) => method.value),
    { error: "Choose how you would like us to contact you" },
  ),
  bestTime: z.enum(
    bestTimes.map((time) => time.value),
    { error: "Choose the best time to reach you" },
  ),
  consent: z.literal("yes", {
    error: "Tick the box to agree before you send your request",
  }),
});

/** What is stored and mailed: the validated fields, without the consent tick (a request implies it). */
export type ConsultationRequest = Omit<z.output<typeof consultationSchema>, "consent">;

export type FieldErrors = Partial<Record<FieldName, string[]>>;

export type ValidationResult =
  { success: true; data: ConsultationRequest } | { success: false; fieldErrors: FieldErrors };

export function validateConsultation(input: unknown): ValidationResult {
  const parsed = consultationSchema.safeParse(input);
  if (!parsed.success)
    return {
      success: false,
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  // An explicit allowlist: only these fields are ever stored or mailed.
  const { firstName, lastName, email, phone, contactMethod, bestTime } = parsed.data;
  return {
    success: true,
    data: { firstName, lastName, email, phone, contactMethod, bestTime },
  };
}

/** Stored rows are read back through this, so a corrupted row fails loudly instead of mailing junk. */
export const storedRequestSchema = consultationSchema.omit({ consent: true });
